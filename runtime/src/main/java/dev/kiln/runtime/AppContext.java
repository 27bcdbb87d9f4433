package dev.kiln.runtime;

import io.vertx.core.Vertx;

/** What generated route classes get from the host when they are built at startup. */
public interface AppContext {
    Vertx vertx();

    /** The worker pool of that name (created on first use with the configured or default size). */
    WorkerPool workerPool(String name);
}
