package dev.kiln.runtime.impl;

import dev.kiln.Response;
import dev.kiln.runtime.Responder;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/**
 * Writes the one answer of an exchange: an operation's result (JSON, text, empty, a {@link Response}
 * or a file), an error body, or an answer of the host's own. Every answer starts with
 * {@link HttpExchange#begin} (so there is only one) and {@link #start} (status, request id on errors,
 * {@code Connection: close} during shutdown), and ends with {@link HttpExchange#finish}. A HEAD answer
 * carries the headers and {@code Content-Length} of the GET answer, without its body.
 */
final class Answers {
    static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence TEXT = HttpHeaders.createOptimized("text/plain; charset=utf-8");

    private Answers() {}

    /** An operation's result, as its responder says. */
    static void write(HttpExchange ex, Responder responder, Object value) throws Exception {
        UserResponseHeaders user = ex.userHeaders;
        int status = user == null ? responder.status() : user.statusOr(responder.status());
        switch (responder.kind()) {
            case JSON -> send(ex, status, JSON, Buffer.buffer(responder.writer().toBytes(value)), user, null);
            case TEXT ->
                send(
                        ex,
                        status,
                        responder.contentTypeHeader(),
                        value == null ? Buffer.buffer() : responder.textBytes(value.toString()),
                        user,
                        null);
            case EMPTY -> send(ex, status, null, null, user, null);
            case RESPONSE -> {
                Response<?> response = (Response<?>) value;
                if (response == null) {
                    throw new NullPointerException(ex.route.javaMethod() + " returned a null Response");
                }
                response(ex, responder, response, user);
            }
            case JSON_LINES, EVENT_STREAM -> StreamAnswer.start(ex, responder, status, user, value);
        }
    }

    /**
     * A {@link Response}: its status, its body written by {@code responder}'s writer (a {@code String}
     * as is for a non-JSON media type) or its file, the user's headers, then its own.
     */
    static void response(HttpExchange ex, Responder responder, Response<?> response, UserResponseHeaders user)
            throws Exception {
        if (response.file() != null) {
            FileAnswer.file(ex, response, user);
            return;
        }
        if (response.stream() != null) {
            StreamAnswer.raw(ex, response, mediaType(response.mediaType()), user);
            return;
        }
        if (response.bytes() != null) {
            send(
                    ex,
                    response.status(),
                    mediaType(response.mediaType()),
                    Buffer.buffer(response.bytes()),
                    user,
                    response);
            return;
        }
        Object value = response.body();
        CharSequence type = null;
        Buffer bytes = null;
        if (value != null) {
            boolean json =
                    responder.contentType() == null || responder.contentType().contains("json");
            if (value instanceof String text && !json) {
                type = responder.contentTypeHeader();
                bytes = Buffer.buffer(text);
            } else {
                type = responder.contentType() == null ? JSON : responder.contentTypeHeader();
                bytes = Buffer.buffer(responder.writer().toBytes(value));
            }
        }
        send(ex, response.status(), type, bytes, user, response);
    }

    /** A media type as sent: a {@code text/*} type without a charset says UTF-8, as Starlette's responses do. */
    static String mediaType(String type) {
        return type.regionMatches(true, 0, "text/", 0, 5)
                        && !type.toLowerCase(java.util.Locale.ROOT).contains("charset")
                ? type + "; charset=utf-8"
                : type;
    }

