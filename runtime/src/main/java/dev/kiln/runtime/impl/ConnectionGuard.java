package dev.kiln.runtime.impl;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The header-read deadline of every connection, which Vert.x does not have: a deadline set when a
 * connection opens and again when its last response ended, lifted when a request's headers have
 * arrived. A client trickling header lines (Slowloris) or holding an idle keep-alive connection is
 * closed once its deadline passed.
 *
 * <p>The deadlines are plain numbers checked by one periodic sweep, not a timer per request: setting
 * and cancelling a Vert.x timer for every request cost a tenth of the CPU of a pipelined plaintext
 * request. A connection is closed between its deadline and one sweep interval later (an eighth of
 * the deadline, at most a second).
 *
 * <p>Also remembers connections condemned by an answer that closes them (malformed framing, a refused
 * body): a pipelined request Vert.x parsed after such an answer is dropped unanswered instead of being
 * served from bytes the server no longer trusts.
 *
 * <p>One per host. A connection's requests are counted on its event loop; the sweep, on another,
 * reads only the volatile deadline.
 */
final class ConnectionGuard {
    private static final long NONE = Long.MIN_VALUE;

    private final long headerReadNanos;
    private final Map<HttpConnection, State> states = new ConcurrentHashMap<>();

    /** A connection's deadline, its requests being answered, and whether it is condemned. */
    private static final class State {
        /** {@link System#nanoTime()} by which the next request's headers must have arrived, or {@link #NONE}. */
        volatile long deadline = NONE;

        int answering;
        volatile boolean condemned;
    }

    ConnectionGuard(Vertx vertx, long headerReadMillis) {
        this.headerReadNanos = headerReadMillis * 1_000_000L;
        long interval = Math.max(10, Math.min(1000, headerReadMillis / 8));
        // Cancelled with Vert.x when the host closes.
        vertx.setPeriodic(interval, tick -> sweep());
    }

    /** The server's connection handler: the first request's headers are due within the deadline. */
    void opened(HttpConnection connection) {
        State state = new State();
        states.put(connection, state);
        connection.closeHandler(closed -> states.remove(connection));
        state.deadline = System.nanoTime() + headerReadNanos;
    }

    /**
     * The request's headers arrived: no deadline until its response ended. {@code false} when the
     * connection is condemned and the request must be dropped.
     */
    boolean requestArrived(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        State state = states.get(connection);
        if (state == null) {
            return true;
        }
        if (state.condemned) {
            return false;
        }
        state.answering++;
        state.deadline = NONE;
        request.response().endHandler(ended -> {
            state.answering--;
            // Pipelined requests are counted: the deadline restarts only when none is being answered.
            if (state.answering == 0 && !state.condemned) {
                state.deadline = System.nanoTime() + headerReadNanos;
            }
        });
        return true;
    }

    /** No further request of this connection is served; it is being closed. */
    void condemn(HttpConnection connection) {
        State state = states.get(connection);
        if (state != null) {
            state.condemned = true;
            state.deadline = NONE;
        }
    }

    /** Connections open now (for tests and logs). */
    int open() {
        return states.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        states.forEach((connection, state) -> {
            long deadline = state.deadline;
            if (deadline != NONE && now - deadline >= 0) {
                state.deadline = NONE;
                state.condemned = true;
                connection.close();
            }
        });
    }
}
