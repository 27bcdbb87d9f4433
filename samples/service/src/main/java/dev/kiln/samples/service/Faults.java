package dev.kiln.samples.service;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fault injection for the soak (it-tests/bench/soak.sh), off unless {@code APP_FAULT_INJECTION=true}: for a
 * while, a share of the requests' transactions fail as they begin, as a database that drops connections
 * would make them fail. {@code POST /admin/faults} turns it on; without the setting that route answers 404.
 */
public final class Faults {
    private final boolean enabled;
    private volatile double transactionFailureRate;
    private volatile long until;

    Faults(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether {@code APP_FAULT_INJECTION} allows faults at all. */
    public boolean enabled() {
        return enabled;
    }

    /** From now on, for {@code seconds}, a share {@code rate} (0 to 1) of the transactions fail as they begin. */
    public void failTransactions(double rate, int seconds) {
        transactionFailureRate = rate;
        until = System.nanoTime() + seconds * 1_000_000_000L;
    }

    /** Throws for the chosen share of transactions while faults are on. */
    void beforeTransaction() {
        if (enabled
                && System.nanoTime() - until < 0
                && ThreadLocalRandom.current().nextDouble() < transactionFailureRate) {
            throw new InjectedFault("an injected fault: this transaction failed as it began");
        }
    }

    /** A failure that {@code POST /admin/faults} asked for. */
    public static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(String message) {
            super(message);
        }
    }
}
