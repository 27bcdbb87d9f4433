package dev.kiln.runtime.impl;

import dev.kiln.Response;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.json.JsonWriter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * One streamed answer: the items of a {@code Stream}, {@code Iterator}, {@code ReadStream} or
 * {@code Flow.Publisher} written as they come ({@code Transfer-Encoding: chunked}), as JSON Lines,
 * server-sent events, or the bytes of a {@code Response.stream}. Everything here runs on the request's
 * event loop; {@link StreamSource} brings the items there.
 *
 * <ul>
 *   <li>Back-pressure: after each item the source learns whether the connection's write queue is
 *       full, and is held until it drains: a slow client slows the producer, nothing is buffered
 *       without bound.
 *   <li>The status line: an event stream answers at once (so that {@code EventSource} opens); JSON
 *       Lines and bytes answer with their first item. A source that fails before then is answered like
 *       any failure ({@code HttpException}, an {@code @ExceptionHandler}, 500); one that fails after is
 *       logged with the request id and the connection is reset, without the final chunk: the client
 *       sees a broken response, never a second status line, never half an item.
 *   <li>The end: the source is stopped and closed ({@code Stream.close()}, the subscription cancelled,
 *       the {@code ReadStream} paused and dropped) when it ends, fails, or the client goes away; only then
 *       is the exchange completed, which runs the request-scoped cleanups and ends its in-flight count.
 *   <li>Event streams get a {@code : ping} comment after {@code App.sseKeepAlive} without an event
 *       (15 s, FastAPI's interval), and end cleanly when the app shuts down (the browser reconnects,
 *       with {@code Last-Event-ID}, to an instance that stays); JSON Lines run on within the grace period.
 * </ul>
 */
final class StreamAnswer {
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");
    private static final CharSequence ACCEL_BUFFERING = HttpHeaders.createOptimized("X-Accel-Buffering");
    private static final CharSequence NO = HttpHeaders.createOptimized("no");
    private static final CharSequence JSON_LINES = HttpHeaders.createOptimized("application/jsonl");
    private static final CharSequence EVENT_STREAM = HttpHeaders.createOptimized("text/event-stream; charset=utf-8");

    /** How long a failed stream waits for its written items to reach a client that does not read. */
    private static final long CUT_OFF_WAIT_MILLIS = 1000;

    final HttpExchange ex;
    private final StreamItems items;
    private final JsonWriter<Object> writer;
    private final int status;
    private final CharSequence contentType;
    private final UserResponseHeaders user;
    /** A {@code Response.stream}'s own headers and cookies, or {@code null}. */
    private final Response<?> response;

    private StreamSource source;
    private HttpServerResponse out;
    private boolean begun;
    private boolean done;
    private long keepAliveTimer = -1;
    private long lastWrite;
    /** Completes once the last item written so far reached the socket; {@code null} before the first. */
    private Future<Void> written;

    private StreamAnswer(
            HttpExchange ex,
            StreamItems items,
            JsonWriter<Object> writer,
            int status,
            CharSequence contentType,
            UserResponseHeaders user,
            Response<?> response) {
        this.ex = ex;
        this.items = items;
        this.writer = writer;
        this.status = status;
        this.contentType = contentType;
        this.user = user;
        this.response = response;
    }

    /** An operation's stream, as its responder says (JSON Lines or events); on the exchange's event loop. */
    static void start(HttpExchange ex, Responder responder, int status, UserResponseHeaders user, Object value) {
        boolean events = responder.kind() == Responder.Kind.EVENT_STREAM;
        StreamAnswer answer = new StreamAnswer(
                ex,
                events ? StreamItems.EVENTS : StreamItems.JSON_LINES,
                responder.writer(),
                status,
                events ? EVENT_STREAM : JSON_LINES,
                user,
                null);
        String pool = responder.pullPool();
        answer.run(value, pool == null ? null : (VertxWorkerPool) ex.host.workerPool(pool));
    }

    /** A {@code Response.stream(readStream, mediaType)}. */
    static void raw(HttpExchange ex, Response<?> response, CharSequence contentType, UserResponseHeaders user) {
        new StreamAnswer(ex, StreamItems.RAW, null, response.status(), contentType, user, response)
                .run(response.stream(), null);
    }

