package dev.kiln;

import java.util.Objects;

/**
 * A provided value with a cleanup step, FastAPI's dependency with {@code yield}: the value is given
 * to the request, and {@code cleanup} runs after the response is written or the request failed, in
 * reverse order of creation, on the provider's own kind of thread.
 *
 * @param <T> the provided type
 */
public final class Resource<T> {
    /** A cleanup step that may throw; its failure is logged and the other cleanups still run. */
    @FunctionalInterface
    public interface Cleanup<T> {
        void close(T value) throws Exception;
    }

    private final T value;
    private final Cleanup<? super T> cleanup;

    private Resource(T value, Cleanup<? super T> cleanup) {
        this.value = value;
        this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
    }

    /** A value and the step that releases it. */
    public static <T> Resource<T> of(T value, Cleanup<? super T> cleanup) {
        return new Resource<>(value, cleanup);
    }

    /** The provided value. */
    public T value() {
        return value;
    }

    /** Runs the cleanup step once. */
    public void close() throws Exception {
        cleanup.close(value);
    }
}
