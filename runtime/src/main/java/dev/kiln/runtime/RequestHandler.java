package dev.kiln.runtime;

import dev.kiln.runtime.http.PathRouter;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * The one request handler of every event loop: match, read the body when the route needs it, call
 * the generated endpoint. Holds no per-request state.
 */
final class RequestHandler implements Handler<HttpServerRequest> {
    private static final Handler<Buffer> DISCARD = chunk -> { };

    private final RunningHost host;
    private final long maxBodySize;

    RequestHandler(RunningHost host) {
        this.host = host;
        this.maxBodySize = host.settings().maxBodySize();
    }

    @Override
    public void handle(HttpServerRequest request) {
        host.inFlight().begin();
        PathRouter.Match<Route> match = host.router().match(request.method(), request.path());
        HttpExchange exchange = new HttpExchange(host, request, match.value(), match.params());
        if (match.kind() != PathRouter.Kind.FOUND || !match.value().readsBody()) {
            // No body wanted: whatever is sent is read and dropped, never buffered.
            request.handler(DISCARD);
        }
        switch (match.kind()) {
            case FOUND -> {
                if (match.value().readsBody()) {
                    readBody(request, exchange, match.value());
                } else {
                    dispatch(exchange, match.value());
                }
            }
            case METHOD_NOT_ALLOWED -> exchange.answerHost(405, ErrorBodies.methodNotAllowed(),
                    Map.of(HttpHeaders.ALLOW, match.allowed()));
            case REDIRECT -> {
                String query = request.query();
                String location = match.redirectPath() + (query == null ? "" : "?" + query);
                exchange.answerHost(307, null, Map.of(HttpHeaders.LOCATION, location));
            }
            case NOT_FOUND -> exchange.answerHost(404, ErrorBodies.notFound(), Map.of());
        }
    }

    private void readBody(HttpServerRequest request, HttpExchange exchange, Route route) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBodySize) {
                    request.handler(DISCARD);
                    tooLarge(exchange);
                    return;
                }
            } catch (NumberFormatException e) {
                // Netty rejects a malformed Content-Length before we get here; nothing to add.
            }
        }
        // "Expect: 100-continue" is answered here, after the size check, so that a client about to
        // send too much gets its 413 before sending anything.
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            request.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] rejected = {false};
        request.handler(chunk -> {
            if (rejected[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBodySize) {
                rejected[0] = true;
                tooLarge(exchange);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(error -> exchange.abandon());
        request.endHandler(end -> {
            request.exceptionHandler(null);
            if (!rejected[0]) {
                exchange.body(body.length() == 0 ? null : body);
                dispatch(exchange, route);
            }
        });
    }

    private static void tooLarge(HttpExchange exchange) {
        exchange.answerHost(413, ErrorBodies.tooLarge(), Map.of());
    }

    private static void dispatch(HttpExchange exchange, Route route) {
        try {
            route.endpoint().handle(exchange);
        } catch (Throwable e) {
            exchange.fail(e);
        }
    }
}
