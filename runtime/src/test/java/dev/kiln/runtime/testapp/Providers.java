package dev.kiln.runtime.testapp;

import dev.kiln.Blocking;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;

/** The test app's providers: an overridable value, resources to clean up, and a chain of two pools. */
public final class Providers {
    private Providers() {}

    /** What {@code GET /greeting} answers unless the app overrides {@code String}. */
    @Provides
    @NonBlocking
    public static String greeting() {
        return "no override";
    }

    /** Opened first, so closed last. */
    public static final class First implements AutoCloseable {
        @Override
        public void close() {
            Probe.afterResponse.add("first opened, closed last");
        }
    }

    /** Opened second, so closed first; its failing cleanup does not stop the others. */
    public static final class Second implements AutoCloseable {
        @Override
        public void close() {
            Probe.afterResponse.add("second opened, closed first");
            throw new IllegalStateException("a failing cleanup does not stop the others");
        }
    }

    @Provides
    public static First first() {
        return new First();
    }

    @Provides
    public static Second second(First first) {
        return new Second();
    }

    /** The thread a reports-pool provider ran on. */
    public record ReportsWorker(String name) {}

    /** The threads of both providers. */
    public record DefaultWorker(String names) {}

    @Provides
    @Blocking(pool = "reports")
    public static ReportsWorker reportsWorker() {
        return new ReportsWorker(Thread.currentThread().getName());
    }

    @Provides
    public static DefaultWorker defaultWorker(ReportsWorker reports) {
        return new DefaultWorker(reports.name() + " " + Thread.currentThread().getName());
    }
}
