package dev.kiln.it.ops;

import dev.kiln.HealthCheck;
import dev.kiln.Provides;
import dev.kiln.Scope;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Readiness checks of the it app: one blocking, taking a singleton; one on the event loop, taking Vert.x. */
public final class Readiness {
    /** The threads each check last ran on, by name. */
    public static final Map<String, String> threads = new ConcurrentHashMap<>();

    private Readiness() {}

    /** What the store check answers, steered by the tests. */
    public enum State {
        UP,
        DOWN,
        THROWS
    }

    /** A singleton the store check asks. */
    public static final class Store {
        public volatile State state = State.UP;
    }

    @Provides(scope = Scope.SINGLETON)
    public static Store store() {
        return new Store();
    }

    @HealthCheck("store")
    public static boolean storeReady(Store store) {
        threads.put("store", Thread.currentThread().getName());
        if (store.state == State.THROWS) {
            throw new IllegalStateException("the store is unreachable");
        }
        return store.state == State.UP;
    }

    @HealthCheck
    public static Future<Boolean> timers(Vertx vertx) {
        threads.put("timers", Thread.currentThread().getName());
        Promise<Boolean> fired = Promise.promise();
        vertx.setTimer(1, id -> fired.complete(true));
        return fired.future();
    }
}
