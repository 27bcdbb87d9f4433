package dev.kiln.runtime.impl;

import dev.kiln.HttpException;
import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import dev.kiln.runtime.ExceptionHandlerDef;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.WorkerPool;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.MimeMapping;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The host's {@link Exchange}: one per request, created on the request's event loop. Every answer
 * goes through {@link #send}, which makes sure there is exactly one and ends the request's in-flight
 * count once the response is written.
 */
final class HttpExchange implements Exchange {
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence OCTET_STREAM = HttpHeaders.createOptimized("application/octet-stream");
    private static final System.Logger LOG = System.getLogger("dev.kiln");

    private final RunningHost host;
    private final HttpServerRequest http;
    private final Route route;
    private final String[] pathParams;
    private final Context context;
    private Buffer body;
    private RequestView request;
    private UserResponseHeaders responseHeaders;
    private boolean answered;
    private List<Runnable> afterResponse;
    private boolean completed;
    private String requestId;

    HttpExchange(RunningHost host, HttpServerRequest http, Route route, String[] pathParams) {
        this.host = host;
        this.http = http;
        this.route = route;
        this.pathParams = pathParams;
        this.context = Vertx.currentContext();
    }

    void body(Buffer body) {
        this.body = body;
    }

    /** The id logged with this request's errors and sent back in {@code X-Request-Id}. */
    /**
     * This request's id: the client's {@code X-Request-Id} when it is safe to echo, else a new one; made
     * on first use, which is an error answer (or a log line about this request).
     */
    String requestId() {
        if (requestId == null) {
            requestId = RequestIds.of(http.getHeader(RequestIds.HEADER));
        }
        return requestId;
    }

    /** Whether an answer was started (or the request abandoned). */
    boolean answered() {
        return answered;
    }

    // ------------------------------------------------------------------ raw values

    @Override
    public ValidationErrors validationErrors() {
        return new ValidationErrors(host.settings().forbidExtraFields());
    }

    @Override
    public HttpServerRequest http() {
        return http;
    }

    @Override
    public Vertx vertx() {
        return host.vertx();
    }

    @Override
    public String pathParam(int index) {
        return pathParams[index];
    }

    @Override
    public String query(String name) {
        return view().query(name);
    }

    @Override
    public List<String> queryAll(String name) {
        return view().queryAll(name);
    }

    @Override
    public String header(String name) {
        return http.getHeader(name);
    }

    @Override
    public List<String> headerAll(String name) {
        return http.headers().getAll(name);
    }

    @Override
    public String cookie(String name) {
        return view().cookie(name);
    }

    @Override
    public Buffer body() {
        return body;
    }

    @Override
    public Request request() {
        return view();
    }

    private RequestView view() {
        if (request == null) {
            request = new RequestView(http);
        }
        return request;
    }

    @Override
    public ResponseHeaders responseHeaders() {
        if (responseHeaders == null) {
            responseHeaders = new UserResponseHeaders();
        }
        return responseHeaders;
    }

    // ------------------------------------------------------------------ running user code

    @Override
    public <T> Future<T> call(Callable<T> work) {
        try {
            return Future.succeededFuture(work.call());
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <T> Future<T> async(Callable<? extends Future<T>> work) {
        try {
            Future<T> result = work.call();
            return result != null
                    ? result
                    : Future.failedFuture(new NullPointerException(route.javaMethod() + " returned a null Future"));
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public <T> Future<T> onWorker(WorkerPool pool, Callable<T> work) {
        VertxWorkerPool workers = (VertxWorkerPool) pool;
        // Work after the answer (a cleanup) always runs; work towards an answer waits only if the
        // pool's queue has room, else the request is answered 503 at once.
        if (completed) {
            workers.admit();
        } else if (!workers.tryAdmit()) {
            return Future.failedFuture(WorkerSaturation.refuse(workers));
        }
        // Counted on its own: work that outlives the answer (a cleanup step) must finish before shutdown too.
        host.inFlight().begin();
        // Unordered: requests of one connection must not wait for each other's blocking work.
        Future<T> result = workers.executor() == null
                ? context.executeBlocking(work, false)
                : workers.executor().executeBlocking(work, false);
        return result.andThen(done -> {
            workers.release();
            host.inFlight().end();
        });
    }

    @Override
    public void afterResponse(Runnable action) {
        java.util.Objects.requireNonNull(action, "action");
        onContext(() -> {
            if (completed) {
                runAfterResponse(List.of(action));
                return;
            }
            if (afterResponse == null) {
                afterResponse = new java.util.ArrayList<>(2);
            }
            afterResponse.add(action);
        });
    }

    // ------------------------------------------------------------------ answering

    @Override
    public void reply(Responder responder, Future<?> result) {
        if (result.isComplete() && onOwnContext()) {
            // The common event-loop case (a value returned, a future already done): answer now,
            // without a listener and a hop through the context.
            replyNow(responder, result);
            return;
        }
        result.onComplete(done -> onContext(() -> replyNow(responder, done)));
    }

    private void replyNow(Responder responder, AsyncResult<?> done) {
        if (done.failed()) {
            fail(done.cause());
            return;
        }
        try {
            write(responder, done.result());
        } catch (Throwable e) {
            fail(e);
        }
    }

    private void write(Responder responder, Object value) throws Exception {
        UserResponseHeaders user = responseHeaders;
        int status = user == null ? responder.status() : user.statusOr(responder.status());
        switch (responder.kind()) {
            case JSON -> send(status, JSON, Buffer.buffer(responder.writer().writeValueAsBytes(value)), user);
            case TEXT ->
                send(
                        status,
                        responder.contentTypeHeader(),
                        value == null ? Buffer.buffer() : responder.textBytes(value.toString()),
                        user);
            case EMPTY -> send(status, null, null, user);
            case RESPONSE -> writeResponse(responder, (Response<?>) value, user);
        }
    }

    private void writeResponse(Responder responder, Response<?> response, UserResponseHeaders user) throws Exception {
        if (response == null) {
            throw new NullPointerException(route.javaMethod() + " returned a null Response");
        }
        if (response.file() != null) {
            sendFile(response, user);
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
                bytes = Buffer.buffer(responder.writer().writeValueAsBytes(value));
            }
        }
        send(response.status(), type, bytes, user, response);
    }

    private void sendFile(Response<?> response, UserResponseHeaders user) {
        Path file = response.file();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalStateException("Response.file: no readable file at " + file);
        }
        if (!begin()) {
            return;
        }
        HttpServerResponse out = start(response.status());
        String type = MimeMapping.mimeTypeForFilename(file.getFileName().toString());
        out.putHeader(
                HttpHeaders.CONTENT_TYPE,
                type == null ? OCTET_STREAM : type.startsWith("text/") ? type + "; charset=utf-8" : type);
        headers(out, user, response);
        Future<Void> written;
        if (http.method() == HttpMethod.HEAD) {
            try {
                out.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(Files.size(file)));
            } catch (java.io.IOException e) {
                // The size is a courtesy for HEAD; the file was readable a moment ago.
            }
            written = out.end();
        } else {
            written = out.sendFile(file.toString());
        }
        finish(written);
    }

    @Override
    public void reject(ValidationErrors errors) {
        onContext(() -> send(422, JSON, ErrorBodies.validation(errors), null));
    }

    @Override
    public void fail(Throwable error) {
        onContext(() -> failOnContext(unwrap(error)));
    }

    private void failOnContext(Throwable error) {
        if (answered) {
            LOG.log(
                    Level.ERROR,
                    "Failure after the response to " + describe() + " was started; no second response",
                    error);
            if (!http.response().ended()) {
                http.connection().close();
            }
            return;
        }
        if (error instanceof HttpException e) {
            answerHttpException(e);
            return;
        }
        ExceptionHandlerDef<?> handler = host.handlerFor(error.getClass());
        if (handler != null) {
            Future<Response<?>> answer;
            try {
                answer = invoke(handler, error);
            } catch (Throwable e) {
                answer = Future.failedFuture(e);
            }
            answer.onComplete(done -> onContext(() -> {
                if (done.failed() || done.result() == null) {
                    Throwable cause = done.failed()
                            ? done.cause()
                            : new NullPointerException(handler.javaMethod() + " returned no Response");
                    internalError("The exception handler " + handler.javaMethod() + " failed for " + describe(), cause);
                    return;
                }
                try {
                    writeResponse(
                            Responder.response(
                                    200, "application/json", Json.mapper().writer()),
                            done.result(),
                            null);
                } catch (Throwable e) {
                    internalError("Writing the answer of " + handler.javaMethod() + " failed for " + describe(), e);
                }
            }));
            return;
        }
        internalError("Unhandled error in " + describe(), error);
    }

    @SuppressWarnings("unchecked")
    private <E extends Throwable> Future<Response<?>> invoke(ExceptionHandlerDef<E> handler, Throwable error) {
        Future<Response<?>> answer = handler.handler().apply((E) error, request());
        return answer == null
                ? Future.failedFuture(new NullPointerException(handler.javaMethod() + " returned null"))
                : answer;
    }

    private void answerHttpException(HttpException e) {
        Object detail = e.detail() == null ? ErrorBodies.reason(e.status()) : e.detail();
        Buffer bytes;
        try {
            bytes = ErrorBodies.detail(detail);
        } catch (IllegalArgumentException notJson) {
            internalError("The HttpException detail of " + describe() + " is not JSON-serialisable", notJson);
            return;
        }
        boolean noBody = e.status() == 204 || e.status() == 304 || e.status() < 200;
        if (!begin()) {
            return;
        }
        HttpServerResponse out = start(e.status());
        e.headers().forEach(out::putHeader);
        if (noBody) {
            finish(out.end());
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
            end(out, bytes);
        }
    }

    private void internalError(String message, Throwable error) {
        LOG.log(Level.ERROR, message, error);
        send(500, JSON, ErrorBodies.internal(), null);
    }

    private String describe() {
        return http.method().name() + " " + http.path() + (route == null ? "" : " (" + route.javaMethod() + ")")
                + " [request " + requestId() + "]";
    }

    /**
     * Answers outside any route and closes the connection once the answer is written: for requests
     * after which the connection cannot be trusted or should not be kept (malformed framing, a body
     * refused before it was read, a body too slow, a shutdown). What is left of the request is read
     * and dropped for at most {@code lingerMillis}, then the connection closes.
     */
    void answerAndClose(int status, Buffer body, Map<CharSequence, CharSequence> headers, long lingerMillis) {
        if (!begin()) {
            if (!http.response().ended()) {
                http.connection().close();
            }
            return;
        }
        HttpServerResponse out = start(status);
        headers.forEach(out::putHeader);
        out.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        Future<Void> written;
        if (body == null) {
            written = out.end();
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
            written = http.method() == HttpMethod.HEAD ? out.end() : out.end(body);
        }
        written.onComplete(done -> onContext(() -> {
            complete();
            if (lingerMillis <= 0 || http.isEnded() || done.failed()) {
                http.connection().close();
                return;
            }
            // The rest of the request is read and dropped for a moment, so the answer is not lost to a reset.
            long timer = host.vertx()
                    .setTimer(lingerMillis, fired -> http.connection().close());
            http.endHandler(ended -> {
                host.vertx().cancelTimer(timer);
                http.connection().close();
            });
        }));
    }

    /** Answers 404, 405 (with {@code Allow}), 413 or a redirect, outside any route. */
    void answerHost(int status, Buffer body, Map<CharSequence, CharSequence> headers) {
        if (!begin()) {
            return;
        }
        HttpServerResponse out = start(status);
        headers.forEach(out::putHeader);
        if (body == null) {
            finish(out.end());
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
            end(out, body);
        }
    }

    /**
     * Starts the one answer to this request. An error answer carries the request's id, which its log
     * lines name too; a success does not pay for one. Every answer goes through here, so this is also
     * where an answer during shutdown gets {@code Connection: close}.
     */
    private HttpServerResponse start(int status) {
        HttpServerResponse out = http.response().setStatusCode(status);
        if (status >= 400) {
            out.putHeader(RequestIds.HEADER, requestId());
        }
        if (host.shuttingDown()) {
            // An answer started while the app shuts down tells the client not to send more on this connection.
            out.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        return out;
    }

    /** Answers with a prepared body (the docs pages and assets). */
    void sendPrepared(CharSequence contentType, Buffer bytes) {
        send(200, contentType, bytes, null);
    }

    private void send(int status, CharSequence contentType, Buffer bytes, UserResponseHeaders user) {
        send(status, contentType, bytes, user, null);
    }

    private void send(
            int status, CharSequence contentType, Buffer bytes, UserResponseHeaders user, Response<?> response) {
        if (!begin()) {
            return;
        }
        HttpServerResponse out = start(status);
        if (contentType != null) {
            out.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers(out, user, response);
        if (bytes == null) {
            finish(out.end());
        } else {
            end(out, bytes);
        }
    }

    /** The user's {@link ResponseHeaders} first, then the {@link Response}'s own headers and cookies. */
    private static void headers(HttpServerResponse out, UserResponseHeaders user, Response<?> response) {
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

    /** A HEAD answer has the headers of the GET answer, without its body. */
    private void end(HttpServerResponse out, Buffer bytes) {
        if (http.method() == HttpMethod.HEAD) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(bytes.length()));
            finish(out.end());
        } else {
            finish(out.end(bytes));
        }
    }

    /** Marks the exchange answered; {@code false} (and a log line) if it already was. */
    private boolean begin() {
        if (answered) {
            LOG.log(Level.WARNING, "A second answer to " + describe() + " was dropped");
            return false;
        }
        answered = true;
        return true;
    }

    private void finish(Future<Void> written) {
        written.onComplete(done -> onContext(this::complete));
    }

    /** Ends the in-flight count of a request that will never be answered (its connection failed). */
    void abandon() {
        if (!answered) {
            answered = true;
            complete();
        }
    }

    /** Runs the after-response actions, newest first, then ends the request's in-flight count. */
    private void complete() {
        completed = true;
        if (afterResponse != null) {
            runAfterResponse(afterResponse);
            afterResponse = null;
        }
        host.inFlight().end();
    }

    private void runAfterResponse(List<Runnable> actions) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            try {
                actions.get(i).run();
            } catch (Throwable e) {
                LOG.log(Level.ERROR, "An after-response action of " + describe() + " failed", e);
            }
        }
    }

    private void onContext(Runnable action) {
        if (onOwnContext()) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    private boolean onOwnContext() {
        return Context.isOnEventLoopThread() && Vertx.currentContext() == context;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
