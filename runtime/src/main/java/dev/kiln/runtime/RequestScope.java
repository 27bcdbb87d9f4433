package dev.kiln.runtime;

import dev.kiln.Resource;
import io.vertx.core.Future;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The request-scoped values of one request that need cleaning up: {@link Resource}s and
 * {@link AutoCloseable}s made by providers. Generated code makes one per request of an operation with
 * such providers and hands each value through it as it is made. Once the response was written or the
 * request failed, the cleanups run one after the other in reverse order of creation, each on the
 * kind of thread its provider ran on (the release threads of its worker pool, {@link Exchange#release},
 * or the event loop); a cleanup that throws is
 * logged and the others still run. A value made after the cleanups ran (a provider still running
 * when another one failed the request) is cleaned at once. A {@code Resource}'s {@code onSuccess} or
 * {@code onFailure} step runs earlier, before the answer ({@link Exchange#beforeAnswer}), on that same
 * kind of thread. Not a user API.
 */
public final class RequestScope {
    private static final System.Logger LOG = dev.kiln.runtime.impl.Logs.get("dev.kiln");

    /** One cleanup step and where it runs ({@code pool == null}: the event loop). */
    private record Cleanup(String what, AutoCloseable step, WorkerPool pool) {}

    private final Exchange exchange;
    private final List<Cleanup> cleanups = new ArrayList<>(4);
    private boolean cleaned;

    /** Called on the event loop, before any provider runs. */
    public RequestScope(Exchange exchange) {
        this.exchange = exchange;
        exchange.afterResponse(this::cleanUp);
    }

    /**
     * Keeps {@code resource}'s cleanup and returns its value.
     *
     * @param what the provider, for the log ({@code Deps.connection})
     * @param pool the worker pool its provider ran on, or {@code null} for the event loop
     */
    public <T> T resource(String what, Resource<T> resource, WorkerPool pool) {
        if (resource == null) {
            throw new NullPointerException(what + " returned a null Resource");
        }
        keep(new Cleanup(what, resource::close, pool));
        if (resource.settles()) {
            exchange.beforeAnswer(failure -> settle(what, resource, pool, failure == null));
        }
        return resource.value();
    }

    /** Keeps {@code value.close()} as a cleanup (if it is not {@code null}) and returns the value. */
    public <T extends AutoCloseable> T closeable(String what, T value, WorkerPool pool) {
        if (value != null) {
            keep(new Cleanup(what, value, pool));
        }
        return value;
    }

    /**
     * Waits on a worker thread for the future of a {@code @Blocking} provider that returns one, so that
     * it can run in a hop with other blocking steps; its failure is thrown as it is.
     */
    public static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs {@code resource}'s {@code onSuccess} or {@code onFailure} step on its provider's kind of
     * thread; a failing {@code onSuccess} fails the future (the request then fails with it), a failing
     * {@code onFailure} is logged.
     */
    private Future<Void> settle(String what, Resource<?> resource, WorkerPool pool, boolean succeeded) {
        Callable<Void> step = () -> {
            resource.settle(succeeded);
            return null;
        };
        Future<Void> settled = pool == null ? exchange.call(step) : exchange.release(pool, step);
        if (succeeded) {
            return settled;
        }
        return settled.recover(e -> {
            LOG.log(Level.ERROR, "The onFailure step of " + what + " failed", e);
            return Future.succeededFuture();
        });
    }

    private void keep(Cleanup cleanup) {
        synchronized (this) {
            if (!cleaned) {
                cleanups.add(cleanup);
                return;
            }
        }
        // The request is over already: runs on the request's event loop at once.
        exchange.afterResponse(() -> run(cleanup));
    }

    /** Runs on the request's event loop once the response is written or the request failed. */
    private void cleanUp() {
        List<Cleanup> newestFirst;
        synchronized (this) {
            cleaned = true;
            newestFirst = new ArrayList<>(cleanups);
            cleanups.clear();
        }
        Collections.reverse(newestFirst);
        Future<Void> chain = Future.succeededFuture();
        for (Cleanup cleanup : newestFirst) {
            chain = chain.transform(previous -> run(cleanup));
        }
    }

    private Future<Void> run(Cleanup cleanup) {
        if (cleanup.pool() == null) {
            try {
                cleanup.step().close();
            } catch (Throwable e) {
                logFailure(cleanup, e);
            }
            return Future.succeededFuture();
        }
        return exchange.release(cleanup.pool(), () -> {
                    cleanup.step().close();
                    return (Void) null;
                })
                .recover(e -> {
                    logFailure(cleanup, e);
                    return Future.succeededFuture();
                });
    }

    private static void logFailure(Cleanup cleanup, Throwable e) {
        LOG.log(Level.ERROR, "The cleanup of " + cleanup.what() + " failed", e);
    }
}
