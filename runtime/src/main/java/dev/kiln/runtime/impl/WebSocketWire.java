package dev.kiln.runtime.impl;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Netty pipeline of a connection once it is a WebSocket: every frame in and out passes through
 * each of its handlers, so it keeps only what a WebSocket needs (a profile under ws-bench.sh's echo
 * client: passing frames through the two below took more samples than everything Kiln does with a
 * message).
 *
 * <ul>
 *   <li>{@link WireChecks} looks at HTTP messages only: removed.
 *   <li>The idle timeout: Netty's {@link IdleStateHandler}, which Vert.x installs, adds a listener to
 *       every write's promise (for Vert.x's promises that means one more promise per frame sent).
 *       {@link IdleWatch} replaces it: a read or a write handed to the connection counts as activity,
 *       and the connection is told it is idle (Vert.x then closes it) as before.
 * </ul>
 *
 * <p>Like {@link WireChecks}, it reaches the pipeline through {@link ConnectionBase#channel()}; a
 * connection that is not a {@code ConnectionBase} keeps its pipeline.
 */
final class WebSocketWire {
    /** Vert.x's name for the idle timeout's handler in a server connection's pipeline. */
    private static final String IDLE = "idle";

    private WebSocketWire() {}

    /** Called on the connection's event loop once the upgrade succeeded. */
    static void upgraded(HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get(WireChecks.class) != null) {
            pipeline.remove(WireChecks.class);
        }
        // Only Kiln's idle timeout (either way); read or write timeouts set through
        // App.httpServerOptions keep Netty's handler.
        if (pipeline.get(IDLE) instanceof IdleStateHandler idle
                && idle.getReaderIdleTimeInMillis() == 0
                && idle.getWriterIdleTimeInMillis() == 0
                && idle.getAllIdleTimeInMillis() > 0) {
            pipeline.replace(IDLE, IDLE, new IdleWatch(TimeUnit.MILLISECONDS.toNanos(idle.getAllIdleTimeInMillis())));
        }
    }

    /**
     * The idle timeout without a listener per write: the time of the last read or write is a field,
     * and one scheduled check per timeout compares it with the clock (as Netty's handler does).
     * Everything runs on the connection's event loop.
     */
    static final class IdleWatch extends ChannelDuplexHandler {
        private final long timeoutNanos;
        private long lastActivity;
        private ScheduledFuture<?> check;

        IdleWatch(long timeoutNanos) {
            this.timeoutNanos = timeoutNanos;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            lastActivity = System.nanoTime();
            schedule(context, timeoutNanos);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext context) {
            if (check != null) {
                check.cancel(false);
                check = null;
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext context) {
            lastActivity = System.nanoTime();
            context.fireChannelReadComplete();
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            lastActivity = System.nanoTime();
            super.write(context, message, promise);
        }

        private void schedule(ChannelHandlerContext context, long delayNanos) {
            check = context.executor().schedule(() -> check(context), delayNanos, TimeUnit.NANOSECONDS);
        }

        private void check(ChannelHandlerContext context) {
            check = null;
            if (!context.channel().isOpen()) {
                return;
            }
            long idle = System.nanoTime() - lastActivity;
            if (idle >= timeoutNanos) {
                // Vert.x's handler closes the connection on this event, as on Netty's.
                context.fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
            } else {
                schedule(context, timeoutNanos - idle);
            }
        }
    }
}
