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
     * The replacement registered with {@link dev.kiln.App#override} for the provider of {@code key}, or
     * {@code null} when there is none; generated code asks once at startup for every provider it
     * runs (singletons in {@link RouteModule#start}, request-scoped ones in its route classes'
     * constructors), and calls the replacement instead of the provider. The key is the one of
     * {@link SingletonRegistry}: the provided type as source names it, then {@code @qualifier}, e.g.
     * {@code com.example.Repo<com.example.Item>@replica}. The host remembers the questions: once every
     * module has asked, an override that replaced no provider, or several, fails the start.
     */
    <T> Function<? super Request, ? extends T> override(String key);

    /**
     * Registers a singleton to close at shutdown, after in-flight requests finished and before Vert.x
     * closes; closed in reverse order of registration, failures logged.
     */
    void closeOnShutdown(AutoCloseable resource);

    /** The app's singletons, made by {@link RouteModule#start} and read by generated route classes. */
    SingletonRegistry singletons();
}
