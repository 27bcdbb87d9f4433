package dev.kiln.runtime.impl;

import dev.kiln.HttpException;
import dev.kiln.Request;
import dev.kiln.RequestValidationException;
import dev.kiln.Response;
import dev.kiln.runtime.ExceptionHandlerDef;
import dev.kiln.runtime.Middlewares;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.JsonWriters;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a failure to its answer, one per host: the {@code @ExceptionHandler} of the closest supertype
 * answers its exception; an {@link HttpException} without one keeps its status, detail and headers;
 * anything else is logged with the request's id and answered
 * {@code 500 {"detail":"Internal Server Error"}}. Also answers the host's own 404 and 405.
 *
 * <p>As in Starlette, where {@code HTTPException} has a handler of its own: an {@code HttpException}
 * (or a subclass) is answered by a handler for its class, a superclass up to {@code HttpException}, or
 * by default; a handler for {@code Exception} or {@code RuntimeException} never sees one. A handler for
 * {@code HttpException} itself also answers the host's 404 (no route has the path) and 405 (routes have
 * the path, none the method; {@code Allow} in the exception's headers), as Starlette's router raises
 * them. Request validation failures go the same way: a handler for {@link RequestValidationException}
 * (and no handler of a supertype) answers every 422, else FastAPI's {@code {"detail": [...]}}.
 *
 * <p>A handler runs where its method runs ({@link ExceptionHandlerDef#dispatch()}): on the event loop, or
 * on a worker, admitted like an operation: with that pool full, the answer is its {@code 503}, as an
 * operation's would be. The refusals that close the connection (framing {@code 400}/{@code 501}, {@code 408},
 * {@code 413}, {@code 415}, the {@code 503} of a shutdown) are answered by the host alone.
 */
final class Failures {
    /** How a handler's {@code Response} is written: JSON with Kiln's mapper, whatever its body type. */
    private static final Responder HANDLER_ANSWER = Responder.response(200, "application/json", JsonWriters.ANY);

    private final Map<Class<?>, ExceptionHandlerDef<?>> handlers = new ConcurrentHashMap<>();
    private final ClassValue<Optional<ExceptionHandlerDef<?>>> handlerCache = new ClassValue<>() {
        @Override
        protected Optional<ExceptionHandlerDef<?>> computeValue(Class<?> type) {
            for (Class<?> t = type; t != null; t = t.getSuperclass()) {
                ExceptionHandlerDef<?> handler = handlers.get(t);
                if (handler != null) {
                    return Optional.of(handler);
                }
                if (t == HttpException.class || t == RequestValidationException.class) {
                    // Their own (default) answers come before handlers of their supertypes, as in FastAPI.
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    };

    /** Registers a generated handler; two for one type fail the start. Called before the server listens. */
    void add(ExceptionHandlerDef<?> handler) {
        ExceptionHandlerDef<?> before = handlers.putIfAbsent(handler.type(), handler);
        if (before != null) {
            throw new IllegalStateException("two @ExceptionHandlers for "
                    + handler.type().getName() + ": " + before.javaMethod() + " and " + handler.javaMethod());
        }
    }

    /** The handler of the closest supertype of {@code type}, or {@code null}. */
    private ExceptionHandlerDef<?> handlerFor(Class<?> type) {
        return handlerCache.get(type).orElse(null);
    }

    /** {@link dev.kiln.runtime.Exchange#fail}, on the exchange's event loop. */
    void fail(HttpExchange ex, Throwable error) {
        if (ex.answered()) {
            ex.log(
                    Level.ERROR,
                    "Failure after the response to " + ex.describe() + " was started; no second response",
                    error);
            if (!ex.http.response().ended()) {
                ex.http.connection().close();
            }
            return;
        }
        if (error instanceof Middlewares.Answered answered) {
            answerMiddleware(ex, answered);
            return;
        }
        ExceptionHandlerDef<?> handler = handlerFor(error.getClass());
        if (handler != null) {
            handle(ex, handler, error);
        } else {
            answerByDefault(ex, error);
        }
    }

    /**
     * {@link dev.kiln.runtime.Exchange#reject}: the request's validation errors, answered by the handler
     * for {@link RequestValidationException} when there is one, else {@code 422 {"detail": [...]}}.
     */
    void reject(HttpExchange ex, ValidationErrors errors) {
        if (errors.unauthenticated() != null) {
            fail(ex, errors.unauthenticated());
            return;
        }
        ExceptionHandlerDef<?> handler = handlerFor(RequestValidationException.class);
        if (handler == null) {
            Answers.sendJson(ex, 422, ErrorBodies.validation(errors), Map.of());
        } else {
            handle(ex, handler, new RequestValidationException(errors.detail(), RequestBodies.asRead(ex)));
        }
    }

    /** A {@code @Middleware} answered: its {@code Response} is the answer (a null one is a 500). */
    private static void answerMiddleware(HttpExchange ex, Middlewares.Answered answered) {
        try {
            Answers.response(ex, HANDLER_ANSWER, answered.response(), ex.userHeaders);
        } catch (Throwable e) {
            internalError(ex, "Writing the answer of a @Middleware failed for " + ex.describe(), e);
        }
    }

    /** A failure no handler answers: an {@code HttpException}'s own answer, a 422, or a logged 500. */
    private static void answerByDefault(HttpExchange ex, Throwable error) {
        if (error instanceof HttpException e) {
            answer(ex, e);
        } else if (error instanceof RequestValidationException e) {
            validation(ex, e);
        } else {
            internalError(ex, "Unhandled error in " + ex.describe(), error);
        }
    }

    /**
     * {@code 404 {"detail":"Not Found"}}: no route has the path. With a handler for
     * {@code HttpException}, it answers {@code new HttpException(404, "Not Found")} instead.
     */
    void notFound(HttpExchange ex) {
        ExceptionHandlerDef<?> handler = handlerFor(HttpException.class);
        if (handler == null) {
            Answers.sendJson(ex, 404, ErrorBodies.notFound(), Map.of());
        } else {
            handle(ex, handler, new HttpException(404, ErrorBodies.reason(404)));
        }
    }

    /**
     * {@code 405 {"detail":"Method Not Allowed"}} with {@code Allow}: routes have the path, none the
     * method. With a handler for {@code HttpException}, it answers the same as an exception.
     */
    void methodNotAllowed(HttpExchange ex, String allowed) {
        ExceptionHandlerDef<?> handler = handlerFor(HttpException.class);
        if (handler == null) {
            Answers.sendJson(ex, 405, ErrorBodies.methodNotAllowed(), Map.of(HttpHeaders.ALLOW, allowed));
        } else {
            handle(ex, handler, new HttpException(405, ErrorBodies.reason(405), Map.of("Allow", allowed)));
        }
    }

    /** An {@link HttpException} as FastAPI answers it: its status, {@code {"detail": ...}} and headers. */
    private static void answer(HttpExchange ex, HttpException e) {
        Object detail = e.detail() == null ? ErrorBodies.reason(e.status()) : e.detail();
        Buffer bytes;
        try {
            bytes = ErrorBodies.detail(detail);
        } catch (IllegalArgumentException notJson) {
            internalError(ex, "The HttpException detail of " + ex.describe() + " is not JSON-serialisable", notJson);
            return;
        }
        boolean noBody = e.status() == 204 || e.status() == 304 || e.status() < 200;
        Answers.sendJson(ex, e.status(), noBody ? null : bytes, e.headers());
    }

    /** A {@link RequestValidationException} an operation threw: {@code 422 {"detail": errors()}}. */
    private static void validation(HttpExchange ex, RequestValidationException e) {
        Buffer bytes;
        try {
            bytes = ErrorBodies.detail(e.errors());
        } catch (IllegalArgumentException notJson) {
            internalError(ex, "The RequestValidationException errors of " + ex.describe() + " are not JSON", notJson);
            return;
        }
        Answers.sendJson(ex, 422, bytes, Map.of());
    }

    /**
     * Runs a user's handler where it runs; its {@code Response} is the answer, its failure a 500. On a
     * worker pool that is full, the answer is that pool's {@code 503} with {@code Retry-After}, at once,
     * as for an operation (an error no handler answers is still logged).
     */
    private static void handle(HttpExchange ex, ExceptionHandlerDef<?> handler, Throwable error) {
        Future<Response<?>> answer;
        // Made here, on the event loop: the request's view is not for sharing between threads as it is made.
        Request request = ex.request();
        if (handler.dispatch().isEventLoop()) {
            answer = invokeNow(handler, error, request);
        } else {
            VertxWorkerPool pool =
                    (VertxWorkerPool) ex.host.workerPool(handler.dispatch().pool());
            if (!pool.tryAdmit()) {
                if (!(error instanceof HttpException) && !(error instanceof RequestValidationException)) {
                    ex.log(Level.ERROR, "Unhandled error in " + ex.describe() + " (its handler's pool is full)", error);
                }
                answer(ex, WorkerSaturation.refuse(pool));
                return;
            }
            answer = UserCode.admitted(ex, pool, () -> invokeNow(handler, error, request))
                    .compose(answered -> answered);
        }
        answer.onComplete(done -> ex.onContext(() -> {
            if (done.failed() || done.result() == null) {
                Throwable cause = done.failed()
                        ? done.cause()
                        : new NullPointerException(handler.javaMethod() + " returned no Response");
                internalError(
                        ex, "The exception handler " + handler.javaMethod() + " failed for " + ex.describe(), cause);
                return;
            }
            try {
                Answers.response(ex, HANDLER_ANSWER, done.result(), null);
            } catch (Throwable e) {
                internalError(ex, "Writing the answer of " + handler.javaMethod() + " failed for " + ex.describe(), e);
            }
        }));
    }

    private static Future<Response<?>> invokeNow(ExceptionHandlerDef<?> handler, Throwable error, Request request) {
        try {
            return invoke(handler, error, request);
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Future<Response<?>> invoke(
            ExceptionHandlerDef<E> handler, Throwable error, Request request) {
        Future<Response<?>> answer = handler.handler().apply((E) error, request);
        return answer == null
                ? Future.failedFuture(new NullPointerException(handler.javaMethod() + " returned null"))
                : answer;
    }

    /** Logs {@code error} with the request's id and answers {@code 500 {"detail":"Internal Server Error"}}. */
    private static void internalError(HttpExchange ex, String message, Throwable error) {
        ex.log(Level.ERROR, message, error);
        Answers.sendJson(ex, 500, ErrorBodies.internal(), Map.of());
    }
}
