package dev.kiln.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * The OpenAPI model of a document and the problems found while building it. Write the JSON only
 * when {@link #problems()} is empty; otherwise report each problem as a compile error.
 *
 * @param openApi  the Swagger Core model
 * @param problems what is wrong, in document order; empty when the document is sound
 */
public record OpenApiResult(OpenAPI openApi, List<ApiProblem> problems) {
    /** Freezes the problems. */
    public OpenApiResult {
        problems = List.copyOf(problems);
    }

    /** The document as JSON text; see {@link OpenApiJson#write}. */
    public String json() {
        return OpenApiJson.write(openApi);
    }
}
