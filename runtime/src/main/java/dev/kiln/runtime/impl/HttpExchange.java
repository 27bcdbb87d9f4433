package dev.kiln.runtime.impl;

import dev.kiln.BackgroundTasks;
import dev.kiln.Request;
import dev.kiln.ResponseHeaders;
import dev.kiln.Rooms;
import dev.kiln.Upload;
import dev.kiln.WebSocket;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.WebSocketMessages;
import dev.kiln.runtime.WorkerPool;
import dev.kiln.runtime.bind.ValidationErrors;
import io.vertx.core.AsyncResult;
import io.vertx.core.Completable;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The host's {@link Exchange}: one per request, created on the request's event loop. It holds the
 * request's state and its life (answered once, then completed: after-response actions run and the
 * in-flight count ends); the jobs are done elsewhere, by static code that takes the exchange, so a
 * request costs this one object:
 *
 * <ul>
 *   <li>raw values: {@link RequestView} (query, cookies; made on first use), the Vert.x request;
 *   <li>running user code: {@link UserCode};
 *   <li>writing answers: {@link Answers}, through which every answer goes (exactly one per request);
 *   <li>mapping failures: the host's {@link Failures}.
 * </ul>
 */
final class HttpExchange implements Exchange, Completable<Void> {
    static final System.Logger LOG = Logs.get("dev.kiln");

    final RunningHost host;
    final HttpServerRequest http;
    /** The matched route, or {@code null} when none matched (404, 405, a refusal). */
    final Route route;

    final Context context;
    private final String[] pathParams;
    private Buffer body;
    private FormData form = FormData.NONE;
    private RequestView request;
    /** What the operation set through its {@code ResponseHeaders}, or {@code null}. */
    UserResponseHeaders userHeaders;
    /** What the operation added to its {@code BackgroundTasks}, or {@code null}. */
    private QueuedBackgroundTasks backgroundTasks;
    /** Whether the answer being written is the operation's own (background tasks run only after that one). */
    private boolean succeeded;
    /** What a trusted proxy said about the request ({@code App.forwardedHeaders}), or {@code null}. */
    ProxyHeaders.Forwarded forwarded;

    private boolean answered;
    private boolean completed;
    private boolean abandoned;
    /**
     * Whether the operation's outcome is awaited ({@link #reply} got a result not complete yet): the request
     * cannot end before it, since a worker may still use its request-scoped values.
     */
    private boolean awaitingOutcome;
    /** The request ended (abandoned, or answered otherwise) while its outcome was awaited: it ends after it. */
    private boolean endAfterOutcome;
    /** Set when the answer says {@code Connection: close} (during a shutdown): the connection closes after it. */
    boolean closeWhenWritten;
    /** The streamed answer under way, or {@code null}: it decides what a broken connection ends. */
    StreamAnswer stream;
    /** The accepted socket of a WebSocket route, or {@code null}: it takes the answers from then on. */
    WebSocketSession socket;
    /** When the request arrived, read only when metrics or the access log are on. */
    private final long startNanos;

    private List<Runnable> afterResponse;
    /**
     * The steps that settle request-scoped values before the answer ({@link #beforeAnswer}), newest first;
     * {@link SettleStep#SETTLED} once the outcome was settled (steps registered later run at once, as on a
     * failure). Changed only through {@link #STEPS}: a worker-thread provider registers its step on its own
     * thread, and the answer (on the event loop) must see every step registered before the operation
     * returned. Settling takes them with one atomic exchange, where a monitor took two per answer.
     */
    private volatile SettleStep settleSteps;

    private static final VarHandle STEPS;

