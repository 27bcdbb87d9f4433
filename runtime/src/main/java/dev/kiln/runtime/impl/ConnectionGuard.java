package dev.kiln.runtime.impl;

import io.netty.channel.ChannelHandler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The host's side of its connections: each gets its {@link WireChecks} (the header-read deadline, which
 * Vert.x does not have, and the idle timeout) when it opens, and the connections condemned by an answer
 * that closes them (malformed framing, a refused body) are remembered until they close: a pipelined
 * request Vert.x parsed after such an answer is dropped unanswered instead of being served from bytes
 * the server no longer trusts.
 *
 * <p>One per host. A request costs one read of an empty set: connections are condemned rarely, and
 * only for the moment it takes to close them.
 */
final class ConnectionGuard {
    private final BooleanSupplier shuttingDown;
    private final long headerReadNanos;
    private final long idleNanos;
    private final Set<HttpConnection> condemned = ConcurrentHashMap.newKeySet();

    ConnectionGuard(BooleanSupplier shuttingDown, Duration headerReadTimeout, Duration idleTimeout) {
        this.shuttingDown = shuttingDown;
        this.headerReadNanos = headerReadTimeout.toNanos();
        this.idleNanos = idleTimeout.toNanos();
    }

    /**
     * The server's connection handler: the first request's headers are due within the deadline;
     * {@code extensions} makes the WebSocket extension handler of an upgrade ({@code null}: none).
     */
    void opened(HttpConnection connection, Supplier<ChannelHandler> extensions) {
        WireChecks.install(connection, shuttingDown, headerReadNanos, idleNanos, extensions);
    }

    /** {@code false} when the request's connection is condemned and the request must be dropped. */
    boolean requestArrived(HttpServerRequest request) {
        return condemned.isEmpty() || !condemned.contains(request.connection());
    }

    /** No further request of this connection is served; it is being closed. Called on its event loop. */
    void condemn(HttpConnection connection) {
        if (condemned.add(connection)) {
            connection.closeHandler(closed -> condemned.remove(connection));
            WireChecks.closing(connection);
            if (connection instanceof ConnectionBase base && !base.channel().isOpen()) {
                // Closed already: its close handler ran before it was set.
                condemned.remove(connection);
            }
        }
    }
}
