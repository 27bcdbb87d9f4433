package com.example;

import dev.kiln.Blocking;
import dev.kiln.NonBlocking;
import dev.kiln.OnShutdown;
import dev.kiln.OnStartup;
import dev.kiln.Provides;
import dev.kiln.Scope;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public final class Hooks {
    @Provides(scope = Scope.SINGLETON)
    public static Cache cache() {
        return new Cache();
    }

    @OnStartup
    public static void load(Cache cache) {
        cache.load();
    }

    @OnStartup(order = -1)
    public static Future<Void> migrate(Vertx vertx) {
        return vertx.timer(1).mapEmpty();
    }

    @OnStartup
    public static CompletionStage<String> announce() {
        return CompletableFuture.completedFuture("up");
    }

    @OnStartup
    @NonBlocking
    public static void count(Cache cache) {}

    @OnShutdown
    @Blocking(pool = "io")
    public static Future<Void> drain(Cache cache, Vertx vertx) {
        return Future.succeededFuture();
    }

    @OnShutdown(order = 1)
    public static void flush(Cache cache) {
        cache.flush();
    }

    /** Hooks of a class marked @Blocking run on a worker, whatever they return. */
    @Blocking
    public static final class Slow {
        @OnShutdown
        public static Future<Void> close() {
            return Future.succeededFuture();
        }
    }
}
