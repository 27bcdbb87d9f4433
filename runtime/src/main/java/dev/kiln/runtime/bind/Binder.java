package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Turns wire values into one Java type, recording every failure instead of throwing. Generated code
 * composes binders from {@link Binders} in static fields; a binder holds no request state.
 *
 * @param <T> the bound type
 */
public interface Binder<T> {
    /**
     * Binds a string from the path, query, a header, a cookie or a form field. On failure records
     * one error at {@code loc} (e.g. {@code int_parsing}) and returns {@code null}.
     */
    T fromString(String raw, Loc loc, ValidationErrors errors);

    /**
     * Binds a JSON value (never {@code null}; may be a JSON null node), coercing as Pydantic's lax
     * mode does. On failure records every error found below {@code loc} and returns {@code null}.
     */
    T fromJson(JsonNode node, Loc loc, ValidationErrors errors);

    /**
     * Binds the JSON value in front of {@code p} (its first token is the current one; on return its last
     * token is), straight from the parser, with the same coercions and checks as {@link #fromJson}, when
     * it binds cleanly. When it does not, throws {@link Unbound} without reading on: the caller binds the
     * value again with {@link #fromJson} to report every error exactly. {@code errors} gives the request's
     * rule for unknown members and takes what shared parsers and checks record on the way (forgotten by the
     * caller). This default reads the value as a tree and binds it with {@link #fromJson}.
     */
    default T fromParser(JsonParser p, ValidationErrors errors) throws IOException {
        return Streamed.viaTree(this, p, errors);
    }

    /**
     * This binder followed by a constraint: {@code Binders.INT.check(Checks.min(0))}. The check runs
     * only on a value that bound cleanly (Pydantic reports a parse error, not both) and is not
     * {@code null}; a value that fails it binds to {@code null}, its error recorded. Chain calls for
     * several constraints; they run in order and the first failure is the value's one error, as in
     * Pydantic.
     */
    default Binder<T> check(Check<? super T> check) {
        return new CheckedBinder<>(this, check);
    }
}
