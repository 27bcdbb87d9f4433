package dev.kiln;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** A started app: its port, and the way to stop it. */
public interface RunningApp extends AutoCloseable {
    /** The port the server listens on (the real one when started with port 0). */
    int port();

    /** The host the server is bound to. */
    String host();

    /** The Vert.x instance hosting the app. */
    Vertx vertx();

    /**
     * Stops accepting connections, lets in-flight requests (on the event loop and on workers)
     * finish, then runs singleton cleanup and closes Vert.x.
     */
    Future<Void> shutdown();

    /** {@link #shutdown()} and wait for it. */
    @Override
    void close();
}
