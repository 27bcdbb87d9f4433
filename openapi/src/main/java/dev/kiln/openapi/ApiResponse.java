package dev.kiln.openapi;

/**
 * The successful response of an operation: FastAPI's {@code "Successful Response"}.
 *
 * @param status      the status code (200, 201, 204, ...)
 * @param description the response description
 * @param mediaType   the media type of the body, or {@code null} when the response has none
 * @param schema      the schema of the body, or {@code null} for "unknown" ({@code {}} in JSON, as FastAPI
 *                    writes an operation without a response model); ignored without a media type. For a
 *                    stream, the schema of each item's JSON
 * @param items       whether the body is a stream of items, documented with OpenAPI 3.2's {@code itemSchema}
 *                    as FastAPI writes it (under 3.1), instead of a {@code schema}
 */
public record ApiResponse(int status, String description, String mediaType, ApiSchema schema, Items items) {
    /** FastAPI's description of a successful response. */
    public static final String SUCCESSFUL = "Successful Response";

    /** How a body made of items is documented. */
    public enum Items {
        /** Not a stream: the body's {@code schema}. */
        NONE,
        /** JSON Lines: {@code itemSchema} is the item's schema. */
        JSON_LINES,
        /**
         * Server-sent events of plain items: {@code itemSchema} is FastAPI's event object ({@code data},
         * {@code event}, {@code id}, {@code retry}), {@code data} required, a string holding the item's JSON
         * ({@code contentMediaType} and {@code contentSchema}).
         */
        EVENTS,
        /** Server-sent events made by the operation ({@code ServerSentEvent}): as {@link #EVENTS}, {@code data} optional. */
        EVENT_OBJECTS
    }

    /** A response that is not a stream. */
    public ApiResponse(int status, String description, String mediaType, ApiSchema schema) {
        this(status, description, mediaType, schema, Items.NONE);
    }

    /** Checks the status. */
    public ApiResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        if (description == null) {
            description = SUCCESSFUL;
        }
        if (items == null) {
            items = Items.NONE;
        }
    }

    /** A JSON answer with this status and body schema. */
    public static ApiResponse json(int status, ApiSchema schema) {
        return new ApiResponse(status, SUCCESSFUL, ApiRequestBody.JSON, schema);
    }

    /**
     * A text answer ({@code text/plain}, {@code text/html}), or a {@code Response} under any media type that
     * is not JSON ({@code image/png}): {@code {"type": "string"}}, as FastAPI documents such a response class.
     */
    public static ApiResponse text(int status, String mediaType) {
        return new ApiResponse(status, SUCCESSFUL, mediaType, ApiSchema.string());
    }

    /** A stream of JSON Lines ({@code application/jsonl}), each item of {@code itemSchema}. */
    public static ApiResponse jsonLines(int status, ApiSchema itemSchema) {
        return new ApiResponse(status, SUCCESSFUL, "application/jsonl", itemSchema, Items.JSON_LINES);
    }

    /**
     * A stream of server-sent events ({@code text/event-stream}) whose data is JSON of {@code dataSchema};
     * {@code eventObjects} when the operation makes the events itself (their data may be absent).
     */
    public static ApiResponse eventStream(int status, ApiSchema dataSchema, boolean eventObjects) {
        return new ApiResponse(
                status, SUCCESSFUL, "text/event-stream", dataSchema, eventObjects ? Items.EVENT_OBJECTS : Items.EVENTS);
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
