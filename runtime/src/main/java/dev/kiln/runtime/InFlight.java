package dev.kiln.runtime;

import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * Counts requests that were accepted and not yet answered (on the event loop or on a worker), so a
 * graceful shutdown can wait for them.
 */
final class InFlight {
    private int count;
    private Promise<Void> idle;

    synchronized void begin() {
        count++;
    }

    void end() {
        Promise<Void> done = null;
        synchronized (this) {
            count--;
            if (count == 0 && idle != null) {
                done = idle;
                idle = null;
            }
        }
        if (done != null) {
            done.tryComplete();
        }
    }

    synchronized int count() {
        return count;
    }

    /** Completes once no request is in flight. */
    synchronized Future<Void> whenIdle() {
        if (count == 0) {
            return Future.succeededFuture();
        }
        if (idle == null) {
            idle = Promise.promise();
        }
        return idle.future();
    }
}
