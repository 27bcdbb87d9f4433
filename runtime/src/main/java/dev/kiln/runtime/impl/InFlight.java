package dev.kiln.runtime.impl;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests that were accepted and not yet answered, and worker work not yet finished, so a
 * graceful shutdown can wait for them. Lock-free: every event loop touches it on every request.
 */
final class InFlight {
    private final AtomicInteger count = new AtomicInteger();
    private volatile Promise<Void> idle;

    void begin() {
        count.incrementAndGet();
    }

    void end() {
        if (count.decrementAndGet() == 0) {
            Promise<Void> waiting = idle;
            if (waiting != null) {
                waiting.tryComplete();
            }
        }
    }

    int count() {
        return count.get();
    }

    /** Completes once nothing is in flight (checked again after registering, so no wake-up is lost). */
    synchronized Future<Void> whenIdle() {
        if (idle == null) {
            idle = Promise.promise();
        }
        if (count.get() == 0) {
            idle.tryComplete();
        }
        return idle.future();
    }
}
