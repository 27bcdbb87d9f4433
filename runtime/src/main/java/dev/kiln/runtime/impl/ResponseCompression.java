package dev.kiln.runtime.impl;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * {@link dev.kiln.App#gzip}: responses compressed as Starlette's {@code GZipMiddleware} compresses
 * them, by Netty's {@code HttpContentCompressor} (which Vert.x puts in the pipeline). Netty picks gzip
 * or deflate from {@code Accept-Encoding} (q-values respected: {@code gzip;q=0} is a refusal), and
 * leaves alone a response that has a {@code Content-Encoding}, a {@code HEAD} answer, {@code 204},
 * {@code 304} and HTTP/1.0. The rest is decided here, just before the headers are written:
 *
 * <ul>
 *   <li>a body with a length below the minimum size is not compressed; a streamed body (no length)
 *       is, whatever its size, as Starlette compresses a streaming response;
 *   <li>{@code text/event-stream} is never compressed (an event must reach the client when sent);
 *   <li>{@code Vary: Accept-Encoding} on every answer that would be compressed for a client that
 *       accepts it, whether or not this one does.
 * </ul>
 *
 * <p>Netty's own size threshold is not used: it looks at the first piece Vert.x writes, which for a
 * file or a stream is the headers alone or with a first chunk, so files and streams would never be
 * compressed. A response that must not be compressed gets {@code Content-Encoding: identity}, which
 * makes Netty pass it through and which Vert.x's compressor then removes, so no client sees it.
 */
final class ResponseCompression {
    private static final CharSequence ACCEPT_ENCODING = HttpHeaders.createOptimized("Accept-Encoding");
    private static final String EVENT_STREAM = "text/event-stream";

    private ResponseCompression() {}

    /** Turns compression on for a server, when the app asks for it. */
    static void configure(HttpServerOptions options, AppSettings settings) {
        if (settings.gzipMinimumSize() >= 0) {
            options.setCompressionSupported(true);
        }
    }

    /**
     * The answers to requests Netty could not decode (written by {@link InvalidRequests}, outside the
     * request handler) follow the same rule, so that their small bodies are not compressed.
     */
    static Handler<HttpServerRequest> invalidRequests(AppSettings settings, Handler<HttpServerRequest> answer) {
        int minimumSize = settings.gzipMinimumSize();
        if (minimumSize < 0) {
            return answer;
        }
        return request -> {
            request.response().headersEndHandler(v -> beforeHeaders(request, minimumSize));
            answer.handle(request);
        };
    }

    /** Adds {@code Vary} and the exclusions to an answer whose headers are about to be written. */
    static void beforeHeaders(HttpServerRequest request, int minimumSize) {
        int status = request.response().getStatusCode();
        if (request.method() == HttpMethod.HEAD
                || request.version() == HttpVersion.HTTP_1_0
                || status < 200
                || status == 204
                || status == 304) {
            // Netty never compresses these.
            return;
        }
        MultiMap headers = request.response().headers();
        if (headers.contains(HttpHeaders.CONTENT_ENCODING)) {
            return;
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.regionMatches(true, 0, EVENT_STREAM, 0, EVENT_STREAM.length())) {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            return;
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long size = size(length);
            if (size == 0) {
                return;
            }
            if (size < minimumSize) {
                headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                return;
            }
        }
        HostGate.addVary(headers, ACCEPT_ENCODING);
    }

    /** A {@code Content-Length}'s value; one that is not a number (a user's header) counts as large. */
    private static long size(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