    private void run(Object value, VertxWorkerPool pool) {
        try {
            source = StreamSource.of(this, value, pool);
        } catch (RuntimeException e) {
            ex.fail(e);
            return;
        }
        ex.stream = this;
        ex.http.response().closeHandler(v -> ex.onContext(this::clientGone));
        ex.http.response().exceptionHandler(e -> ex.onContext(this::clientGone));
        ex.http
                .response()
                .drainHandler(v -> ex.onContext(() -> {
                    if (!done) {
                        source.drained();
                    }
                }));
        if (items == StreamItems.EVENTS) {
            if (!begin()) {
                return;
            }
            out.writeHead();
            long interval = ex.host.settings().sseKeepAlive().toMillis();
            keepAliveTimer = ex.host.vertx().setTimer(interval, fired -> keepAlive(interval));
            ex.http.connection().shutdownHandler(v -> ex.onContext(this::shutdown));
        }
        try {
            source.start();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** An item's bytes; on any thread (a worker encodes the items it pulls). */
    Buffer encode(Object item) throws IOException {
        return items.encode(item, writer);
    }

    /**
     * Writes one encoded item, then tells the source whether to hold back; the write's future (it
     * completes once the bytes reached the socket), or {@code null} when nothing was written.
     */
    Future<Void> item(Buffer bytes) {
        if (done || !begun && !begin()) {
            return null;
        }
        Future<Void> write = out.write(bytes);
        written = write;
        lastWrite = System.nanoTime();
        source.written(out.writeQueueFull());
        return write;
    }

    /** The source has no more items: the response ends with its final chunk. */
    void end() {
        if (done) {
            return;
        }
        done = true;
        stopKeepAlive();
        if (!begun && !begin()) {
            return;
        }
        Future<Void> written = out.end();
        Future.join(written, source.stop()).onComplete(both -> ex.onContext(this::complete));
    }

    /** The source failed: an error answer if nothing was sent yet, else a broken response. */
    void fail(Throwable error) {
        if (done) {
            ex.log(Level.WARNING, "The stream of " + ex.describe() + " failed after it ended", error);
            return;
        }
        done = true;
        stopKeepAlive();
        if (!begun) {
            source.stop()
                    .onComplete(closed -> ex.onContext(() -> {
                        ex.stream = null;
                        ex.fail(error);
                    }));
            return;
        }
        ex.log(
                Level.ERROR,
                "The stream of " + ex.describe() + " failed after its answer was started; the response was cut off",
                error);
        // Cut the response once the items already written reached the socket: closing in the same turn
        // of the event loop drops writes not yet flushed, so the client would lose whole items it was
        // sent. A client that reads nothing is cut after a second whatever.
        Future<Void> flushed = written == null ? Future.succeededFuture() : written;
        Promise<Void> cut = Promise.promise();
        long deadline = ex.host.vertx().setTimer(CUT_OFF_WAIT_MILLIS, fired -> cut.tryComplete());
        flushed.onComplete(w -> cut.tryComplete());
        Future<Void> reset = cut.future().compose(c -> {
            ex.host.vertx().cancelTimer(deadline);
            return out.reset().otherwiseEmpty();
        });
        Future.join(reset, source.stop()).onComplete(both -> ex.onContext(this::complete));
    }

    /** The connection closed before the stream ended: the producer is stopped, then the exchange completes. */
    void clientGone() {
        if (done) {
            return;
        }
        done = true;
        stopKeepAlive();
        source.stop()
                .onComplete(closed -> ex.onContext(() -> {
                    if (begun) {
                        complete();
                    } else {
                        ex.stream = null;
                        ex.abandon();
                    }
                }));
    }

    /** The app shuts down: an event stream ends cleanly, so its client reconnects elsewhere. */
    private void shutdown() {
        if (done) {
            return;
        }
        done = true;
        stopKeepAlive();
        source.stop().onComplete(closed -> ex.onContext(() -> out.end().onComplete(written -> complete())));
    }

    /** Starts the one answer: status, content type, the user's headers, chunked. */
    private boolean begin() {
        begun = true;
        if (!ex.begin()) {
            done = true;
            source.stop();
            return false;
        }
        out = Answers.start(ex, status);
        out.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (items == StreamItems.EVENTS) {
            // As FastAPI's EventSourceResponse: no caching, and no buffering in nginx.
            out.putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            out.putHeader(ACCEL_BUFFERING, NO);
        }
        Answers.headers(out, user, response);
        if (ex.http.method() == HttpMethod.HEAD) {
            // The headers of the GET answer, without its body.
            done = true;
            stopKeepAlive();
            Future.join(out.end(), source.stop()).onComplete(both -> ex.onContext(this::complete));
            return false;
        }
        out.setChunked(true);
        return true;
    }

    private void keepAlive(long interval) {
        keepAliveTimer = -1;
        if (done) {
            return;
        }
        long idle = (System.nanoTime() - lastWrite) / 1_000_000;
        long next = interval;
        if (idle >= interval) {
            written = out.write(Buffer.buffer(StreamItems.KEEP_ALIVE));
            lastWrite = System.nanoTime();
        } else {
            next = interval - idle;
        }
        keepAliveTimer = ex.host.vertx().setTimer(next, fired -> keepAlive(interval));
    }

    private void stopKeepAlive() {
        if (keepAliveTimer >= 0) {
            ex.host.vertx().cancelTimer(keepAliveTimer);
            keepAliveTimer = -1;
        }
    }

    /** Completes the exchange once: after-response actions (the request's cleanups), in-flight count. */
    private void complete() {
        ex.stream = null;
        if (ex.completed()) {
            return;
        }
        ex.end();
        if (ex.closeWhenWritten) {
            ex.http.connection().close();
        }
    }
}
