package dev.kiln.it.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the third app's lifespan hooks and singletons did, in order: a class of the it-test app, so that
 * the tests (which cannot see the third app's classes) read what it wrote.
 */
public final class LifespanEvents {
    public static final List<String> events = new CopyOnWriteArrayList<>();

    private LifespanEvents() {}

    /** Adds {@code event} with the thread it happened on: {@code "warm on vert.x-eventloop-thread-0"}. */
    public static void on(String event) {
        events.add(event + " on " + Thread.currentThread().getName());
    }
}
