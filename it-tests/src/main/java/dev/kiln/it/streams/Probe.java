package dev.kiln.it.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one stream of the test app did, for the tests (in the same JVM) to read: how many items its
 * producer made, whether the producer was stopped or closed, whether the request's cleanup ran. One
 * per {@code probe} query value, so that tests do not see each other's streams.
 */
public final class Probe {
    private static final Map<String, Probe> PROBES = new ConcurrentHashMap<>();

    /** Items made by the producer. */
    public final AtomicInteger produced = new AtomicInteger();
    /** Counted down when the producer was closed, cancelled or let go. */
    public final CountDownLatch closed = new CountDownLatch(1);
    /** Counted down when the request-scoped cleanup ({@link Lease}) ran. */
    public final CountDownLatch cleanedUp = new CountDownLatch(1);
    /** Opened by a test to let a gated producer go on. */
    public final CountDownLatch gate = new CountDownLatch(1);
    /** The threads items were made on, in order (the last 100). */
    public final java.util.Deque<String> threads = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private Probe() {}

    /** The probe named {@code name}, made on first use. */
    public static Probe of(String name) {
        return PROBES.computeIfAbsent(name, n -> new Probe());
    }

    /** Counts an item made on this thread. */
    public int made() {
        if (threads.size() < 100) {
            threads.add(Thread.currentThread().getName());
        }
        return produced.incrementAndGet();
    }

    /** Waits for a latch, at most 10 s; {@code false} when it did not open. */
    public static boolean await(CountDownLatch latch) throws InterruptedException {
        return latch.await(10, TimeUnit.SECONDS);
    }
}
