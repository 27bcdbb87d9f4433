package dev.kiln.runtime;

import dev.kiln.runtime.json.JsonWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.util.Objects;

/**
 * How one operation turns its result into a response, built once per operation by generated code:
 * the status, the media type, and the JSON writer of the body type.
 */
public final class Responder {
    /** What the operation's result is. */
    public enum Kind {
        /** A value written as JSON with {@link #writer()}. */
        JSON,
        /** A {@code String} sent as is with {@link #contentType()}. */
        TEXT,
        /** Nothing ({@code void}): an empty response. */
        EMPTY,
        /** A {@link dev.kiln.Response}: its body is written as JSON with {@link #writer()} unless it is a file. */
        RESPONSE,
        /**
         * A stream of items ({@code Stream}, {@code Iterator}, {@code ReadStream}, {@code Flow.Publisher}),
         * each written as one line of JSON with {@link #writer()}: {@code application/jsonl}.
         */
        JSON_LINES,
        /**
         * A stream of items sent as server-sent events ({@code text/event-stream}): a plain item as
         * {@code data:} and its JSON, a {@link dev.kiln.ServerSentEvent} with its fields, its data
         * written with {@link #writer()}.
         */
        EVENT_STREAM
    }

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final JsonWriter<Object> writer;
    private final CharSequence contentTypeHeader;
    private final String pullPool;

    private Responder(Kind kind, int status, String contentType, JsonWriter<?> writer) {
        this(kind, status, contentType, writer, null);
    }

    @SuppressWarnings("unchecked") // the writer of the operation's declared body type, given only its values
    private Responder(Kind kind, int status, String contentType, JsonWriter<?> writer, String pullPool) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.writer = (JsonWriter<Object>) writer;
        this.pullPool = pullPool;
        this.contentTypeHeader = contentType == null ? null : HttpHeaders.createOptimized(withCharset(contentType));
    }

    /** Text is sent as UTF-8, so a {@code text/*} type without a charset says so (as Starlette does). */
    private static String withCharset(String contentType) {
        if (contentType.startsWith("text/")
                && !contentType.toLowerCase(java.util.Locale.ROOT).contains("charset")) {
            return contentType + "; charset=utf-8";
        }
        return contentType;
    }

    /** A JSON body written by {@code writer} (one writer per type, built once). */
    public static Responder json(int status, JsonWriter<?> writer) {
        return new Responder(Kind.JSON, status, "application/json", Objects.requireNonNull(writer, "writer"));
    }

    /** A {@code String} result sent as is, e.g. {@code text/plain; charset=utf-8}. */
    public static Responder text(int status, String contentType) {
        return new Responder(Kind.TEXT, status, Objects.requireNonNull(contentType, "contentType"), null);
    }

    /** No body: a {@code void} operation (204 unless the operation says otherwise). */
    public static Responder empty(int status) {
        return new Responder(Kind.EMPTY, status, null, null);
    }

    /** A {@code Response<T>} result; {@code writer} writes its body type (the response carries its own status). */
    public static Responder response(int status, String contentType, JsonWriter<?> writer) {
        return new Responder(Kind.RESPONSE, status, contentType, Objects.requireNonNull(writer, "writer"));
    }

    /**
     * A stream answered as JSON Lines ({@code application/jsonl}), each item written by {@code writer}; a
     * {@code Stream} or {@code Iterator} is pulled on the event loop (an operation marked
     * {@code @NonBlocking}); a {@code ReadStream} or {@code Flow.Publisher} delivers its items itself.
     */
    public static Responder jsonLines(int status, JsonWriter<?> writer) {
        return jsonLines(status, writer, null);
    }

    /**
     * A stream answered as JSON Lines whose {@code Stream} or {@code Iterator} is pulled on the worker
     * pool {@code pullPool} (where the operation ran), one item at a time, never faster than the client
     * reads; {@code null} for the event loop.
     */
    public static Responder jsonLines(int status, JsonWriter<?> writer, String pullPool) {
        return new Responder(
                Kind.JSON_LINES, status, "application/jsonl", Objects.requireNonNull(writer, "writer"), pullPool);
    }

    /** A stream answered as server-sent events; see {@link #jsonLines(int, JsonWriter)} for where it is pulled. */
    public static Responder eventStream(int status, JsonWriter<?> writer) {
        return eventStream(status, writer, null);
    }

    /** A stream answered as server-sent events, pulled on {@code pullPool}; see {@link #jsonLines(int, JsonWriter, String)}. */
    public static Responder eventStream(int status, JsonWriter<?> writer, String pullPool) {
        return new Responder(
                Kind.EVENT_STREAM, status, "text/event-stream", Objects.requireNonNull(writer, "writer"), pullPool);
    }

    /** The last text body and its bytes: see {@link #textBytes}. */
    private record EncodedText(String text, Buffer bytes) {}

    private volatile EncodedText lastText;

    /**
     * The UTF-8 bytes of a {@code TEXT} result. An operation that returns the same {@code String}
     * object again (a constant, a cached page) has it encoded once: the bytes of the last text are
     * kept, compared by identity, so a changing text costs one comparison more, never a wrong body.
     */
    public Buffer textBytes(String text) {
        EncodedText last = lastText;
        if (last != null && last.text() == text) {
            return last.bytes();
        }
        Buffer bytes = Buffer.buffer(text);
        lastText = new EncodedText(text, bytes);
        return bytes;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The media type of the body, or {@code null} for none. */
    public String contentType() {
        return contentType;
    }

    /** The {@code Content-Type} value, encoded once for Netty; {@code null} for none. */
    public CharSequence contentTypeHeader() {
        return contentTypeHeader;
    }

    /** The body writer, or {@code null} for text and empty results. */
    public JsonWriter<Object> writer() {
        return writer;
    }

    /**
     * For a stream: the worker pool that pulls a {@code Stream} or {@code Iterator}, or {@code null} for
     * the event loop (and for every other kind).
     */
    public String pullPool() {
        return pullPool;
    }
}
