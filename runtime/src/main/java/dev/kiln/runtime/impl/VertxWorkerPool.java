package dev.kiln.runtime.impl;

import dev.kiln.runtime.WorkerPool;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A worker pool: Vert.x's own worker pool for {@code "default"}, a shared {@link WorkerExecutor} whose
 * threads carry the pool's name, or (with {@code App.virtualThreads(name)}) a new virtual thread per
 * piece of work, named after the pool.
 *
 * <p>Bounded: at most {@code size + queue} pieces of work are admitted at once (running or waiting
 * for a thread). Vert.x's executors queue without bound, so a pool that cannot keep up would
 * otherwise collect requests until memory runs out, each answered later than the last; refusing at
 * once lets a client or load balancer go elsewhere.
 *
 * <p>The pulls of a streamed answer ({@code Stream}, {@code Iterator}) use the threads, never the
 * queue: a pull is admitted while fewer than {@code size} pieces of work are, else it waits in a line
 * of its own (no thread, no admission) and starts when a piece of work ends. Its answer has started,
 * so it is never refused; and streams, however many, leave the queue to operations: the pool is full
 * for an operation when its threads and queue are taken, for a stream's pull when its threads are.
 */
final class VertxWorkerPool implements WorkerPool {
    private final String name;
    private final int size;
    private final int capacity;
    private final WorkerExecutor executor;
    private final ExecutorService virtualThreads;
    private final Vertx vertx;
    /** The release threads ({@link #release}), made on first use. */
    private WorkerExecutor releaseThreads;

    private final AtomicInteger admitted = new AtomicInteger();
    /** Pulls of streams waiting for a thread ({@link #pull}), each to run once admitted. */
    private final ConcurrentLinkedQueue<Runnable> waitingPulls = new ConcurrentLinkedQueue<>();

    private final LongAdder refusals = new LongAdder();
    private final LongAdder backgroundRefusals = new LongAdder();

    private VertxWorkerPool(
            Vertx vertx, String name, int size, int queue, WorkerExecutor executor, ExecutorService virtualThreads) {
        this.vertx = vertx;
        this.name = name;
        this.size = size;
        this.capacity = size + queue;
        this.executor = executor;
        this.virtualThreads = virtualThreads;
    }

    /** Vert.x's own worker pool. */
    static VertxWorkerPool vertxDefault(Vertx vertx, String name, int size, int queue) {
        return new VertxWorkerPool(vertx, name, size, queue, null, null);
    }

    /** A named pool of {@code size} platform threads. */
    static VertxWorkerPool shared(Vertx vertx, String name, int size, int queue) {
        return new VertxWorkerPool(vertx, name, size, queue, vertx.createSharedWorkerExecutor(name, size), null);
    }

    /** A pool that runs up to {@code size} pieces of work at once, each on a virtual thread (Java 21+). */
    static VertxWorkerPool virtual(Vertx vertx, String name, int size, int queue) {
        return new VertxWorkerPool(vertx, name, size, queue, null, VirtualThreads.executor(name));
    }

    @Override
    public String name() {
        return name;
    }

    int size() {
        return size;
    }

    /**
     * Runs {@code work} on one of this pool's threads, unordered (requests of one connection must not
     * wait for each other's blocking work); the future completes on {@code context}.
     */
    <T> Future<T> execute(Context context, Callable<T> work) {
        if (virtualThreads != null) {
            return VirtualThreads.execute(context, virtualThreads, work);
        }
        return executor == null ? context.executeBlocking(work, false) : executor.executeBlocking(work, false);
    }

    /**
     * Runs a step that gives back what a request holds (a {@code Resource}'s settle step, a cleanup) for
     * a provider of this pool, on the pool's release threads ({@code <pool>-release-<n>}, as many as the
     * pool has; on a virtual thread for a pool on virtual threads): never behind the pool's operations.
     * On the pool itself, operations waiting for a connection could hold every thread while the
     * requests that hold the connections wait for a thread to commit and give them back.
     */
    <T> Future<T> release(Context context, Callable<T> step) {
        if (virtualThreads != null) {
            return VirtualThreads.execute(context, virtualThreads, step);
        }
        return releaseThreads().executeBlocking(step, false);
    }

    private synchronized WorkerExecutor releaseThreads() {
        if (releaseThreads == null) {
            releaseThreads = vertx.createSharedWorkerExecutor(name + "-release", size);
        }
        return releaseThreads;
    }

    /** Whether each piece of work runs on a virtual thread of its own. */
    boolean virtualThreads() {
        return virtualThreads != null;
    }

    /** Releases the pool's own threads (not Vert.x's default pool), at the end of a shutdown. */
    synchronized void close() {
        if (executor != null) {
            executor.close();
        }
        if (releaseThreads != null) {
            releaseThreads.close();
        }
        if (virtualThreads != null) {
            virtualThreads.shutdown();
        }
    }

    /** Admits one piece of work if the pool and its queue have room; each admission is {@link #release}d once. */
    boolean tryAdmit() {
        return tryAdmit(capacity);
    }

    private boolean tryAdmit(int limit) {
        while (true) {
            int now = admitted.get();
            if (now >= limit) {
                return false;
            }
            if (admitted.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /**
     * Runs {@code admittedPull} (which submits a stream's pull and {@link #release}s its admission when it
     * ends) now if a thread is free, else once a piece of work ends; see the class comment.
     */
    void pull(Runnable admittedPull) {
        waitingPulls.add(admittedPull);
        startWaitingPulls();
    }

    private void startWaitingPulls() {
        // Added then checked here, released then checked in release(): a pull never waits on a free thread.
        while (!waitingPulls.isEmpty() && tryAdmit(size)) {
            Runnable next = waitingPulls.poll();
            if (next == null) {
                // Another thread took it: give the admission back.
                admitted.decrementAndGet();
            } else {
                next.run();
            }
        }
    }

    /** Admits work that must run whatever the load (cleanups after a response). */
    void admit() {
        admitted.incrementAndGet();
    }

    void release() {
        admitted.decrementAndGet();
        if (!waitingPulls.isEmpty()) {
            startWaitingPulls();
        }
    }

    /** Running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    /** The most work that may run or wait at once: threads plus queue. */
    int capacity() {
        return capacity;
    }

    /** Counts one piece of work refused with {@code 503} because the pool and its queue were full. */
    void refused() {
        refusals.increment();
    }

    /** Work refused so far. */
    long refusals() {
        return refusals.sum();
    }

    /** Counts one background task not run because the pool and its queue were full. */
    void backgroundTaskRefused() {
        backgroundRefusals.increment();
    }

    /** Background tasks not run so far. */
    long backgroundTaskRefusals() {
        return backgroundRefusals.sum();
    }

    @Override
    public String toString() {
        return "worker[" + name + "] ("
                + (virtualThreads != null ? size + " at once on virtual threads, " : size + " threads, ")
                + (capacity - size) + " queued at most)";
    }
}
