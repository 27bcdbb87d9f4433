package dev.kiln.it.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the dependency test app saw happen, for the tests to read back over HTTP: startup events,
 * and per test run (the {@code X-Run} header) the cleanups in the order they ran with their threads.
 */
public final class Events {
    private static final List<String> STARTUP = new ArrayList<>();
    private static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

    private Events() {}

    public static synchronized void startup(String event) {
        STARTUP.add(event);
    }

    public static synchronized List<String> startup() {
        return List.copyOf(STARTUP);
    }

    /** Records {@code event} with the current thread's name for the run {@code run}. */
    public static void run(String run, String event) {
        List<String> events = RUNS.computeIfAbsent(run, r -> new ArrayList<>());
        synchronized (events) {
            events.add(event + " on " + Thread.currentThread().getName());
        }
    }

    public static List<String> run(String run) {
        List<String> events = RUNS.getOrDefault(run, List.of());
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
