package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An {@code @ExceptionHandler} for {@code RequestValidationException} (the third app's {@code Orders.invalid})
 * answers every request that fails validation, in every module of the app, with FastAPI's
 * {@code exc.errors()} and {@code exc.body}; it runs where its method runs; and the 422 the document of its
 * compilation shows is its body type.
 */
class ValidationHandlerIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = ThirdApp.start(Kiln.app().instances(1));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void theHandlerAnswersWithTheErrorsAndTheBody() {
        TestResponse r = client.request("POST", "/third/orders")
                .body("application/json", "{\"item\":\" \",\"quantity\":0,\"note\":\"x\"}")
                .send();
        assertEquals(400, r.status(), r.text());
        assertEquals("invalid", r.header("X-Handled-By"));
        JsonNode problem = r.json();
        assertEquals("Invalid request to /third/orders", problem.get("title").asText());
        assertEquals(
                "[{\"type\":\"string_too_short\",\"loc\":[\"body\",\"item\"],"
                        + "\"msg\":\"String should have at least 1 character\",\"input\":\" \",\"ctx\":{\"min_length\":1}},"
                        + "{\"type\":\"greater_than_equal\",\"loc\":[\"body\",\"quantity\"],"
                        + "\"msg\":\"Input should be greater than or equal to 1\",\"input\":0,\"ctx\":{\"ge\":1}}]",
                problem.get("errors").toString(),
                "exc.errors(): what the 422's detail would have held");
        assertEquals(
                "{\"item\":\" \",\"quantity\":0,\"note\":\"x\"}",
                problem.get("body").toString(),
                "exc.body: the JSON body as sent");
        assertTrue(
                problem.get("thread").asText().startsWith("vert.x-worker-thread"),
                "a handler returning a plain Response runs on a worker: " + problem.get("thread"));
        assertTrue(r.header("X-Request-Id") != null, "an error answer still carries the request id");
    }

    @Test
    void aBodyThatIsNotJsonReachesTheHandlerAsText() {
        TestResponse r = client.request("POST", "/third/orders")
                .body("application/json", "{\"item\": ")
                .send();
        assertEquals(400, r.status(), r.text());
        assertEquals("json_invalid", r.json().get("errors").get(0).get("type").asText());
        assertEquals("{\"item\": ", r.json().get("body").asText());
    }

    @Test
    void theHandlerAnswersTheValidationFailuresOfTheOtherModulesToo() {
        TestResponse r = client.get("/params/path/abc");
        assertEquals(400, r.status(), r.text());
        assertEquals("invalid", r.header("X-Handled-By"));
        assertEquals("int_parsing", r.json().get("errors").get(0).get("type").asText());
        assertTrue(r.json().get("body").isNull(), "a request without a body: " + r.text());
    }

    @Test
    void anOperationThatThrowsOneIsAnsweredByTheHandler() {
        TestResponse r = client.get("/third/orders/101");
        assertEquals(400, r.status(), r.text());
        assertEquals(
                "less_than_equal", r.json().get("errors").get(0).get("type").asText());
        assertEquals("{\"id\":7}", client.get("/third/orders/7").text());
    }

    @Test
    void theDocumentOfItsCompilationShowsItsBodyAsThe422() {
        JsonNode doc = client.get("/openapi.json").json();
        JsonNode third = doc.at("/paths/~1third~1orders/post/responses/422/content/application~1json/schema");
        assertEquals("#/components/schemas/Problem", third.get("$ref").asText(), third.toString());
        assertEquals(
                "[\"title\",\"errors\",\"body\",\"thread\"]",
                doc.at("/components/schemas/Problem/required").toString());
        // the it-test app was compiled apart, without the handler: its document keeps FastAPI's 422
        JsonNode other = doc.at("/paths/~1params~1path~1{itemId}/get/responses/422/content/application~1json/schema");
        assertEquals(
                "#/components/schemas/HTTPValidationError", other.get("$ref").asText(), other.toString());
        assertFalse(doc.at("/components/schemas/HTTPValidationError").isMissingNode());
    }
}
