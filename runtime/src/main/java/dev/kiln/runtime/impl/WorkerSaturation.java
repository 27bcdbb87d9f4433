package dev.kiln.runtime.impl;

import dev.kiln.HttpException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answer to an operation whose worker pool is full: {@code 503} with {@code Retry-After: 1},
 * given at once. Logged at most once a second per pool, so a flood of refusals does not become a
 * flood of log lines.
 */
final class WorkerSaturation {
    private static final System.Logger LOG = Logs.get("dev.kiln");
    /** Seconds a client is asked to wait: work on a saturated pool usually clears within that. */
    static final String RETRY_AFTER_SECONDS = "1";

    private static final Map<String, Long> LAST_WARNING = new ConcurrentHashMap<>();

    private WorkerSaturation() {}

    static HttpException refuse(VertxWorkerPool pool) {
        pool.refused();
        long now = System.nanoTime();
        Long last = LAST_WARNING.get(pool.name());
        if (last == null || now - last > 1_000_000_000L) {
            LAST_WARNING.put(pool.name(), now);
            LOG.log(
                    Level.WARNING,
                    pool + " is full (" + pool.admitted()
                            + " admitted): answering 503 until it has room (App.workerPool / App.workerQueue size it)");
        }
        return new HttpException(503, "Service Unavailable", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
