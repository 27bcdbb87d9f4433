package dev.kiln.runtime.impl;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * Worker pools on virtual threads ({@code App.virtualThreads(pool)}): each piece of work runs on a new
 * virtual thread named after its pool. Kiln is built for Java 17, so the Java 21 API is reached
 * through reflection, once per pool at startup; on an older JVM the start fails saying so.
 */
final class VirtualThreads {
    private VirtualThreads() {}

    /**
     * A thread-per-task executor of virtual threads named {@code <pool>-virtual-<n>}.
     *
     * @throws IllegalStateException on a JVM without virtual threads (before Java 21)
     */
    static ExecutorService executor(String pool) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            builder = ofVirtual.getMethod("name", String.class, long.class).invoke(builder, pool + "-virtual-", 0L);
            ThreadFactory factory =
                    (ThreadFactory) ofVirtual.getMethod("factory").invoke(builder);
            return (ExecutorService) Executors.class
                    .getMethod("newThreadPerTaskExecutor", ThreadFactory.class)
                    .invoke(null, factory);
        } catch (NoSuchMethodException | ClassNotFoundException e) {
            throw new IllegalStateException("App.virtualThreads(\"" + pool + "\") needs Java 21 or newer; this JVM is "
                    + Runtime.version() + ". Run on Java 21+, or remove virtualThreads(\"" + pool
                    + "\") to use a pool of platform threads.");
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not make the virtual threads of pool " + pool, e);
        }
    }

    /** Runs {@code work} on a new virtual thread; the future completes on {@code context}. */
    static <T> Future<T> execute(Context context, ExecutorService executor, Callable<T> work) {
        Promise<T> promise = Promise.promise();
        try {
            executor.execute(() -> {
                try {
                    T value = work.call();
                    context.runOnContext(v -> promise.complete(value));
                } catch (Throwable e) {
                    context.runOnContext(v -> promise.fail(e));
                }
            });
        } catch (RejectedExecutionException e) {
            return Future.failedFuture(e);
        }
        return promise.future();
    }
}
