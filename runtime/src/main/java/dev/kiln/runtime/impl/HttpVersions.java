package dev.kiln.runtime.impl;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Requests in an HTTP version other than 1.0 and 1.1 ({@code GET / HTTP/1.11}, {@code HTTP/2.0} in
 * text, {@code HTTP/0.9}): Netty's decoder accepts any {@code HTTP/<digit>.<digits>}, and Vert.x then
 * answers {@code 501} in the request's own version, echoing a version that does not exist. This
 * handler, right after the decoder, turns such a request into an undecodable {@code HTTP/1.1} one, so
 * that it reaches the invalid-request handler like every other malformed request and is answered
 * {@code 505 HTTP Version Not Supported} with Kiln's body, in {@code HTTP/1.1}, and closed.
 *
 * <p>The only use of a Vert.x internal in the host: the Netty pipeline of a connection
 * ({@link ConnectionBase#channel()}); a Vert.x whose connections are not {@code ConnectionBase}s gets
 * its own 501.
 */
@ChannelHandler.Sharable
final class HttpVersions extends ChannelInboundHandlerAdapter {
    /** The cause an unsupported version's request carries; {@link InvalidRequests} answers it 505. */
    static final class Unsupported extends DecoderException {
        private static final long serialVersionUID = 1L;

        Unsupported(HttpVersion version) {
            super("unsupported HTTP version: " + version.text());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a hostile client's request: no stack trace to pay for
        }
    }

    private static final HttpVersions INSTANCE = new HttpVersions();

    /** Vert.x's name for the HTTP/1.x decoder in a server connection's pipeline. */
    private static final String DECODER = "httpDecoder";

    private HttpVersions() {}

    /** Installs the check on a new connection (the server's connection handler calls this). */
    static void install(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            var pipeline = base.channel().pipeline();
            if (pipeline.get(DECODER) != null && pipeline.get(HttpVersions.class) == null) {
                pipeline.addAfter(DECODER, "kilnHttpVersion", INSTANCE);
            }
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpRequest request
                && request.decoderResult().isSuccess()
                && !isSupported(request.protocolVersion())) {
            HttpRequest refused =
                    new DefaultHttpRequest(HttpVersion.HTTP_1_1, request.method(), request.uri(), request.headers());
            refused.setDecoderResult(DecoderResult.failure(new Unsupported(request.protocolVersion())));
            context.fireChannelRead(refused);
            return;
        }
        context.fireChannelRead(message);
    }

    private static boolean isSupported(HttpVersion version) {
        return "HTTP".equals(version.protocolName())
                && version.majorVersion() == 1
                && (version.minorVersion() == 1 || version.minorVersion() == 0);
    }
}
