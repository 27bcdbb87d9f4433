package dev.kiln.runtime.impl;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The answer to a request Netty's decoder could not read (a malformed request line or header, a
 * request line or header section over its limit, an HTTP version other than 1.0 and 1.1): the status
 * Vert.x would give ({@code 414}, {@code 431}, else {@code 400}), {@code 505} for the version, with Kiln's {@code {"detail": ...}} body and {@code X-Request-Id},
 * then the connection is closed. Nothing of the decoder's error is sent or logged: this is what
 * hostile traffic looks like, and logging it would let a client fill the log.
 */
final class InvalidRequests {
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

    private InvalidRequests() {}

    static void answer(HttpServerRequest request) {
        // The request's body, if any, is never read: no error of it is of interest either.
        request.exceptionHandler(ignored -> {});
        Throwable cause = request.decoderResult().cause();
        int status;
        if (cause instanceof TooLongHttpLineException) {
            status = 414;
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = 431;
        } else if (cause instanceof WireChecks.UnsupportedVersion) {
            status = 505;
        } else {
            status = 400;
        }
        request.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(RequestIds.HEADER, RequestIds.of(null))
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(ErrorBodies.detail(ErrorBodies.reason(status)))
                .onComplete(written -> request.connection().close());
    }
}
