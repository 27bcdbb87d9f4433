package dev.kiln.openapi;

import java.util.Objects;

/**
 * The request body of an operation. An inline object schema (several body parameters embedded by
 * name, or a form) is moved into the components as {@code Body_<operationId>}, as FastAPI does.
 *
 * @param required  whether a body must be sent
 * @param mediaType {@code application/json}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}
 * @param schema    the schema of the body
 */
public record ApiRequestBody(boolean required, String mediaType, ApiSchema schema) {
    /** The JSON media type. */
    public static final String JSON = "application/json";

    /** Checks the fields. */
    public ApiRequestBody {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(schema, "schema");
    }

    /** A JSON body. */
    public static ApiRequestBody json(boolean required, ApiSchema schema) {
        return new ApiRequestBody(required, JSON, schema);
    }
}
