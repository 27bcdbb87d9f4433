package dev.kiln.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.testsupport.Golden;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON helpers for the tests: trees, golden files and the swagger-parser check. */
final class JsonTrees {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares {@code json} with the golden file as JSON trees (key order aside): see {@link Golden}. */
    static void assertGolden(String resource, String json) {
        Golden.assertJson(Golden.inModule("src/test/resources/" + resource), json);
    }

    /** Parses {@code json} with swagger-parser (which validates it) and asserts it reports nothing. */
    static void assertValidOpenApi(String json) {
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, null);
        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                () -> "swagger-parser messages: " + result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    }
}
