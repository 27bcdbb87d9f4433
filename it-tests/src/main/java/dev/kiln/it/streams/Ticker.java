package dev.kiln.it.streams;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.util.Iterator;

/**
 * A Vert.x {@link ReadStream} of the items of an iterator, one every {@code periodMillis} (0: as fast as
 * the context runs them), honouring pause, resume and fetch as Vert.x streams do. Dropping its handler
 * stops it and counts as closing its probe.
 */
public final class Ticker<T> implements ReadStream<T> {
    private final Context context;
    private final Iterator<T> items;
    private final long periodMillis;
    private final Probe probe;
    private Handler<T> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private boolean scheduled;
    private boolean stopped;

    public Ticker(Vertx vertx, Iterator<T> items, long periodMillis, Probe probe) {
        this.context = vertx.getOrCreateContext();
        this.items = items;
        this.periodMillis = periodMillis;
        this.probe = probe;
    }

    @Override
    public Ticker<T> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public Ticker<T> handler(Handler<T> handler) {
        this.handler = handler;
        if (handler == null) {
            if (!stopped) {
                stopped = true;
                if (probe != null) {
                    probe.closed.countDown();
                }
            }
        } else {
            schedule();
        }
        return this;
    }

    @Override
    public Ticker<T> pause() {
        demand = 0;
        return this;
    }

    @Override
    public Ticker<T> resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public Ticker<T> fetch(long amount) {
        demand = amount == Long.MAX_VALUE || demand > Long.MAX_VALUE - amount ? Long.MAX_VALUE : demand + amount;
        schedule();
        return this;
    }

    @Override
    public Ticker<T> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        return this;
    }

    private void schedule() {
        if (scheduled || stopped || demand == 0 || handler == null) {
            return;
        }
        scheduled = true;
        if (periodMillis > 0) {
            context.owner().setTimer(periodMillis, id -> emit());
        } else {
            context.runOnContext(v -> emit());
        }
    }

    private void emit() {
        scheduled = false;
        if (stopped || demand == 0 || handler == null) {
            return;
        }
        T item;
        try {
            if (!items.hasNext()) {
                stopped = true;
                if (endHandler != null) {
                    endHandler.handle(null);
                }
                return;
            }
            item = items.next();
        } catch (RuntimeException e) {
            stopped = true;
            if (exceptionHandler != null) {
                exceptionHandler.handle(e);
            }
            return;
        }
        if (demand != Long.MAX_VALUE) {
            demand--;
        }
        handler.handle(item);
        schedule();
    }
}
