package dev.kiln.it.middleware;

import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.HttpException;
import dev.kiln.Middleware;
import dev.kiln.NonBlocking;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event-loop middleware only, whose first one returns a completed future unless the request says
 * {@code X-Later}: then its future completes (or fails) on a later turn of the event loop, so the steps after
 * it wait for it rather than run at once. In order: {@code later} (a Future), {@code gate} ({@code @NonBlocking},
 * it may answer), {@code mark} ({@code @NonBlocking}); each adds itself to {@code X-Trace}.
 */
@Router(prefix = "/mw-later")
public final class LaterMiddlewareApi {
    /** How many times the operation ran. */
    public static final AtomicInteger CALLS = new AtomicInteger();

    private LaterMiddlewareApi() {}

    /** {@code X-Later: ok} completes on a later turn; {@code X-Later: fail} fails there with a 409. */
    @Middleware
    public static Future<Void> later(@Header("x-later") Optional<String> later, ResponseHeaders headers) {
        if (later.isEmpty()) {
            headers.addHeader("X-Trace", "later");
            return Future.succeededFuture();
        }
        Promise<Void> done = Promise.promise();
        Vertx.currentContext().runOnContext(v -> {
            headers.addHeader("X-Trace", "later");
            if (later.get().equals("fail")) {
                done.fail(new HttpException(409, "failed later"));
            } else {
                done.complete();
            }
        });
        return done.future();
    }

    /** {@code X-Answer} present: answers 401 at once. */
    @Middleware(order = 1)
    @NonBlocking
    public static Optional<Response<?>> gate(@Header("x-answer") Optional<String> answer, ResponseHeaders headers) {
        headers.addHeader("X-Trace", "gate");
        return answer.isPresent()
                ? Optional.of(Response.status(401).body(Map.of("detail", "answered by the gate")))
                : Optional.empty();
    }

    @Middleware(order = 2)
    @NonBlocking
    public static void mark(ResponseHeaders headers) {
        headers.addHeader("X-Trace", "mark");
    }

    @Get("/json")
    @NonBlocking
    public static Map<String, String> json() {
        CALLS.incrementAndGet();
        return Map.of("thread", Thread.currentThread().getName());
    }
}