    /**
     * Answers {@code status} with an optional body and its type; {@code user} and {@code response}
     * headers, when given, are added in that order.
     */
    static void send(
            HttpExchange ex,
            int status,
            CharSequence contentType,
            Buffer bytes,
            UserResponseHeaders user,
            Response<?> response) {
        if (!ex.begin()) {
            return;
        }
        HttpServerResponse out = start(ex, status);
        if (contentType != null) {
            out.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers(out, user, response);
        if (bytes == null) {
            ex.finish(out.end());
        } else {
            end(ex, out, bytes);
        }
    }

    /**
     * Answers {@code status} with a JSON body (or none) and extra headers: an {@code HttpException}'s
     * answer, the host's 404, 405 and redirects.
     */
    static void sendJson(
            HttpExchange ex, int status, Buffer body, Map<? extends CharSequence, ? extends CharSequence> headers) {
        sendWith(ex, status, JSON, body, headers);
    }

    /**
     * Answers {@code status} with a {@code text/plain} body and extra headers: the host settings' own
     * answers (a refused host, a CORS preflight), worded as Starlette's middleware words them.
     */
    static void sendText(
            HttpExchange ex, int status, Buffer body, Map<? extends CharSequence, ? extends CharSequence> headers) {
        sendWith(ex, status, TEXT, body, headers);
    }

    private static void sendWith(
            HttpExchange ex,
            int status,
            CharSequence contentType,
            Buffer body,
            Map<? extends CharSequence, ? extends CharSequence> headers) {
        if (!ex.begin()) {
            return;
        }
        HttpServerResponse out = start(ex, status);
        headers.forEach(out::putHeader);
        if (body == null) {
            ex.finish(out.end());
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
            end(ex, out, body);
        }
    }

    /**
     * Answers outside any route and closes the connection once the answer is written: for requests
     * after which the connection cannot be trusted or should not be kept (malformed framing, a body
     * refused before it was read, a body too slow, a shutdown). What is left of the request is read
     * and dropped for at most {@code lingerMillis}, then the connection closes.
     */
    static void answerAndClose(
            HttpExchange ex, int status, Buffer body, Map<CharSequence, CharSequence> headers, long lingerMillis) {
        var http = ex.http;
        if (!ex.begin()) {
            if (!http.response().ended()) {
                http.connection().close();
            }
            return;
        }
        HttpServerResponse out = start(ex, status);
        headers.forEach(out::putHeader);
        out.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        Future<Void> written;
        if (body == null) {
            written = out.end();
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
            written = http.method() == HttpMethod.HEAD ? out.end() : out.end(body);
        }
        written.onComplete(done -> ex.onContext(() -> {
            ex.end();
            if (lingerMillis <= 0 || http.isEnded() || done.failed()) {
                http.connection().close();
                return;
            }
            // The rest of the request is read and dropped for a moment, so the answer is not lost to a reset.
            long timer = ex.host
                    .vertx()
                    .setTimer(lingerMillis, fired -> http.connection().close());
            http.endHandler(ended -> {
                ex.host.vertx().cancelTimer(timer);
                http.connection().close();
            });
        }));
    }

    /**
     * Starts the one answer to this request. An error answer carries the request's id, which its log
     * lines name too; a success does not pay for one, unless the access log is on (its lines name it). Every answer goes through here, so this is also
     * where an answer during shutdown gets {@code Connection: close}.
     */
    static HttpServerResponse start(HttpExchange ex, int status) {
        HttpServerResponse out = ex.http.response();
        if (status != 200) {
            // A response starts as 200; Vert.x's setter takes the connection's lock and looks the status up,
            // about 50 ns of a pipelined plaintext request (JFR), so the usual answer leaves it.
            out.setStatusCode(status);
        }
        if (status >= 400 || ex.host.everyRequestId) {
            out.putHeader(RequestIds.HEADER, ex.requestId());
        }
        if (ex.host.draining()) {
            // An answer started while the app shuts down tells the client not to send more on this
            // connection, and the connection closes once it is written: during the shutdown delay,
            // keep-alive clients reconnect, through their balancer, to an instance that stays.
            out.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            ex.closeWhenWritten = true;
        }
        return out;
    }

    /** The user's {@link dev.kiln.ResponseHeaders} first, then the {@link Response}'s own headers and cookies. */
    static void headers(HttpServerResponse out, UserResponseHeaders user, Response<?> response) {
        if (user != null) {
            user.applyTo(out);
        }
        if (response != null) {
            MultiMap set = MultiMap.caseInsensitiveMultiMap();
            for (Map.Entry<String, String> h : response.headers()) {
                // The Response's header replaces a default of that name, and repeats add up.
                if (!set.contains(h.getKey())) {
                    out.headers().remove(h.getKey());
                }
                set.add(h.getKey(), h.getValue());
                out.headers().add(h.getKey(), h.getValue());
            }
            response.cookies().forEach(out::addCookie);
        }
    }

    /** Ends with {@code bytes}; a HEAD answer has the headers of the GET answer, without its body. */
    static void end(HttpExchange ex, HttpServerResponse out, Buffer bytes) {
        if (ex.http.method() == HttpMethod.HEAD) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(bytes.length()));
            ex.finish(out.end());
        } else {
            ex.finish(out.end(bytes));
        }
    }
}
