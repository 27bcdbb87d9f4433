package dev.kiln.runtime.impl;

import java.util.List;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT handled before the JVM starts shutting down. A shutdown hook alone is not enough:
 * {@code java.util.logging} resets its handlers in a shutdown hook of its own, concurrently with ours,
 * so whatever a graceful shutdown logs from a hook (requests cut off at the end of the grace period,
 * a singleton failing to close) is lost. The hook stays, for exits that are not signals.
 */
final class TerminationSignals {
    private TerminationSignals() {}

    /** Runs {@code shutdown} on a signal of its own thread, then exits; {@code false} where signals are not available. */
    static boolean install(Runnable shutdown) {
        try {
            for (String name : List.of("TERM", "INT")) {
                Signal.handle(new Signal(name), signal -> {
                    Thread stopping = new Thread(
                            () -> {
                                shutdown.run();
                                System.exit(0);
                            },
                            "kiln-sig" + name.toLowerCase(java.util.Locale.ROOT));
                    stopping.start();
                });
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError unavailable) {
            return false;
        }
    }
}
