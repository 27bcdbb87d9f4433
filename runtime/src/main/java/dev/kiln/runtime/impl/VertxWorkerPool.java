package dev.kiln.runtime.impl;

import dev.kiln.runtime.WorkerPool;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A worker pool: Vert.x's own worker pool for {@code "default"} ({@code executor == null}), else a
 * shared {@link WorkerExecutor} whose threads carry the pool's name.
 *
 * <p>Bounded: at most {@code size + queue} pieces of work are admitted at once (running or waiting
 * for a thread). Vert.x's executors queue without bound, so a pool that cannot keep up would
 * otherwise collect requests until memory runs out, each answered later than the last; refusing at
 * once lets a client or load balancer go elsewhere.
 */
final class VertxWorkerPool implements WorkerPool {
    private final String name;
    private final int size;
    private final int capacity;
    private final WorkerExecutor executor;
    private final AtomicInteger admitted = new AtomicInteger();
    private final LongAdder refusals = new LongAdder();
    private final LongAdder backgroundRefusals = new LongAdder();

    VertxWorkerPool(String name, int size, int queue, WorkerExecutor executor) {
        this.name = name;
        this.size = size;
        this.capacity = size + queue;
        this.executor = executor;
    }

    @Override
    public String name() {
        return name;
    }

    int size() {
        return size;
    }

    /** The shared executor, or {@code null} for Vert.x's own worker pool. */
    WorkerExecutor executor() {
        return executor;
    }

    /** Admits one piece of work if the pool and its queue have room; each admission is {@link #release}d once. */
    boolean tryAdmit() {
        while (true) {
            int now = admitted.get();
            if (now >= capacity) {
                return false;
            }
            if (admitted.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Admits work that must run whatever the load (cleanups after a response). */
    void admit() {
        admitted.incrementAndGet();
    }

    void release() {
        admitted.decrementAndGet();
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
        return "worker[" + name + "] (" + size + " threads, " + (capacity - size) + " queued at most)";
    }
}
