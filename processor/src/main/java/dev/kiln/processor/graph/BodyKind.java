package dev.kiln.processor.graph;

import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Source;
import java.util.List;

/**
 * What the host reads of a request before the operation's endpoint runs, decided at compile time from
 * the request values of the operation and its providers (the runtime's {@code dev.kiln.runtime.BodyKind}).
 */
public enum BodyKind {
    /** No body value: whatever is sent is dropped. */
    NONE,
    /** A JSON body, or the raw body ({@code @Body byte[]}, {@code @Body String}): the bytes, buffered. */
    BYTES,
    /** {@code @Form} fields or {@code @File} uploads: an urlencoded or multipart form, files streamed to disk. */
    FORM;

    /**
     * The kind for these request values. A form and a body in one operation is a compile error
     * ({@code MixedBodies}), reported before planning; should both reach here, the form wins.
     */
    public static BodyKind of(List<Parameter> requestValues) {
        BodyKind kind = NONE;
        for (Parameter parameter : requestValues) {
            Source source = parameter.source();
            if (source == Source.FORM || source == Source.FILE) {
                return FORM;
            }
            if (source == Source.BODY || source == Source.RAW_BODY) {
                kind = BYTES;
            }
        }
        return kind;
    }
}
