package dev.kiln.it.streams;

import java.util.Iterator;
import java.util.function.IntFunction;

/**
 * The items {@code 1..count} (or without end when {@code count < 0}) made by {@code make}, counted on a
 * probe as they are made; item {@code failAt} throws instead.
 */
public final class Counter<T> implements Iterator<T>, AutoCloseable {
    private final int count;
    private final int failAt;
    private final Probe probe;
    private final IntFunction<T> make;
    private int next = 1;

    public Counter(int count, int failAt, Probe probe, IntFunction<T> make) {
        this.count = count;
        this.failAt = failAt;
        this.probe = probe;
        this.make = make;
    }

    @Override
    public boolean hasNext() {
        return count < 0 || next <= count;
    }

    @Override
    public T next() {
        int n = next++;
        if (n == failAt) {
            throw new IllegalStateException("the producer failed at item " + n);
        }
        probe.made();
        return make.apply(n);
    }

    /** Closing the iterator closes its probe. */
    @Override
    public void close() {
        probe.closed.countDown();
    }
}
