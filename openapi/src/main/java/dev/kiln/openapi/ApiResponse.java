package dev.kiln.openapi;

/**
 * The successful response of an operation: FastAPI's {@code "Successful Response"}.
 *
 * @param status      the status code (200, 201, 204, ...)
 * @param description the response description
 * @param mediaType   the media type of the body, or {@code null} when the response has none
 * @param schema      the schema of the body, or {@code null} for "unknown" ({@code {}} in JSON, as FastAPI
 *                    writes an operation without a response model); ignored without a media type
 */
public record ApiResponse(int status, String description, String mediaType, ApiSchema schema) {
    /** FastAPI's description of a successful response. */
    public static final String SUCCESSFUL = "Successful Response";

    /** Checks the status. */
    public ApiResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        if (description == null) {
            description = SUCCESSFUL;
        }
    }

    /** A JSON answer with this status and body schema. */
    public static ApiResponse json(int status, ApiSchema schema) {
        return new ApiResponse(status, SUCCESSFUL, ApiRequestBody.JSON, schema);
    }

    /** A text answer ({@code text/plain}, {@code text/html}): {@code {"type": "string"}}. */
    public static ApiResponse text(int status, String mediaType) {
        return new ApiResponse(status, SUCCESSFUL, mediaType, ApiSchema.string());
    }

    /** An answer without a body ({@code void} operations: 204). */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, SUCCESSFUL, null, null);
    }

    /**
     * Whether HTTP allows a body with this status; FastAPI writes no {@code content} otherwise.
     * 1xx, 204, 205 and 304 carry none.
     */
    public boolean allowsBody() {
        return status >= 200 && status != 204 && status != 205 && status != 304;
    }
}
