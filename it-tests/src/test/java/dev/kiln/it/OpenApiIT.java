package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import dev.kiln.testsupport.Golden;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the app serves: written at compile time, merged with the app's info at
 * startup, valid for a real validator, and as checked in (a golden file compared as a JSON tree).
 */
class OpenApiIT {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(
                Kiln.app().title("Kiln it-tests").version("2.5.0").description("Every feature."));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void theDocumentIsTheCheckedInOne() throws Exception {
        TestResponse r = client.get("/openapi.json");
        assertEquals(200, r.status());
        JsonNode served = r.json();
        Golden.assertJson(
                Golden.inModule("src/test/resources/openapi/it-app.json"), JSON.writeValueAsString(served) + "\n");
    }

    @Test
    void infoComesFromTheApp() {
        JsonNode info = client.get("/openapi.json").json().get("info");
        assertEquals("Kiln it-tests", info.get("title").asText());
        assertEquals("2.5.0", info.get("version").asText());
        assertEquals("Every feature.", info.get("description").asText());
    }

    @Test
    void aRealValidatorReportsNothing() {
        TestResponse served = client.get("/openapi.json");
        SwaggerParseResult result = new OpenAPIParser().readContents(served.text(), null, null);
        // Stream operations document their items with OpenAPI 3.2's itemSchema, as FastAPI does under 3.1;
        // a 3.1 validator does not know it. Nothing else may be reported.
        List<String> messages = result.getMessages() == null
                ? List.of()
                : result.getMessages().stream()
                        .filter(m -> !m.matches(
                                "attribute paths\\.'/(streams|writers)/[^']*'\\(\\w+\\)\\.responses\\.200\\.content\\."
                                        + "'(application/jsonl|text/event-stream)'\\.itemSchema is unexpected"))
                        .toList();
        assertEquals(List.of(), messages);
        int operations = 0;
        for (JsonNode path : served.json().get("paths")) {
            operations += path.size();
        }
        assertTrue(operations > 50, "the app has more than 50 operations: " + operations);
        assertEquals(
                operations,
                result.getOpenAPI().getPaths().values().stream()
                        .mapToInt(p -> p.readOperations().size())
                        .sum(),
                "the validator read every operation");
    }

    @Test
    void everyOperationSaysWhereItRuns() {
        JsonNode paths = client.get("/openapi.json").json().get("paths");
        assertEquals(
                "event-loop",
                paths.get("/threads/future").get("get").get("x-kiln-dispatch").asText());
        assertEquals(
                "worker[default]",
                paths.get("/threads/plain").get("get").get("x-kiln-dispatch").asText());
        assertEquals(
                "worker[reports]",
                paths.get("/threads/reports").get("get").get("x-kiln-dispatch").asText());
    }

    @Test
    void docsPagesAreServedFromJars() {
        TestResponse docs = client.get("/docs");
        assertEquals(200, docs.status());
        assertTrue(docs.text().contains("swagger-ui"), docs.text());
        TestResponse redoc = client.get("/redoc");
        assertEquals(200, redoc.status());
        assertTrue(redoc.text().contains("redoc"), redoc.text());
    }
}
