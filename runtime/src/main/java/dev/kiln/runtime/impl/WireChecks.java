package dev.kiln.runtime.impl;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A connection's checks below Vert.x: its deadlines, and two checks of its decoded HTTP/1.x messages
 * where Vert.x's own answer is wrong. One per connection, in its Netty pipeline right after Vert.x's
 * encoder (so it sees requests as the decoder made them and responses as Vert.x writes them).
 *
 * <ul>
 *   <li><b>Deadlines.</b> The header-read deadline, which Vert.x does not have: the next request's
 *       headers are due within {@code headerReadTimeout} of the connection opening or of the last
 *       response ending, so a client trickling header lines (Slowloris) or holding an idle keep-alive
 *       connection is closed. And the idle timeout (no read and no write for {@code idleTimeout}), which
 *       Vert.x would keep with Netty's {@code IdleStateHandler}: one more handler for every message, a
 *       clock read on each read and a listener on every write's promise. Here both are counts kept as
 *       messages pass (requests handed on, responses written, messages in either direction) and read by
 *       one periodic check of the connection, on its event loop: no clock, timer or listener per
 *       request. A connection is closed between its deadline and two check intervals later (the
 *       interval is an eighth of the shorter timeout, between 10 ms and a second).
 *   <li><b>Versions.</b> Netty's decoder accepts any {@code HTTP/<digit>.<digits>} (and any
 *       {@code <name>/1.1}), and Vert.x then answers {@code 501} in the request's own version,
 *       echoing {@code HTTP/1.11}. Such a request is passed on as an undecodable {@code HTTP/1.1} one,
 *       so it reaches the invalid-request handler like every other malformed request
 *       ({@link InvalidRequests}: {@code 505}, Kiln's body, closed). A request line the decoder could
 *       not read at all (too long, garbage) is answered in {@code HTTP/1.1} too, not in the
 *       {@code HTTP/1.0} of Netty's placeholder request.
 *   <li><b>Requests after the shutdown began.</b> Once its server shuts down, Vert.x drops every
 *       request that arrives on a connection afterwards, without an answer, and closes the connection
 *       when the response in progress ends. Kiln promises {@code 503} with {@code Retry-After}: such a
 *       request is taken here and answered once every response before it was written, then the
 *       connection is closed ({@code Connection: close}; requests pipelined behind it are the
 *       client's to retry, as RFC 9112 §9.6 says).
 * </ul>
 *
 * <p>One of the two uses of a Vert.x internal in the host (the other: {@link WebSocketWire}, which
 * replaces these checks by the idle timeout alone once a connection is upgraded to a WebSocket): a
 * connection's Netty pipeline ({@link ConnectionBase#channel()}); a connection that is not a
 * {@code ConnectionBase} goes unchecked.
 */
final class WireChecks extends ChannelDuplexHandler {
    /** The cause an unsupported version's request carries; {@link InvalidRequests} answers it 505. */
    static final class UnsupportedVersion extends DecoderException {
        private static final long serialVersionUID = 1L;

        UnsupportedVersion(HttpVersion version) {
            super("unsupported HTTP version: " + version.text());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a hostile client's request: no stack trace to pay for
        }
    }

    /** Vert.x's name for the HTTP/1.x encoder in a server connection's pipeline. */
    private static final String ENCODER = "httpEncoder";

    /** Vert.x's name for its own handler, the last of a connection's pipeline. */
    private static final String VERTX = "handler";

    private final BooleanSupplier shuttingDown;
    private final long headerReadNanos;
    private final long idleNanos;
    /** Makes the WebSocket extension handler the first upgrade request gets; {@code null} once it has one, or none is offered. */
    private Supplier<ChannelHandler> extensions;

    // Everything below is read and written on the connection's event loop only.

    /** Requests handed on to Vert.x, and responses to them written. */
    private long passed;

    private long answered;

    /** Messages read or written since the last check; and when a check last saw some. */
    private int activity;

    private long lastActive;

    /**
     * While no request is being answered: the count of requests passed when that began, and when a
     * check first saw it (the connection's opening for its first request); {@code -1} otherwise.
     */
    private long waitingAfter;

    private long waitingSince;

    /** Closed by a deadline, or condemned by an answer that closes it: no deadline applies any more. */
    private boolean closing;

    private ScheduledFuture<?> checks;

    /** A request was taken during the shutdown: its body parts are dropped, and it is owed a 503. */
    private boolean taken;

    private boolean owed;

    private WireChecks(
            BooleanSupplier shuttingDown, long headerReadNanos, long idleNanos, Supplier<ChannelHandler> extensions) {
        this.shuttingDown = shuttingDown;
        this.headerReadNanos = headerReadNanos;
        this.idleNanos = idleNanos;
        this.extensions = extensions;
    }

    /**
     * Installs the checks on a new connection (the server's connection handler calls this). With
     * {@code extensions} ({@link WebSocketWire#extensionHandlers}), Vert.x's WebSocket extension handler
     * leaves the pipeline until an upgrade request comes.
     */
    static void install(
            HttpConnection connection,
            BooleanSupplier shuttingDown,
            long headerReadNanos,
            long idleNanos,
            Supplier<ChannelHandler> extensions) {
        if (connection instanceof ConnectionBase base) {
            var pipeline = base.channel().pipeline();
            if (pipeline.get(ENCODER) != null && pipeline.get(WireChecks.class) == null) {
                boolean lazy = extensions != null && pipeline.get(WebSocketWire.EXTENSIONS) != null;
                if (lazy) {
                    pipeline.remove(WebSocketWire.EXTENSIONS);
                }
                pipeline.addAfter(
                        ENCODER,
                        "kilnWireChecks",
                        new WireChecks(shuttingDown, headerReadNanos, idleNanos, lazy ? extensions : null));
            }
        }
    }

    /**
     * The connection is being closed by an answer that closes it (it lingers a moment to read what is
     * left of the request): its header deadline no longer applies. Called on its event loop.
     */
    static void closing(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            WireChecks checks = base.channel().pipeline().get(WireChecks.class);
            if (checks != null) {
                checks.closing = true;
            }
        }
    }

    /**
     * How often a deadline of {@code timeoutNanos} is checked when one periodic check keeps it (here, and
     * the body reads' in {@link RequestHandler}): an eighth of it, between 10 ms and a second.
     */
    static long checkIntervalNanos(long timeoutNanos) {
        return Math.max(TimeUnit.MILLISECONDS.toNanos(10), Math.min(TimeUnit.SECONDS.toNanos(1), timeoutNanos / 8));
    }

    /** The idle timeout, which an upgraded connection keeps ({@link WebSocketWire}). */
    long idleNanos() {
        return idleNanos;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        long now = System.nanoTime();
        lastActive = now;
        waitingSince = now;
        long interval = checkIntervalNanos(Math.min(headerReadNanos, idleNanos));
        checks = context.executor().scheduleAtFixedRate(() -> check(context), interval, interval, TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        stopChecks();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        stopChecks();
        context.fireChannelInactive();
    }

    private void stopChecks() {
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
    }

    /** The periodic check: closes the connection once idle too long, or waiting too long for a request's headers. */
    private void check(ChannelHandlerContext context) {
        if (closing) {
            return;
        }
        long now = System.nanoTime();
        if (activity != 0) {
            activity = 0;
            lastActive = now;
        } else if (now - lastActive >= idleNanos) {
            close(context);
            return;
        }
        if (answered >= passed) {
            if (waitingAfter != passed) {
                waitingAfter = passed;
                waitingSince = now;
            } else if (now - waitingSince >= headerReadNanos) {
                close(context);
            }
        } else {
            waitingAfter = -1;
        }
    }

    private void close(ChannelHandlerContext context) {
        closing = true;
        stopChecks();
        ChannelFuture unused = context.channel().close(); // the connection closes; nothing waits on it
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        activity++;
        if (message instanceof HttpRequest request) {
            if (taken || shuttingDown.getAsBoolean()) {
                take(context, message);
                return;
            }
            passed++;
            if (request.decoderResult().isSuccess() && !isSupported(request.protocolVersion())) {
                context.fireChannelRead(
                        inHttp11(request, DecoderResult.failure(new UnsupportedVersion(request.protocolVersion()))));
                return;
            }
            if (request.decoderResult().isFailure() && request.protocolVersion() != HttpVersion.HTTP_1_1) {
                // A request line Netty could not read comes as its placeholder "GET /bad-request HTTP/1.0":
                // the answer is in HTTP/1.1, the server's version, not in one the client never sent.
                HttpRequest refused = inHttp11(request, request.decoderResult());
                ReferenceCountUtil.release(request);
                context.fireChannelRead(refused);
                return;
            }
            if (extensions != null && request.headers().contains(HttpHeaderNames.UPGRADE)) {
                // Where Vert.x had put it: right before its own handler, behind this one.
                context.pipeline().addBefore(VERTX, WebSocketWire.EXTENSIONS, extensions.get());
                extensions = null;
            }
        } else if (taken && message instanceof HttpContent) {
            ReferenceCountUtil.release(message);
            return;
        }
        context.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
        activity++;
        boolean last = message instanceof LastHttpContent
                && !(message instanceof HttpResponse response
                        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL);
        super.write(context, message, promise);
        if (last) {
            answered++;
            if (owed && answered >= passed) {
                answerTaken(context);
            }
        }
    }

    private void take(ChannelHandlerContext context, Object request) {
        ReferenceCountUtil.release(request);
        if (!taken) {
            taken = true;
            owed = true;
            if (answered >= passed) {
                answerTaken(context);
            }
        }
    }

    /** The 503 for the first request taken, after every earlier response; then the connection ends. */
    private void answerTaken(ChannelHandlerContext context) {
        owed = false;
        FullHttpResponse answer = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.SERVICE_UNAVAILABLE,
                Unpooled.wrappedBuffer(
                        ErrorBodies.detail(ErrorBodies.reason(503)).getBytes()));
        answer.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .set(HttpHeaderNames.CONTENT_LENGTH, answer.content().readableBytes())
                .set(HttpHeaderNames.RETRY_AFTER, WorkerSaturation.RETRY_AFTER_SECONDS)
                .set(RequestIds.HEADER, RequestIds.of(null))
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        context.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
    }

    /** The request in HTTP/1.1, undecodable for {@code failure}: what {@link InvalidRequests} answers. */
    private static HttpRequest inHttp11(HttpRequest request, DecoderResult failure) {
        HttpRequest refused =
                new DefaultHttpRequest(HttpVersion.HTTP_1_1, request.method(), request.uri(), request.headers());
        refused.setDecoderResult(failure);
        return refused;
    }

    private static boolean isSupported(HttpVersion version) {
        return "HTTP".equals(version.protocolName())
                && version.majorVersion() == 1
                && (version.minorVersion() == 1 || version.minorVersion() == 0);
    }
}
