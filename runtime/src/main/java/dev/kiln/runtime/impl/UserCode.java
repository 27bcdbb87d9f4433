package dev.kiln.runtime.impl;

import io.vertx.core.Future;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs user code for an exchange: now on the event loop, or on a worker pool, every throw a failed
 * future. Work on a worker is admitted by its pool (or refused with {@code 503}) and counted in
 * flight until it ends, so a graceful shutdown waits for it.
 */
final class UserCode {
    private UserCode() {}

    /** {@link dev.kiln.runtime.Exchange#call}. */
    static <T> Future<T> call(Callable<T> work) {
        try {
            return Future.succeededFuture(work.call());
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    /** {@link dev.kiln.runtime.Exchange#async}: a {@code null} future is a failure naming the operation. */
    static <T> Future<T> async(HttpExchange ex, Callable<? extends Future<T>> work) {
        try {
            Future<T> result = work.call();
            return result != null
                    ? result
                    : Future.failedFuture(new NullPointerException(ex.route.javaMethod() + " returned a null Future"));
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    /** {@link dev.kiln.runtime.Exchange#onWorker}. */
    static <T> Future<T> onWorker(HttpExchange ex, VertxWorkerPool pool, Callable<T> work) {
        // Work after the answer (a cleanup) always runs; work towards an answer waits only if the
        // pool's queue has room, else the request is answered 503 at once.
        if (ex.completed()) {
            pool.admit();
        } else if (!pool.tryAdmit()) {
            return Future.failedFuture(WorkerSaturation.refuse(pool));
        }
        return admitted(ex, pool, work);
    }

    /**
     * Runs work on a worker whatever the pool's load (a cleanup, a health check: a busy pool must not make
     * the app look unready).
     */
    static <T> Future<T> always(HttpExchange ex, VertxWorkerPool pool, Callable<T> work) {
        pool.admit();
        return admitted(ex, pool, work);
    }

    /**
     * {@link dev.kiln.runtime.Exchange#release}: never refused, counted in flight, on the pool's release
     * threads ({@link VertxWorkerPool#release}).
     */
    static <T> Future<T> release(HttpExchange ex, VertxWorkerPool pool, Callable<T> callable) {
        Callable<T> step = ex.host.everyRequestId ? Logs.withRequestId(ex.requestId(), callable) : callable;
        InFlight inFlight = ex.host.inFlight();
        inFlight.begin();
        return pool.release(ex.context, step).andThen(done -> inFlight.end());
    }

    /**
     * Runs work the pool already admitted ({@link VertxWorkerPool#tryAdmit}) on one of its threads, counted
     * in flight; the admission is released when it ends, on its thread: an event loop busy writing must
     * not keep the pool looking full after its threads are free.
     */
    static <T> Future<T> admitted(HttpExchange ex, VertxWorkerPool pool, Callable<T> callable) {
        // With the access log on and SLF4J, the request id is in the MDC while the work runs.
        Callable<T> work = ex.host.everyRequestId ? Logs.withRequestId(ex.requestId(), callable) : callable;
        InFlight inFlight = ex.host.inFlight();
        // Counted on its own: work that outlives the answer (a cleanup step) must finish before shutdown too.
        inFlight.begin();
        AtomicBoolean released = new AtomicBoolean();
        Callable<T> thenRelease = () -> {
            try {
                return work.call();
            } finally {
                released.set(true);
                pool.release();
            }
        };
        return pool.execute(ex.context, thenRelease).andThen(done -> {
            if (!released.get()) {
                // Never ran (the pool refused it, closed at shutdown).
                pool.release();
            }
            inFlight.end();
        });
    }
}
