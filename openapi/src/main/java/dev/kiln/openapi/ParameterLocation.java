package dev.kiln.openapi;

import java.util.Locale;

/** Where a parameter is read from, as OpenAPI's {@code in}. */
public enum ParameterLocation {
    PATH,
    QUERY,
    HEADER,
    COOKIE;

    /** The value of OpenAPI's {@code in} field: {@code path}, {@code query}, {@code header}, {@code cookie}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
