package dev.kiln.runtime.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds one operation parameter from its raw wire value. Every method records its errors and returns
 * {@code null} (or an empty value) on failure, so generated code binds every parameter, then checks
 * the errors once and answers one 422 with all of them.
 */
public final class Params {
    private Params() {
    }

    /** A required value: absent → {@code missing}. */
    public static <T> T required(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code Optional<T>}: absent → empty. */
    public static <T> Optional<T> optional(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code @Nullable T}: absent → {@code null}. */
    public static <T> T nullable(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code @Default}: absent → {@code defaultValue}. */
    public static <T> T orDefault(String raw, Binder<T> binder, Loc loc, ValidationErrors errors, T defaultValue) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Repeated values ({@code ?tag=a&tag=b}); absent → empty list; errors at {@code loc + index}. */
    public static <T> List<T> list(List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Like {@link #list}, into an insertion-ordered set. */
    public static <T> Set<T> set(List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /**
     * Parses the body as JSON. An absent or empty body returns {@code null} with no error (the caller
     * decides whether the body is required); malformed JSON records {@code json_invalid} and returns
     * {@code null}.
     */
    public static JsonNode json(Buffer body, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /**
     * The single body parameter: {@code json} absent → {@code missing} at {@code ["body"]}, unless
     * {@code required} is false, in which case {@code null} is returned.
     */
    public static <T> T body(JsonNode json, Binder<T> binder, boolean required, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /**
     * One of several body parameters, embedded by name: {@code {"item": {...}, "user": {...}}};
     * locations are {@code ["body", name, ...]}.
     */
    public static <T> T member(JsonNode json, Field<T> field, ValidationErrors errors) {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
