package dev.kiln.runtime;

import dev.kiln.Request;
import io.vertx.core.Vertx;
import java.util.function.Function;

/** What generated route classes get from the host when they are built at startup. */
public interface AppContext {
    Vertx vertx();

    /** The worker pool of that name (created on first use with the configured or default size). */
    WorkerPool workerPool(String name);

    /**
     * The replacement registered with {@link dev.kiln.App#override} for a provided type, or
     * {@code null} when there is none; generated dependency code asks before calling the provider.
     */
    <T> Function<? super Request, ? extends T> override(Class<T> type);

    /**
     * Registers a singleton to close at shutdown, after in-flight requests finished and before Vert.x
     * closes; closed in reverse order of registration, failures logged.
     */
    void closeOnShutdown(AutoCloseable resource);

    /** The app's singletons, made by {@link RouteModule#start} and read by generated route classes. */
    SingletonRegistry singletons();
}
