package dev.kiln.bench.kiln;

import dev.kiln.Get;
import dev.kiln.Middleware;
import dev.kiln.NonBlocking;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.concurrent.atomic.LongAdder;

/** The JSON endpoint behind one event-loop middleware that takes nothing (middleware-bench.sh's "mw1"). */
@Router(prefix = "/mw1")
public final class OneMiddlewareBenchApi {
    private static final LongAdder SEEN = new LongAdder();

    @Middleware
    public static Future<Void> count() {
        SEEN.increment();
        return Future.succeededFuture();
    }

    /** The same answer as {@code GET /json}. */
    @Get("/json")
    @NonBlocking
    public Message json() {
        return new Message("Hello, World!");
    }
}
