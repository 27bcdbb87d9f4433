package dev.kiln.runtime;

/**
 * A worker pool known to the host, looked up once by generated code with
 * {@link AppContext#workerPool(String)} and handed to {@link Exchange#onWorker}.
 */
public interface WorkerPool {
    /** The pool's name, as in {@code @Blocking(pool = "reports")}. */
    String name();
}
