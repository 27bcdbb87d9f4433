package dev.kiln.openapi;

/**
 * A schema's default value, present or absent; {@code new ApiDefault(null)} is a default of JSON null.
 *
 * @param value a JSON-like value: {@code String}, {@code Boolean}, a {@code Number}, {@code null},
 *              a {@code List} or a {@code Map<String, ?>} of those
 */
public record ApiDefault(Object value) {}
