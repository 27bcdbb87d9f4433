package dev.kiln.runtime;

import dev.kiln.BackgroundTasks;
import dev.kiln.Request;
import dev.kiln.ResponseHeaders;
import dev.kiln.Rooms;
import dev.kiln.Upload;
import dev.kiln.WebSocket;
import dev.kiln.runtime.bind.ValidationErrors;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One request as generated code sees it: raw values to bind, the ways to run user code, and the
 * ways to answer. Implemented by the host; not a user API. Called on the event loop unless a method
 * says otherwise; every exchange is answered exactly once.
 */
public interface Exchange {
    /** The Vert.x request. */
    HttpServerRequest http();

    Vertx vertx();

    /** The decoded value of the {@code index}-th {@code {var}} of the matched template (0-based). */
    String pathParam(int index);

    /**
     * The last value of a query parameter ({@code ?q=a&q=b} gives {@code b}, as Starlette's
     * {@code QueryParams.get} and so FastAPI's scalar query parameters), or {@code null}.
     */
    String query(String name);

    /** Every value of a query parameter, in order; empty when absent. */
    List<String> queryAll(String name);

    /** The first value of a header (case-insensitive), or {@code null}. */
    String header(String name);

    /** Every value of a header, in order; empty when absent. */
    List<String> headerAll(String name);

    /** A cookie's value, or {@code null}. */
    String cookie(String name);

    /**
     * The request body, read before the endpoint was called for a {@link BodyKind#BYTES} route;
     * {@code null} when the request had none (and for other routes).
     */
    Buffer body();

    // ------------------------------------------------------------------ forms (BodyKind.FORM routes)

    /**
     * Whether the request carried a form: an {@code application/x-www-form-urlencoded} or
     * {@code multipart/form-data} body, read before the endpoint was called. When it did not (JSON, no
     * {@code Content-Type}, ...), the form is empty, as FastAPI sees it: every field and upload is
     * absent, so required ones are {@code missing}. Always {@code false} on routes that are not
     * {@link BodyKind#FORM}.
     */
    boolean hasForm();

    /**
     * A form field as FastAPI reads a {@code Form()} parameter: the last value sent under {@code name}
     * (names are case-sensitive), or {@code null} when none was sent or that value is empty
     * ({@code ""} counts as not sent). Bind it like a query value:
     * {@code Params.required(ex.formField("username"), Binders.STRING, Loc.body("username"), errors)}.
     */
    String formField(String name);

    /**
     * Every value of a form field, in the order sent, empty strings included; empty when absent. For
     * {@code List}/{@code Set} form parameters ({@code Params.list}).
     */
    List<String> formFields(String name);

    /** The last file uploaded under {@code name} in a multipart form, or {@code null}. */
    Upload upload(String name);

    /** Every file uploaded under {@code name}, in the order sent; empty when none. */
    List<Upload> uploads(String name);

    /**
     * Reads a whole upload into memory off the event loop (Vert.x's file system), for
     * {@code @File byte[]} parameters of event-loop operations; the future completes on this
     * request's event loop. (Worker code may call {@link Upload#bytes()} directly.)
     */
    default Future<byte[]> read(Upload upload) {
        return vertx().fileSystem().readFile(upload.path().toString()).map(Buffer::getBytes);
    }

    /**
     * A fresh collector for this request's validation errors, carrying the app's binding rules
     * ({@code App.forbidExtraFields}). Generated code asks for it in operations that read a body.
     */
    default ValidationErrors validationErrors() {
        return new ValidationErrors();
    }

    /**
     * The accepted socket of a {@link BodyKind#WEBSOCKET} route, its JSON messages bound by
     * {@code messages}; generated code asks for it after the handshake's values were bound. Other
     * exchanges have none.
     */
    default WebSocket webSocket(WebSocketMessages messages) {
        throw new IllegalStateException("not a WebSocket route");
    }

    /** The app's WebSocket rooms (any operation may take {@code Rooms}). */
    default Rooms rooms() {
        throw new IllegalStateException("no rooms in this exchange");
    }

    /** The user-facing view of this request. */
    Request request();

    /** The status, headers and cookies the user sets for the response (made on first use). */
    ResponseHeaders responseHeaders();

    /**
     * This request's background tasks (made on first use): run after its successful response was
     * written, one after the other, each on its pool or on this request's event loop; none when the
     * request ends with an error answer. A graceful shutdown waits for them.
     */
    BackgroundTasks backgroundTasks();

    /** Runs {@code work} now, on this thread (the event loop); a throw becomes a failed future. */
    <T> Future<T> call(Callable<T> work);

    /** Runs async {@code work} now, on this thread (the event loop); a throw becomes a failed future. */
    <T> Future<T> async(Callable<? extends Future<T>> work);

    /**
     * Runs {@code work} on a thread of {@code pool}; the future completes on this request's event
     * loop. The host counts it as in flight until it ends, for graceful shutdown.
     */
    <T> Future<T> onWorker(WorkerPool pool, Callable<T> work);

    /**
     * Runs a step that gives back what this request holds, for a provider of {@code pool}: a
     * {@code Resource}'s settle step or a cleanup. It runs on a worker thread of the pool's own release
     * threads ({@code <pool>-release-<n>}), never queued behind the pool's operations (which may be
     * waiting for exactly what the step gives back), and is never refused; the future completes on this
     * request's event loop, and a graceful shutdown waits for it.
     */
    <T> Future<T> release(WorkerPool pool, Callable<T> step);

    /**
     * Registers {@code action} to run on this request's event loop once the response was written, or
     * writing it failed, or the request was abandoned (its connection broke): where request-scoped
     * cleanups ({@code Resource}, {@code AutoCloseable}) go. Actions run in reverse order of
     * registration; a throw is logged and the other actions still run. Work the action starts with
     * {@link #onWorker} is waited for by a graceful shutdown.
     */
    void afterResponse(Runnable action);

    /**
     * Registers {@code step} to run once the request's outcome is known and before its answer is
     * written: where a {@code Resource}'s {@code onSuccess}/{@code onFailure} steps go. The step gets
     * {@code null} when the operation succeeded, else the failure (a validation failure included);
     * steps run newest first, one after the other, and the answer waits for each returned future. A
     * step that fails while the outcome is still a success makes its failure the outcome: the older
     * steps get it, and it is answered. Registered after the outcome was settled (a provider still
     * running when the request failed), the step runs at once with a failure.
     */
    void beforeAnswer(Function<Throwable, Future<Void>> step);

    /** Answers with the result once it completes; a failure goes to {@link #fail}. */
    void reply(Responder responder, Future<?> result);

    /** Answers 422 with every validation error of the request, in FastAPI's shape. */
    void reject(ValidationErrors errors);

    /**
     * Answers with an error: the {@code @ExceptionHandler} of the exception's closest class answers it;
     * an {@link dev.kiln.HttpException} without one (handlers of its supertypes do not count) keeps its
     * status, detail and headers; anything else is logged and answered
     * {@code 500 {"detail":"Internal Server Error"}}.
     */
    void fail(Throwable error);
}
