package dev.kiln.it.deps;

/** The small types the dependency test app provides. */
public final class Values {
    private Values() {}

    /** A singleton made first. */
    public record Config(String name) {}

    /** A singleton made asynchronously after {@link Config}; closed at shutdown. */
    public static final class Store implements AutoCloseable {
        private final Config config;
        private volatile boolean closed;

        public Store(Config config) {
            this.config = config;
        }

        public String name() {
            return config.name() + "-store" + (closed ? " (closed)" : "");
        }

        @Override
        public void close() {
            closed = true;
            Events.startup("store closed");
        }
    }

    /** The authenticated user. */
    public record User(String name) {}

    /** A request-scoped value that counts how often it is made. */
    public record Counter(int id) {}

    /** Uses a {@link Counter}: shows that a sub-dependency shares the request's cached value. */
    public record CounterUser(Counter counter) {}

    /** A blocking resource that depends on the async {@link User}. */
    public record Connection(String user, String madeOn) {}

    /** Built on a {@link Connection} on a worker. */
    public record Repo(Connection connection, String madeOn) {}

    /** A router dependency: checked for every operation of a class, value unused. */
    public record Token(String value) {}

    /** The greeting made by the instance provider {@link Greeter}. */
    public record Greeting(String text) {}

    /** Cleanup tracing: made on the event loop. */
    public record First(String run) {}

    /** Cleanup tracing: made on a worker, after {@link First}. */
    public record Second(String run) {}

    /** Cleanup tracing: an {@code AutoCloseable} made on a worker after {@link Second}. */
    public static final class Third implements AutoCloseable {
        private final String run;

        public Third(String run) {
            this.run = run;
        }

        @Override
        public void close() {
            Events.run(run, "third closed");
        }
    }

    /** Cleanup tracing: its cleanup throws. */
    public record Flaky(String run) {}

    /** A provider that fails after {@link First} was made. */
    public record Doomed(String run) {}

    /**
     * Settle tracing ({@code Deps.tx}, {@code Deps.outer}): a transaction-like value whose commit
     * ({@code onSuccess}) fails when the operation asks it to.
     */
    public static final class Tx {
        private final String run;
        private volatile boolean commitFails;

        public Tx(String run) {
            this.run = run;
        }

        public String run() {
            return run;
        }

        public boolean commitFails() {
            return commitFails;
        }

        public void failTheCommit() {
            commitFails = true;
        }
    }

    /** Two permits, like a pool of two connections: held by a request until its cleanup gives it back. */
    public record Scarce(java.util.concurrent.Semaphore permits) {}

    /** One permit of {@link Scarce}, held for a request. */
    public record Permit(String heldBy) {}

    /** Settle tracing: an older, event-loop resource that {@link Tx} depends on. */
    public record Outer(String run) {}

    /** Made from the path variable of the operation that uses it. */
    public record ItemRef(int itemId) {}

    /** Made in the {@code reports} pool. */
    public record PoolThread(String name) {}

    // The values of the second app's providers (src/second-app), here so that tests can make replacements.

    /** Provided twice, under two qualifiers. */
    public record Label(String text) {}

    /** Provided twice, as {@code Box<String>} and {@code Box<Integer>}. */
    public record Box<T>(T value) {}

    /** Provided once, as {@code Shelf<String>}. */
    public record Shelf<T>(T top) {}
}
