package dev.kiln.runtime;

import io.vertx.core.WorkerExecutor;

/**
 * A worker pool: Vert.x's own worker pool for {@code "default"} ({@code executor == null}), else a
 * shared {@link WorkerExecutor} whose threads carry the pool's name.
 */
record VertxWorkerPool(String name, int size, WorkerExecutor executor) implements WorkerPool {
    @Override
    public String toString() {
        return "worker[" + name + "] (" + size + " threads)";
    }
}
