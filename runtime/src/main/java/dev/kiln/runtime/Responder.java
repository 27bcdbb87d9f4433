package dev.kiln.runtime;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.util.Objects;

/**
 * How one operation turns its result into a response, built once per operation by generated code:
 * the status, the media type, and the Jackson writer for the body type.
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
        RESPONSE
    }

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final ObjectWriter writer;
    private final CharSequence contentTypeHeader;

    private Responder(Kind kind, int status, String contentType, ObjectWriter writer) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.writer = writer;
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
    public static Responder json(int status, ObjectWriter writer) {
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
    public static Responder response(int status, String contentType, ObjectWriter writer) {
        return new Responder(Kind.RESPONSE, status, contentType, Objects.requireNonNull(writer, "writer"));
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
    public ObjectWriter writer() {
        return writer;
    }
}
