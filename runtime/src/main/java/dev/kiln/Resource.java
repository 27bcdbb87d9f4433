package dev.kiln;

import java.util.Objects;

/**
 * A provided value with a cleanup step, FastAPI's dependency with {@code yield}: the value is given
 * to the request, and {@code cleanup} runs after the response is written or the request failed, in
 * reverse order of creation, on the provider's own kind of thread (for a provider of a worker pool, a
 * thread of that pool's release threads, {@code <pool>-release-<n>}, which never wait behind the pool's
 * operations: an operation waiting for a connection must not hold the thread that gives one back).
 *
 * <p>A value whose fate depends on the request's outcome, a database transaction above all, also
 * takes settle steps (FastAPI's {@code try: yield db; db.commit() except: db.rollback()}):
 *
 * <pre>{@code
 * Connection c = dataSource.getConnection();
 * c.setAutoCommit(false);
 * return Resource.of(c, Connection::close)
 *         .onSuccess(Connection::commit)      // the operation returned: before its response is written
 *         .onFailure(Connection::rollback);   // the operation, a provider or validation failed
 * }</pre>
 *
 * Settle steps run once the operation's outcome is known and <em>before</em> the answer is written,
 * newest resource first, each on its provider's kind of thread: a client never sees a {@code 2xx} for
 * a transaction that did not commit. When an {@code onSuccess} step throws, the request fails with that
 * exception (answered as an operation's would be: {@code 500} unless an {@code @ExceptionHandler}
 * says otherwise) and the older resources get {@code onFailure} instead. A throwing {@code onFailure}
 * step is logged and the others still run. The cleanup runs after the answer, whatever happened.
 *
 * @param <T> the provided type
 */
public final class Resource<T> {
    /** A cleanup step that may throw; its failure is logged and the other cleanups still run. */
    @FunctionalInterface
    public interface Cleanup<T> {
        void close(T value) throws Exception;
    }

    /** A settle step ({@link #onSuccess}, {@link #onFailure}) that may throw. */
    @FunctionalInterface
    public interface Step<T> {
        void run(T value) throws Exception;
    }

    private final T value;
    private final Cleanup<? super T> cleanup;
    private final Step<? super T> onSuccess;
    private final Step<? super T> onFailure;

    private Resource(T value, Cleanup<? super T> cleanup, Step<? super T> onSuccess, Step<? super T> onFailure) {
        this.value = value;
        this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    /** A value and the step that releases it. */
    public static <T> Resource<T> of(T value, Cleanup<? super T> cleanup) {
        return new Resource<>(value, cleanup, null, null);
    }

    /**
     * This resource with a step that runs when the request's operation succeeded, before its response
     * is written (a commit).
     */
    public Resource<T> onSuccess(Step<? super T> step) {
        return new Resource<>(value, cleanup, Objects.requireNonNull(step, "step"), onFailure);
    }

    /**
     * This resource with a step that runs when the request failed (the operation, another provider,
     * validation, or a newer resource's {@code onSuccess} step), before the error is answered (a
     * rollback).
     */
    public Resource<T> onFailure(Step<? super T> step) {
        return new Resource<>(value, cleanup, onSuccess, Objects.requireNonNull(step, "step"));
    }

    /** The provided value. */
    public T value() {
        return value;
    }

    /** Whether this resource has an {@code onSuccess} or {@code onFailure} step. */
    public boolean settles() {
        return onSuccess != null || onFailure != null;
    }

    /** Runs the {@code onSuccess} step ({@code succeeded}) or the {@code onFailure} step, if there is one. */
    public void settle(boolean succeeded) throws Exception {
        Step<? super T> step = succeeded ? onSuccess : onFailure;
        if (step != null) {
            step.run(value);
        }
    }

    /** Runs the cleanup step once. */
    public void close() throws Exception {
        cleanup.close(value);
    }
}
