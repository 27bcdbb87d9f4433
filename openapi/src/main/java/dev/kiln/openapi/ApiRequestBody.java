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

    /** An urlencoded form: form fields without files. */
    public static final String URLENCODED = "application/x-www-form-urlencoded";

    /** A multipart form: form fields and files. */
    public static final String MULTIPART = "multipart/form-data";

    /** Bytes of any kind: a raw body, a file. */
    public static final String OCTET_STREAM = "application/octet-stream";

    /** Text: a raw body read as a string. */
    public static final String TEXT = "text/plain";

    /** Checks the fields. */
    public ApiRequestBody {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(schema, "schema");
    }

    /**
     * A form: {@code multipart/form-data} when it has files, else {@code application/x-www-form-urlencoded}, as
     * FastAPI documents it; {@code schema} is the object of its fields.
     */
    public static ApiRequestBody form(boolean required, boolean multipart, ApiSchema schema) {
        return new ApiRequestBody(required, multipart ? MULTIPART : URLENCODED, schema);
    }

    /** A JSON body. */
    public static ApiRequestBody json(boolean required, ApiSchema schema) {
        return new ApiRequestBody(required, JSON, schema);
    }
}
