package dev.kiln.runtime.bind;

import java.util.Map;

/**
 * One entry of a 422 body, in Pydantic v2's shape.
 *
 * @param type  Pydantic's error type, e.g. {@code int_parsing}
 * @param loc   where the value came from
 * @param msg   Pydantic's English message for that type
 * @param input the offending input (a string, a JSON node, or {@code null} for a missing value)
 * @param ctx   Pydantic's {@code ctx}, or {@code null} when it has none
 */
public record ValidationError(String type, Loc loc, String msg, Object input, Map<String, Object> ctx) {}
