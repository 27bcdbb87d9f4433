package dev.kiln.runtime.testapp;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** What the test endpoints let the tests observe or steer. */
public final class Probe {
    private Probe() {}

    /** Counted down when GET /slow has started on its worker. */
    public static volatile CountDownLatch slowStarted = new CountDownLatch(1);
    /** How long GET /slow works. */
    public static volatile long slowMillis = 1000;
    /** Requests of GET /burger waiting on their timer now, and the most seen at once. */
    public static final AtomicInteger burgersNow = new AtomicInteger();

    public static final AtomicInteger burgersPeak = new AtomicInteger();
    /** The file GET /file answers with. */
    public static volatile Path file;

    /** What GET /after's after-response actions saw, in the order they ran. */
    public static final java.util.List<String> afterResponse = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** GET /block: how many started, and the latch that lets them finish. */
    public static final AtomicInteger blockStarted = new AtomicInteger();

    public static volatile CountDownLatch blockRelease = new CountDownLatch(1);
    /** GET /work/{millis}: how many started. */
    public static final AtomicInteger working = new AtomicInteger();

    public static void reset() {
        blockStarted.set(0);
        blockRelease = new CountDownLatch(1);
        working.set(0);
        afterResponse.clear();
        slowStarted = new CountDownLatch(1);
        burgersNow.set(0);
        burgersPeak.set(0);
    }
}
