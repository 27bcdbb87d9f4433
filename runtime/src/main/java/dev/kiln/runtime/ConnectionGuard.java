package dev.kiln.runtime;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The header-read deadline of every connection, which Vert.x does not have: a timer armed when a
 * connection opens and again when its last response ended, cancelled when a request's headers have
 * arrived. A client trickling header lines (Slowloris) or holding an idle keep-alive connection is
 * closed when it fires.
 *
 * <p>Also remembers connections condemned by an answer that closes them (malformed framing, a refused
 * body): a pipelined request Vert.x parsed after such an answer is dropped unanswered instead of being
 * served from bytes the server no longer trusts.
 *
 * <p>One per host; each connection's state is only touched on that connection's event loop.
 */
final class ConnectionGuard {
    private final Vertx vertx;
    private final long headerReadMillis;
    private final Map<HttpConnection, State> states = new ConcurrentHashMap<>();

    /** A connection's deadline timer, its requests being answered, and whether it is condemned. */
    private static final class State {
        long timer = -1;
        int answering;
        boolean condemned;
    }

    ConnectionGuard(Vertx vertx, long headerReadMillis) {
        this.vertx = vertx;
        this.headerReadMillis = headerReadMillis;
    }

    /** The server's connection handler: arms the deadline for the first request's headers. */
    void opened(HttpConnection connection) {
        State state = new State();
        states.put(connection, state);
        connection.closeHandler(closed -> {
            State gone = states.remove(connection);
            if (gone != null) {
                cancel(gone);
            }
        });
        arm(connection, state);
    }

    /**
     * The request's headers arrived: the deadline is off until its response ended. {@code false} when
     * the connection is condemned and the request must be dropped.
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
        cancel(state);
        request.response().endHandler(ended -> {
            state.answering--;
            // Pipelined requests are counted: the deadline restarts only when none is being answered.
            if (state.answering == 0 && !state.condemned && states.get(connection) == state) {
                arm(connection, state);
            }
        });
        return true;
    }

    /** No further request of this connection is served; it is being closed. */
    void condemn(HttpConnection connection) {
        State state = states.get(connection);
        if (state != null) {
            state.condemned = true;
            cancel(state);
        }
    }

    /** Connections open now (for tests and logs). */
    int open() {
        return states.size();
    }

    private void arm(HttpConnection connection, State state) {
        cancel(state);
        state.timer = vertx.setTimer(headerReadMillis, fired -> {
            state.timer = -1;
            state.condemned = true;
            connection.close();
        });
    }

    private void cancel(State state) {
        if (state.timer >= 0) {
            vertx.cancelTimer(state.timer);
            state.timer = -1;
        }
    }
}
