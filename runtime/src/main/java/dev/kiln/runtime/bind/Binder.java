package dev.kiln.runtime.bind;

import com.fasterxml.jackson.databind.JsonNode;

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
}
