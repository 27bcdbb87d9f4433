package dev.kiln.processor.graph;

/**
 * Where a step runs and why, in the words of the route table.
 *
 * @param pool   the worker pool, or {@code null} for the event loop
 * @param reason why: {@code returns Future}, {@code @NonBlocking}, {@code @Blocking(pool = "reports")}, ...
 */
public record Dispatch(String pool, String reason) {
    public static Dispatch eventLoop(String reason) {
        return new Dispatch(null, reason);
    }

    public static Dispatch worker(String pool, String reason) {
        return new Dispatch(pool, reason);
    }

    public boolean isEventLoop() {
        return pool == null;
    }

    /** {@code event loop: returns Future}, {@code worker[reports]: @Blocking(pool = "reports")}. */
    public String describe() {
        return (pool == null ? "event loop" : "worker[" + pool + "]") + ": " + reason;
    }
}
