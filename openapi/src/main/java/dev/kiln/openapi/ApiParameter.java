package dev.kiln.openapi;

import java.util.Objects;

/**
 * One operation parameter. Its default value lives in its schema ({@link ApiSchema#withDefault}),
 * where FastAPI writes it.
 *
 * @param name        the wire name ({@code itemId}, {@code user-agent})
 * @param in          where it is read from
 * @param required    whether the request must carry it (always {@code true} for a path parameter)
 * @param description a description (Javadoc {@code @param}), or {@code null}
 * @param schema      the schema of its value
 * @param deprecated  whether it is deprecated
 */
public record ApiParameter(
        String name, ParameterLocation in, boolean required, String description, ApiSchema schema, boolean deprecated) {

    /** Checks the fields; a path parameter is always required. */
    public ApiParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(schema, "schema");
        if (in == ParameterLocation.PATH && !required) {
            throw new IllegalArgumentException("path parameter '" + name + "' must be required");
        }
    }

    /** A parameter that is not deprecated. */
    public ApiParameter(String name, ParameterLocation in, boolean required, String description, ApiSchema schema) {
        this(name, in, required, description, schema, false);
    }

    /** The default value, or {@code null} when there is none. */
    public ApiDefault defaultValue() {
        return schema.defaultValue();
    }
}
