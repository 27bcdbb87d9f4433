package com.example;

import dev.kiln.Blocking;
import dev.kiln.HealthCheck;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Scope;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

public final class Checks {
    @Provides(scope = Scope.SINGLETON)
    public static Store store() {
        return new Store();
    }

    @HealthCheck("database")
    public static boolean storeReachable(Store store) {
        return store.reachable();
    }

    @HealthCheck
    public static Future<Boolean> timers(Vertx vertx) {
        return Future.succeededFuture(vertx != null);
    }

    @HealthCheck
    @NonBlocking
    public static Boolean memory() {
        return Runtime.getRuntime().freeMemory() > 0;
    }

    @HealthCheck
    @Blocking(pool = "probes")
    public static Future<Boolean> remote(Store store, Vertx vertx) {
        return Future.succeededFuture(store.reachable() && vertx != null);
    }

    /** Checks on a class marked @Blocking run on a worker, whatever they return. */
    @Blocking
    public static final class Slow {
        @HealthCheck
        public static Future<Boolean> disk() {
            return Future.succeededFuture(true);
        }
    }
}