    static {
        try {
            STEPS = MethodHandles.lookup().findVarHandle(HttpExchange.class, "settleSteps", SettleStep.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A step of {@link #settleSteps} and the steps registered before it. */
    private record SettleStep(Function<Throwable, Future<Void>> step, SettleStep earlier) {
        /** The mark of a settled outcome (never run). */
        static final SettleStep SETTLED = new SettleStep(null, null);
    }

    private String requestId;

    HttpExchange(RunningHost host, HttpServerRequest http, Route route, String[] pathParams) {
        this.host = host;
        this.http = http;
        this.route = route;
        this.pathParams = pathParams;
        this.context = Vertx.currentContext();
        RequestObserver observer = host.observer();
        if (observer != null) {
            startNanos = System.nanoTime();
            observer.started();
        } else {
            startNanos = 0;
        }
    }

    void body(Buffer body) {
        this.body = body;
    }

    void form(FormData form) {
        this.form = form;
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
    public boolean hasForm() {
        return form.present();
    }

    @Override
    public String formField(String name) {
        return form.field(name);
    }

    @Override
    public List<String> formFields(String name) {
        return form.fields(name);
    }

    @Override
    public Upload upload(String name) {
        return form.upload(name);
    }

    @Override
    public List<Upload> uploads(String name) {
        return form.uploads(name);
    }

    /** The form's fields, for a {@code RequestValidationException}'s body. */
    Map<String, Object> formForErrors() {
        return form.lastValues();
    }

    @Override
    public Request request() {
        return view();
    }

    private RequestView view() {
        if (request == null) {
            request = new RequestView(http, forwarded);
        }
        return request;
    }

    @Override
    public ResponseHeaders responseHeaders() {
        if (userHeaders == null) {
            userHeaders = new UserResponseHeaders();
        }
        return userHeaders;
    }

    @Override
    public WebSocket webSocket(WebSocketMessages messages) {
        if (socket == null) {
            throw new IllegalStateException("not a WebSocket route");
        }
        return socket.open(messages);
    }

    @Override
    public Rooms rooms() {
        return host.webSockets();
    }

    @Override
    public BackgroundTasks backgroundTasks() {
        if (backgroundTasks == null) {
            backgroundTasks = new QueuedBackgroundTasks(this);
        }
        return backgroundTasks;
    }

    // ------------------------------------------------------------------ running user code

    @Override
    public <T> Future<T> call(Callable<T> work) {
        return UserCode.call(work);
    }

    @Override
    public <T> Future<T> async(Callable<? extends Future<T>> work) {
        return UserCode.async(this, work);
    }

    @Override
    public <T> Future<T> onWorker(WorkerPool pool, Callable<T> work) {
        return UserCode.onWorker(this, (VertxWorkerPool) pool, work);
    }

    @Override
    public <T> Future<T> release(WorkerPool pool, Callable<T> step) {
        return UserCode.release(this, (VertxWorkerPool) pool, step);
    }

    @Override
    public void afterResponse(Runnable action) {
        Objects.requireNonNull(action, "action");
        onContext(() -> {
            if (completed) {
                runAfterResponse(List.of(action));
                return;
            }
            if (afterResponse == null) {
                afterResponse = new ArrayList<>(2);
            }
            afterResponse.add(action);
        });
    }

    @Override
    public void beforeAnswer(Function<Throwable, Future<Void>> step) {
        Objects.requireNonNull(step, "step");
        // Registered at once, on the caller's thread: through the context it could arrive after the answer.
        SettleStep registered;
        do {
            registered = settleSteps;
            if (registered == SettleStep.SETTLED) {
                break;
            }
        } while (!STEPS.compareAndSet(this, registered, new SettleStep(step, registered)));
        if (registered != SettleStep.SETTLED) {
            return;
        }
        onContext(() -> {
            // a late step settles as a failure; it logs its own (RequestScope.settle)
            Future<Void> unused = step.apply(new Stackless("the request was answered before this value was made"));
        });
    }

    // ------------------------------------------------------------------ answering

    @Override
    public void reply(Responder responder, Future<?> result) {
        if (socket != null) {
            result.onComplete(done -> onContext(() -> settle(
                    done.failed() ? done.cause() : null,
                    failure -> socket.started(failure == null ? done : Future.failedFuture(failure)))));
            return;
        }
        if (result.isComplete() && onOwnContext()) {
            // The common event-loop case (a value returned, a future already done): answer now,
            // without a listener and a hop through the context.
            replyNow(responder, result);
            return;
        }
        awaitingOutcome = true;
        result.onComplete(done -> onContext(() -> outcome(responder, done)));
    }

    /**
     * The operation's outcome, after the request waited for it: answered as usual, unless the request
     * already ended without it (the client went away, or its body broke, mid-request); then its values are
     * settled with the outcome and the request ends, its cleanups last, as FastAPI's after a disconnect.
     */
    private void outcome(Responder responder, AsyncResult<?> done) {
        awaitingOutcome = false;
        if (endAfterOutcome) {
            settle(done.failed() ? done.cause() : null, failure -> end());
        } else {
            replyNow(responder, done);
        }
    }

    private void replyNow(Responder responder, AsyncResult<?> done) {
        Throwable failure = done.failed() ? done.cause() : null;
        SettleStep steps = takeSettleSteps();
        if (steps == null) {
            // the common case, nothing to settle: answered without a continuation
            answer(responder, done, failure);
        } else {
            settleFrom(steps, failure, settled -> answer(responder, done, settled));
        }
    }

    private void answer(Responder responder, AsyncResult<?> done, Throwable failure) {
        if (failure == null) {
            write(responder, done.result());
        } else {
            fail(failure);
        }
    }

    private void write(Responder responder, Object result) {
        try {
            succeeded = true;
            Answers.write(this, responder, result);
        } catch (Throwable e) {
            succeeded = false;
            fail(e);
        }
    }

    /** A handler for {@code RequestValidationException} answers them, else 422 (see {@link Failures#reject}). */
    @Override
    public void reject(ValidationErrors errors) {
        onContext(() -> settle(new Stackless("the request failed validation"), failure -> {
            if (socket != null) {
                socket.reject(errors);
            } else {
                host.failures().reject(this, errors);
            }
        }));
    }

    @Override
    public void fail(Throwable error) {
        onContext(() -> settle(error, failure -> {
            if (socket != null) {
                socket.fail(unwrap(failure));
            } else {
                host.failures().fail(this, unwrap(failure));
            }
        }));
    }

    /**
     * Settles the request-scoped values with the outcome ({@code null}: success), once, then goes on
     * with the outcome the steps leave: a success becomes the failure of a step that failed.
     */
    private void settle(Throwable failure, Consumer<Throwable> then) {
        settleFrom(takeSettleSteps(), failure, then);
    }

    /** The steps to settle, newest first, or {@code null}; from now on a step registered runs at once. */
    private SettleStep takeSettleSteps() {
        if (settleSteps == SettleStep.SETTLED) {
            return null; // settled before (a failure while answering): nothing was registered since
        }
        SettleStep steps = (SettleStep) STEPS.getAndSet(this, SettleStep.SETTLED);
        return steps == SettleStep.SETTLED ? null : steps;
    }

    /** Runs {@code steps}, newest first, each after the one before it finished, then {@code then}. */
    private void settleFrom(SettleStep steps, Throwable failure, Consumer<Throwable> then) {
        if (steps == null) {
            then.accept(failure);
            return;
        }
        Future<Void> step;
        try {
            step = steps.step().apply(failure);
        } catch (Throwable e) {
            step = Future.failedFuture(e);
        }
        step.onComplete(done -> onContext(() -> {
            Throwable outcome = failure;
            if (done.failed()) {
                if (failure == null) {
                    outcome = done.cause();
                } else {
                    log(Level.ERROR, "Settling a request-scoped value of " + describe() + " failed", done.cause());
                }
            }
            settleFrom(steps.earlier(), outcome, then);
        }));
    }

    /** Answers with a prepared body (the docs pages and assets). */
    void sendPrepared(CharSequence contentType, Buffer bytes) {
        Answers.send(this, 200, contentType, bytes, null, null);
    }

    // ------------------------------------------------------------------ the exchange's life

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

    /** The request for log lines: {@code GET /items/1 (Items.read) [request <id>]}. */
    String describe() {
        return http.method().name() + " " + http.path() + (route == null ? "" : " (" + route.javaMethod() + ")")
                + " [request " + requestId() + "]";
    }

    /** Logs a line about this request: with SLF4J, its id is in the MDC for that line. */
    void log(Level level, String message, Throwable error) {
        Logs.about(LOG, level, requestId(), message, error);
    }

    /** Whether an answer was started (or the request abandoned). */
    boolean answered() {
        return answered;
    }

    /** Whether the answer was written (or abandoned): work started now is cleanup, not towards an answer. */
    boolean completed() {
        return completed;
    }

    /** Marks the exchange answered; {@code false} (and a log line) if it already was. */
    boolean begin() {
        if (answered) {
            log(Level.WARNING, "A second answer to " + describe() + " was dropped", null);
            return false;
        }
        answered = true;
        return true;
    }

    /**
     * Completes the exchange once the answer was written (or writing it failed); after the operation's own
     * answer was written, its background tasks start first. When something waits for the write, the
     * exchange is its listener itself ({@link #complete(Void, Throwable)}): nothing is allocated for it.
     */
    void finish(Future<Void> written) {
        if (afterResponse == null && backgroundTasks == null && host.observer() == null && !closeWhenWritten) {
            // Nothing waits for the bytes to be on the wire, so the request ends now, without a listener
            // (and the dispatch Vert.x makes to call one). A shutdown loses nothing by it: Vert.x flushes
            // what a connection was given before it closes the connection.
            end();
        } else {
            written.onComplete(this);
        }
    }

    /** The answer {@link #finish} waited for was written ({@code failure} is {@code null}) or could not be. */
    @Override
    public void complete(Void ignored, Throwable failure) {
        if (!onOwnContext()) {
            context.runOnContext(v -> complete(ignored, failure));
            return;
        }
        if (failure == null && succeeded && backgroundTasks != null) {
            backgroundTasks.start();
        }
        end();
        if (closeWhenWritten) {
            // Vert.x keeps a connection open whatever Connection header the answer carries.
            http.connection().close();
        }
    }

    /** Ends the in-flight count of a request that will never be answered (its connection failed). */
    void abandon() {
        if (stream != null) {
            // A stream waiting for its first item: its producer is stopped first, then it abandons.
            stream.clientGone();
            return;
        }
        if (!answered) {
            answered = true;
            abandoned = true;
            end();
        }
    }

    /**
     * Runs the after-response actions, newest first, then ends the request's in-flight count; while the
     * operation's outcome is awaited, once it has one ({@link #outcome}).
     */
    void end() {
        if (awaitingOutcome) {
            endAfterOutcome = true;
            return;
        }
        completed = true;
        if (afterResponse != null) {
            runAfterResponse(afterResponse);
            afterResponse = null;
        }
        RequestObserver observer = host.observer();
        if (observer != null) {
            observe(observer);
        }
        host.inFlight().end();
    }

    /** Tells the metrics and the access log how the request ended; 499 for one abandoned before an answer. */
    private void observe(RequestObserver observer) {
        try {
            var response = http.response();
            observer.completed(
                    this,
                    abandoned ? 499 : response.getStatusCode(),
                    abandoned ? 0 : response.bytesWritten(),
                    System.nanoTime() - startNanos);
        } catch (RuntimeException e) {
            log(Level.WARNING, "Measuring or logging " + describe() + " failed", e);
        }
    }

    private void runAfterResponse(List<Runnable> actions) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            try {
                actions.get(i).run();
            } catch (Throwable e) {
                log(Level.ERROR, "An after-response action of " + describe() + " failed", e);
            }
        }
    }

    void onContext(Runnable action) {
        if (onOwnContext()) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    private boolean onOwnContext() {
        return Context.isOnEventLoopThread() && Vertx.currentContext() == context;
    }

    /**
     * The outcome a settle step sees when there is no exception of its own: validation failed, or the
     * step was registered after the request was answered. Made when needed (both are rare), without a
     * stack trace.
     */
    private static final class Stackless extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stackless(String message) {
            super(message, null, false, false);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
