package dev.kiln.runtime;

import dev.kiln.Request;
import dev.kiln.Resource;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The app's singletons ({@code @Provides(scope = SINGLETON)} values, and the instances of classes with
 * instance providers), made by the generated {@link RouteModule#start} before the server listens and
 * read by generated route classes when they are built. Keys are written by the processor: the
 * provided type's canonical name, with {@code @name} for a qualifier. Not a user API.
 */
public final class SingletonRegistry {
    /** Stands for a provider that returned {@code null}: the map cannot hold one. */
    private static final Object NULL = new Object();

    private final AppContext app;
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    public SingletonRegistry(AppContext app) {
        this.app = app;
    }

    /**
     * Makes a singleton with a provider that blocks (returns a plain value), on a worker thread,
     * unless {@code override} (from {@link AppContext#override}) replaces it. A {@link Resource} is
     * unwrapped; its cleanup, or {@code close()} of an {@link AutoCloseable} value, runs at shutdown.
     */
    public Future<Void> blocking(String key, Function<? super Request, ?> override, Callable<?> provider) {
        if (override != null) {
            return Future.succeededFuture(override.apply(null)).map(value -> keep(key, value));
        }
        return app.vertx().executeBlocking(provider, false).map(value -> keep(key, value));
    }

    /** Makes a singleton with an async provider, called on the calling thread; startup waits for its future. */
    public Future<Void> async(
            String key, Function<? super Request, ?> override, Callable<? extends Future<?>> provider) {
        if (override != null) {
            return Future.succeededFuture(override.apply(null)).map(value -> keep(key, value));
        }
        Future<?> made;
        try {
            made = provider.call();
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
        if (made == null) {
            return Future.failedFuture(
                    new NullPointerException("the singleton provider of " + key + " returned a null Future"));
        }
        return made.map(value -> keep(key, value));
    }

    /** The singleton made for {@code key}; it must have been made (the processor orders them). */
    // Generic in its result only: generated code assigns it to a field of the provider's declared type.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public <T> T get(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("the singleton " + key + " was not made before it was needed");
        }
        return value == NULL ? null : (T) value;
    }

    private Void keep(String key, Object made) {
        Object value = made;
        if (made instanceof Resource<?> resource) {
            value = resource.value();
            app.closeOnShutdown(describe(key, resource::close));
        } else if (made instanceof AutoCloseable closeable) {
            app.closeOnShutdown(describe(key, closeable));
        }
        if (values.putIfAbsent(key, value == null ? NULL : value) != null) {
            throw new IllegalStateException("the singleton " + key + " was made twice");
        }
        return null;
    }

    /** A closeable whose {@code toString} names the singleton, for the shutdown log. */
    @SuppressWarnings("try") // close() throws what the singleton's own close() throws
    private static AutoCloseable describe(String key, AutoCloseable close) {
        return new AutoCloseable() {
            @Override
            public void close() throws Exception {
                close.close();
            }

            @Override
            public String toString() {
                return "the singleton " + key;
            }
        };
    }
}
