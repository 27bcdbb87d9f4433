package dev.kiln.it.third;

import dev.kiln.BackgroundTasks;
import dev.kiln.Blocking;
import dev.kiln.OnShutdown;
import dev.kiln.OnStartup;
import dev.kiln.Post;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Scope;
import dev.kiln.it.ops.LifespanEvents;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Startup and shutdown hooks around a singleton that records its own making and closing; a startup hook
 * fails when the system property {@code kiln.it.third.fail-startup} is {@code true}.
 */
public final class Lifecycle {
    /** A singleton the hooks use; closed at shutdown, after the shutdown hooks. */
    public static final class Journal implements AutoCloseable {
        @Override
        public void close() {
            LifespanEvents.events.add("journal closed");
        }
    }

    @Provides(scope = Scope.SINGLETON)
    public static Journal journal() {
        LifespanEvents.events.add("journal made");
        return new Journal();
    }

    /** Runs first (order -1), on the event loop: it returns a Future, awaited before the next hook. */
    @OnStartup(order = -1)
    public static Future<Void> warm(Vertx vertx, Journal journal) {
        LifespanEvents.on("warm");
        return vertx.timer(20).onSuccess(fired -> LifespanEvents.events.add("warm done"));
    }

    /** A void hook: it runs on a worker. */
    @OnStartup
    public static void load(Journal journal) {
        LifespanEvents.on("load");
        if (Boolean.getBoolean("kiln.it.third.fail-startup")) {
            throw new IllegalStateException("the cache is unreachable");
        }
    }

    @OnShutdown
    public static void flush(Journal journal) {
        LifespanEvents.on("flush");
    }

    @OnShutdown(order = -1)
    @Blocking(pool = "io")
    public static Future<Void> drain(Journal journal) {
        LifespanEvents.on("drain");
        return Future.succeededFuture();
    }

    /** Work that outlives its response: a shutdown waits for it before the shutdown hooks. */
    @Post("/third/later")
    public static String later(@Query long millis, BackgroundTasks tasks) {
        tasks.add(() -> {
            try {
                Thread.sleep(millis);
                LifespanEvents.events.add("background task done");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return "later";
    }
}
