package dev.kiln.it.streams;

import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Flow.Publisher} of an iterator's items that emits only what was requested, from a thread of
 * its own (as a reactive library does); cancelling stops it and closes its probe.
 */
public final class Demand<T> implements Flow.Publisher<T> {
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "demand-publisher");
        t.setDaemon(true);
        return t;
    });

    private final Iterator<T> items;
    private final Probe probe;

    public Demand(Iterator<T> items, Probe probe) {
        this.items = items;
        this.probe = probe;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        AtomicLong requested = new AtomicLong();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean draining = new AtomicBoolean();
        Runnable drain = new Runnable() {
            @Override
            public void run() {
                if (!draining.compareAndSet(false, true)) {
                    return;
                }
                try {
                    while (requested.get() > 0 && !cancelled.get()) {
                        if (!items.hasNext()) {
                            cancelled.set(true);
                            subscriber.onComplete();
                            return;
                        }
                        T item;
                        try {
                            item = items.next();
                        } catch (RuntimeException e) {
                            cancelled.set(true);
                            subscriber.onError(e);
                            return;
                        }
                        requested.decrementAndGet();
                        subscriber.onNext(item);
                    }
                } finally {
                    draining.set(false);
                }
                if (requested.get() > 0 && !cancelled.get()) {
                    THREADS.execute(this);
                }
            }
        };
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                requested.addAndGet(n);
                THREADS.execute(drain);
            }

            @Override
            public void cancel() {
                if (cancelled.compareAndSet(false, true)) {
                    probe.closed.countDown();
                }
            }
        });
    }
}
