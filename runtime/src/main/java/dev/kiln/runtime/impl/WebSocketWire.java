package dev.kiln.runtime.impl;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionDecoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.DeflateFrameServerExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Netty pipeline of a connection once it is a WebSocket: every frame in and out passes through
 * each of its handlers, so it keeps only what a WebSocket needs (a profile under ws-bench.sh's echo
 * client: passing frames through the two below took more samples than everything Kiln does with a
 * message).
 *
 * <ul>
 *   <li>{@link WireChecks} looks at HTTP messages: replaced by {@link IdleWatch}, which keeps only the
 *       idle timeout: a read or a write handed to the connection counts as activity, and the
 *       connection is told it is idle (Vert.x then closes it). Netty's {@code IdleStateHandler} would
 *       add a listener to every write's promise (for Vert.x's promises, one more promise per frame).
 *   <li>{@link FrameGuard}, before Vert.x's handler, fails the connection as RFC 6455 says where
 *       Vert.x does not: a protocol error is answered with a close frame (1002, or the decoder's
 *       1009 for a frame past the size limit) before the connection is closed, not a bare close; a
 *       frame with a reserved bit set when no extension was negotiated is a protocol error (Vert.x
 *       allows extensions server-wide when per-message deflate is offered); and a client that pings
 *       and never reads its pongs is disconnected (1008) once 64 KiB of pongs were answered to reads
 *       that began with the write queue full, where Vert.x would queue a pong for every ping
 *       without bound.
 * </ul>
 *
 * <p>Like {@link WireChecks}, it reaches the pipeline through {@link ConnectionBase#channel()}; a
 * connection that is not a {@code ConnectionBase} keeps its pipeline.
 */
final class WebSocketWire {
    /** Vert.x's name for its own handler, the last of a connection's pipeline. */
    private static final String VERTX = "handler";

    /** Vert.x's name for Netty's WebSocket extension handler in a server connection's pipeline. */
    static final String EXTENSIONS = "webSocketExtensionHandler";

    private WebSocketWire() {}

    /**
     * Makes the handler that negotiates the WebSocket compression extensions {@code options} offer, as
     * Vert.x makes it for every connection; {@code null} when both are off. Vert.x puts it in every
     * connection's pipeline, where it looks at every request and response for a handshake; {@link
     * WireChecks} takes it out and puts a new one (a handler is added to a pipeline once) in front of
     * the first upgrade request.
     */
    static Supplier<ChannelHandler> extensionHandlers(HttpServerOptions options) {
        boolean frame = options.getPerFrameWebSocketCompressionSupported();
        boolean message = options.getPerMessageWebSocketCompressionSupported();
        if (!frame && !message) {
            return null;
        }
        int level = options.getWebSocketCompressionLevel();
        boolean serverNoContext = options.getWebSocketAllowServerNoContext();
        boolean clientNoContext = options.getWebSocketPreferredClientNoContext();
        return () -> {
            List<WebSocketServerExtensionHandshaker> handshakers = new ArrayList<>(2);
            if (frame) {
                handshakers.add(new DeflateFrameServerExtensionHandshaker(level, NO_ALLOCATION_LIMIT));
            }
            if (message) {
                handshakers.add(new PerMessageDeflateServerExtensionHandshaker(
                        level,
                        ZlibCodecFactory.isSupportingWindowSizeAndMemLevel(),
                        MAX_WINDOW_BITS,
                        serverNoContext,
                        clientNoContext,
                        MAX_WINDOW_BITS,
                        MEMORY_LEVEL,
                        NO_ALLOCATION_LIMIT));
            }
            return new WebSocketServerExtensionHandler(handshakers.toArray(WebSocketServerExtensionHandshaker[]::new));
        };
    }

    // Netty's defaults, which Vert.x's choice of its constructors takes: the largest DEFLATE window
    // (2^15 bytes), zlib's default memory level, no bound on what an inflater may allocate.
    private static final int MAX_WINDOW_BITS = 15;
    private static final int MEMORY_LEVEL = 8;
    private static final int NO_ALLOCATION_LIMIT = 0;

    /**
     * Called on the connection's event loop once the upgrade succeeded; {@code pongsNotRead} runs when
     * the connection is closed because its client does not read its pongs.
     */
    static void upgraded(HttpConnection connection, Runnable pongsNotRead) {
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        WireChecks checks = pipeline.get(WireChecks.class);
        if (checks != null) {
            // Kiln's idle timeout stays; read or write timeouts set through App.httpServerOptions keep
            // Netty's handler.
            pipeline.replace(checks, "kiln-idle", new IdleWatch(checks.idleNanos()));
        }
        if (pipeline.get(VERTX) != null) {
            boolean extension = pipeline.get(WebSocketExtensionDecoder.class) != null;
            pipeline.addBefore(VERTX, "kiln-frame-guard", new FrameGuard(extension, pongsNotRead));
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

    /** See the class comment. Everything runs on the connection's event loop. */
    static final class FrameGuard extends ChannelInboundHandlerAdapter {
        /** Pong bytes let through while the write queue is full before the client counts as not reading. */
        static final int PONGS_WHILE_FULL = 64 * 1024;

        private final boolean extensionNegotiated;
        private final Runnable pongsNotRead;
        /**
         * Whether the write queue was full when this read began: what was written during the last one
         * was flushed at its end, so a queue still full means the client does not take it. (Pongs
         * written and not yet flushed during a read fill the queue of a client that reads, too.)
         */
        private boolean fullAtReadStart;

        private boolean reading;
        private long pongBytesWhileFull;
        private boolean failed;

        FrameGuard(boolean extensionNegotiated, Runnable pongsNotRead) {
            this.extensionNegotiated = extensionNegotiated;
            this.pongsNotRead = pongsNotRead;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (failed) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (!reading) {
                reading = true;
                fullAtReadStart = !context.channel().isWritable();
            }
            if (message instanceof WebSocketFrame frame) {
                if (frame.rsv() != 0 && !extensionNegotiated) {
                    frame.release();
                    fail(context, WebSocketCloseStatus.PROTOCOL_ERROR.code(), "Reserved bits set without an extension");
                    return;
                }
                if (frame instanceof PingWebSocketFrame && fullAtReadStart) {
                    // A pong is 2 bytes of header and the ping's payload.
                    pongBytesWhileFull += 2 + frame.content().readableBytes();
                    if (pongBytesWhileFull > PONGS_WHILE_FULL) {
                        frame.release();
                        pongsNotRead.run();
                        fail(context, WebSocketCloseStatus.POLICY_VIOLATION.code(), "Pongs not read");
                        return;
                    }
                }
            }
            context.fireChannelRead(message);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext context) {
            reading = false;
            context.fireChannelReadComplete();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext context) {
            if (context.channel().isWritable()) {
                pongBytesWhileFull = 0;
            }
            context.fireChannelWritabilityChanged();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            if (cause instanceof CorruptedWebSocketFrameException corrupted) {
                // Netty's decoder drops every byte after a protocol error; Vert.x would close at once.
                WebSocketCloseStatus status = corrupted.closeStatus();
                fail(context, status.code(), status.reasonText());
                return;
            }
            context.fireExceptionCaught(cause);
        }

        /**
         * Sends a close frame, then closes the connection once it is written, or at once when the
         * client does not read (it would wait behind everything else).
         */
        private void fail(ChannelHandlerContext context, int code, String reason) {
            if (failed) {
                return;
            }
            failed = true;
            boolean takesWrites = context.channel().isWritable();
            // Closed from here, below Vert.x's handler: through it, Vert.x would start a close handshake of its own.
            context.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(written -> closeHere(context));
            if (!takesWrites) {
                closeHere(context);
            }
        }

        /** Closes the connection from this handler's place in the pipeline (what it reports is not needed). */
        private static void closeHere(ChannelHandlerContext context) {
            ChannelFuture unused = context.close();
        }
    }
}
