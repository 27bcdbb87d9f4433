package dev.kiln.bench.kiln;

import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Middleware;
import dev.kiln.NonBlocking;
import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JSON endpoint behind three event-loop middleware (middleware-bench.sh compares it with {@code GET /json},
 * which has none): one returning a Future, one that may answer (it reads a header), one that sets a
 * response header. They apply to this class's operations only.
 */
@Router(prefix = "/mw")
public final class MiddlewareBenchApi {
    private static final LongAdder SEEN = new LongAdder();

    @Middleware
    public static Future<Void> count(Request request) {
        SEEN.increment();
        return Future.succeededFuture();
    }

    @Middleware(order = 1)
    @NonBlocking
    public static Optional<Response<?>> apiKey(@Header("x-api-key") Optional<String> key) {
        return key.isPresent() && key.get().isEmpty()
                ? Optional.of(Response.status(401).build())
                : Optional.empty();
    }

    @Middleware(order = 2)
    @NonBlocking
    public static void servedBy(ResponseHeaders headers) {
        headers.header("X-Served-By", "kiln");
    }

    /** The same answer as {@code GET /json}. */
    @Get("/json")
    @NonBlocking
    public Message json() {
        return new Message("Hello, World!");
    }
}
