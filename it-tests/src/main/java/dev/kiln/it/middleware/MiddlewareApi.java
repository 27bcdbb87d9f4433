package dev.kiln.it.middleware;

import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Middleware;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Request;
import dev.kiln.Resource;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Middleware of this class's operations, in order: {@code first} (event loop, a Future), {@code second}
 * (event loop, {@code @NonBlocking}), {@code gate} (a worker: it may answer), {@code after} (a worker). Each
 * adds itself to {@code X-Trace} and the two blocking ones say which thread they ran on.
 */
@Router(prefix = "/mw")
public final class MiddlewareApi {
    /** How many times an operation of this class ran. */
    public static final AtomicInteger CALLS = new AtomicInteger();

    /** How many leases were released (the cleanup of a request-scoped value a middleware took). */
    public static final AtomicInteger RELEASED = new AtomicInteger();

    private MiddlewareApi() {}

    /** A request-scoped value with a cleanup, taken by {@code gate}. */
    public record Lease(String holder) {}

    @Provides
    public static Resource<Lease> lease(Request request) {
        return Resource.of(new Lease(request.path()), l -> RELEASED.incrementAndGet());
    }

    @Middleware
    public static Future<Void> first(Request request, ResponseHeaders headers) {
        headers.addHeader("X-Trace", "first");
        return Future.succeededFuture();
    }

    @Middleware(order = 1)
    @NonBlocking
    public static void second(@Query Optional<Boolean> teapot, ResponseHeaders headers) {
        headers.addHeader("X-Trace", "second");
        if (teapot.orElse(false)) {
            throw new HttpException(418, "I'm a teapot");
        }
    }

    @Middleware(order = 2)
    public static Optional<Response<?>> gate(
            @Query Optional<Boolean> deny, @Query Optional<Integer> budget, Lease lease, ResponseHeaders headers) {
        headers.addHeader("X-Trace", "gate");
        headers.header("X-Gate-Thread", Thread.currentThread().getName());
        if (deny.orElse(false)) {
            return Optional.of(Response.status(403)
                    .header("X-Denied", lease.holder())
                    .body(Map.of("detail", "denied by the gate")));
        }
        return Optional.empty();
    }

    @Middleware(order = 3)
    public static void after(ResponseHeaders headers) {
        headers.addHeader("X-Trace", "after");
        headers.header("X-After-Thread", Thread.currentThread().getName());
    }

    /** Blocking: the two blocking middleware run in its worker hop, on its thread. */
    @Get("/blocking")
    public static Map<String, String> blocking() {
        CALLS.incrementAndGet();
        return Map.of("thread", Thread.currentThread().getName());
    }

    /** On the event loop: the two blocking middleware are its one worker hop. */
    @Get("/loop")
    public static Future<Map<String, String>> loop() {
        CALLS.incrementAndGet();
        return Future.succeededFuture(Map.of("thread", Thread.currentThread().getName()));
    }
}
