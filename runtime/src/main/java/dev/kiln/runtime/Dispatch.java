package dev.kiln.runtime;

import java.util.Objects;

/**
 * Where an operation runs, decided by the processor: the event loop, or a named worker pool.
 * Its {@link #toString()} is what the route table shows: {@code event-loop} or {@code worker[pool]}.
 */
public final class Dispatch {
    /** The shared worker pool's name. */
    public static final String DEFAULT_POOL = "default";

    private static final Dispatch EVENT_LOOP = new Dispatch(null);

    private final String pool;

    private Dispatch(String pool) {
        this.pool = pool;
    }

    public static Dispatch eventLoop() {
        return EVENT_LOOP;
    }

    public static Dispatch worker(String pool) {
        return new Dispatch(Objects.requireNonNull(pool, "pool"));
    }

    public boolean isEventLoop() {
        return pool == null;
    }

    /** The worker pool's name, or {@code null} on the event loop. */
    public String pool() {
        return pool;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dispatch d && Objects.equals(pool, d.pool);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pool);
    }

    @Override
    public String toString() {
        return pool == null ? "event-loop" : "worker[" + pool + "]";
    }
}
