package dev.kiln.openapi;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 422 response and the two component schemas FastAPI declares for request validation errors
 * ({@code fastapi.openapi.utils.validation_error_definition} and
 * {@code validation_error_response_definition}, with the {@code input} and {@code ctx} fields of
 * Pydantic v2 errors that current FastAPI documents). Kiln answers exactly this shape.
 */
// Swagger Core's Schema API takes and returns raw Schema types (Map<String, Schema>, Schema.items).
@SuppressWarnings({"rawtypes", "unchecked"})
final class FastApiErrors {
    static final String HTTP_VALIDATION_ERROR = "HTTPValidationError";
    static final String VALIDATION_ERROR = "ValidationError";
    static final String STATUS = "422";

    private FastApiErrors() {}

    /** {@code "422": {"description": "Validation Error", "content": {"application/json": ...}}}. */
    static ApiResponse response() {
        return response(ref(HTTP_VALIDATION_ERROR));
    }

    /** The 422 answer of an app whose handler for validation failures answers {@code body}. */
    static ApiResponse response(Schema<?> body) {
        return new ApiResponse()
                .description("Validation Error")
                .content(new Content().addMediaType(ApiRequestBody.JSON, new MediaType().schema(body)));
    }

    /** {@code HTTPValidationError}: {@code {"detail": [ValidationError, ...]}}. */
    static Schema<?> httpValidationError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("detail", type("array").title("Detail").items(ref(VALIDATION_ERROR)));
        return type("object").title(HTTP_VALIDATION_ERROR).properties(properties);
    }

    /** {@code ValidationError}: one Pydantic error: {@code loc}, {@code msg}, {@code type}, {@code input}, {@code ctx}. */
    static Schema<?> validationError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "loc",
                type("array")
                        .title("Location")
                        .items(new JsonSchema().anyOf(List.of(type("string"), type("integer")))));
        properties.put("msg", type("string").title("Message"));
        properties.put("type", type("string").title("Error Type"));
        properties.put("input", new JsonSchema().title("Input"));
        properties.put("ctx", type("object").title("Context"));
        return type("object").title(VALIDATION_ERROR).properties(properties).required(List.of("loc", "msg", "type"));
    }

    private static Schema<Object> type(String type) {
        return new JsonSchema().types(Set.of(type));
    }

    private static Schema<Object> ref(String name) {
        return new JsonSchema().$ref(OpenApiBuilder.COMPONENT_PREFIX + name);
    }
}
