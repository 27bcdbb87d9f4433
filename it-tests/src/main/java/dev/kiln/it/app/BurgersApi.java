package dev.kiln.it.app;

import dev.kiln.Get;
import dev.kiln.Post;
import dev.kiln.Router;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FastAPI's "concurrent burgers": an async operation waits on a timer without holding a thread, so
 * every request is in flight at once; a plain one holds a worker thread while it waits.
 */
@Router(prefix = "/burgers")
public final class BurgersApi {
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();

    private static void enter() {
        int now = IN_FLIGHT.incrementAndGet();
        PEAK.accumulateAndGet(now, Math::max);
    }

    @Get("/async")
    public Future<Map<String, String>> async(Vertx vertx, int millis) {
        enter();
        Promise<Map<String, String>> done = Promise.promise();
        vertx.setTimer(millis, id -> {
            IN_FLIGHT.decrementAndGet();
            done.complete(Map.of("burger", "ready"));
        });
        return done.future();
    }

    @Get("/blocking")
    public Map<String, String> blocking(int millis) throws InterruptedException {
        enter();
        try {
            Thread.sleep(millis);
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
        return Map.of("burger", "ready");
    }

    @Get("/peak")
    public Future<Map<String, Integer>> peak() {
        return Future.succeededFuture(Map.of("peak", PEAK.get(), "inFlight", IN_FLIGHT.get()));
    }

    @Post("/reset")
    public Future<Void> reset() {
        PEAK.set(0);
        return Future.succeededFuture();
    }
}
