package dev.kiln.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What an operation returns and how it is answered.
 *
 * @param declared the declared return type
 * @param async    whether it is a {@code Future} or {@code CompletionStage} of {@link #value()}
 * @param kind     how the value becomes a response
 * @param value    the declared type without {@code Future}/{@code CompletionStage}
 * @param body      the type written as the response body: {@code value}, or {@code T} of {@code Response<T>};
 *                  {@code null} for {@link Kind#EMPTY}
 * @param bodyShape what Jackson writes for {@code body} (its shape, read like a parameter's), or {@code null}
 *                  for {@link Kind#EMPTY} and {@code Response<Void>}
 * @param stream    for {@link Kind#STREAM}: the stream, its items and format; {@code body} is then what each
 *                  item writes as JSON. {@code null} for the other kinds
 */
public record ReturnShape(
        TypeMirror declared,
        Async async,
        Kind kind,
        TypeMirror value,
        TypeMirror body,
        TypeShape bodyShape,
        StreamShape stream) {
    /** A return shape that is not a stream. */
    public ReturnShape(
            TypeMirror declared, Async async, Kind kind, TypeMirror value, TypeMirror body, TypeShape bodyShape) {
        this(declared, async, kind, value, body, bodyShape, null);
    }

    /** Whether the method returns a value now or later. */
    public enum Async {
        NONE,
        FUTURE,
        COMPLETION_STAGE
    }

    /** How the value becomes a response (see {@code dev.kiln.runtime.Responder}). */
    public enum Kind {
        /** Written as JSON. */
        JSON,
        /** A {@code String} sent as is ({@code produces} text/plain or text/html). */
        TEXT,
        /** {@code void} or {@code Void}: no body. */
        EMPTY,
        /** A {@code dev.kiln.Response<T>}. */
        RESPONSE,
        /** A stream of items ({@link StreamShape}): JSON Lines or server-sent events. */
        STREAM
    }
}
