package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FastAPI's error answers: HttpException, 404, 405, 500 and exception handlers. */
class ErrorsIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void httpExceptionWithDetail() {
        assertEquals("{\"id\":1}", client.get("/errors/items/1").text());
        TestResponse r = client.get("/errors/items/2");
        assertEquals(404, r.status());
        assertEquals("{\"detail\":\"Item not found\"}", r.text());
    }

    @Test
    void httpExceptionWithHeaders() {
        TestResponse r = client.get("/errors/auth");
        assertEquals(401, r.status());
        assertEquals("Bearer", r.header("WWW-Authenticate"));
        assertEquals("{\"detail\":\"Not authenticated\"}", r.text());
    }

    @Test
    void httpExceptionWithStructuredDetail() {
        TestResponse r = client.get("/errors/structured");
        assertEquals(409, r.status());
        JsonNode detail = r.json().get("detail");
        assertEquals("conflict", detail.get("code").asText());
        assertEquals("[1,2]", detail.get("ids").toString());
    }

    @Test
    void httpExceptionWithoutDetailUsesTheReasonPhrase() {
        TestResponse r = client.get("/errors/bare");
        assertEquals(403, r.status());
        assertEquals("{\"detail\":\"Forbidden\"}", r.text());
    }

    @Test
    void unexpectedExceptionsAre500WithNothingLeaked() {
        for (String path : new String[] {"/errors/boom", "/errors/boom-async", "/errors/boom-sync-in-async"}) {
            TestResponse r = client.get(path);
            assertEquals(500, r.status(), path);
            assertEquals("{\"detail\":\"Internal Server Error\"}", r.text(), path);
            assertFalse(r.text().contains("secret"), path);
        }
    }

    @Test
    void unknownPathIs404() {
        TestResponse r = client.get("/nowhere");
        assertEquals(404, r.status());
        assertEquals("{\"detail\":\"Not Found\"}", r.text());
        assertEquals(404, client.get("/errors/items/1/extra").status());
    }

    @Test
    void knownPathOtherMethodIs405WithAllow() {
        TestResponse r = client.post("/errors/items/1", "{}");
        assertEquals(405, r.status());
        assertEquals("{\"detail\":\"Method Not Allowed\"}", r.text());
        assertEquals("GET", r.header("Allow"));

        TestResponse bodies = client.get("/bodies/items/1");
        assertEquals(405, bodies.status());
        assertEquals("PUT", bodies.header("Allow"));
    }

    @Test
    void exceptionHandlerAnswersItsTypeAndSubtypes() {
        TestResponse r = client.get("/errors/teapot");
        assertEquals(418, r.status());
        assertEquals("teapot", r.header("X-Handled-By"));
        assertEquals("short and stout", r.json().get("detail").asText());
        assertEquals("/errors/teapot", r.json().get("path").asText());

        TestResponse sub = client.get("/errors/earl-grey");
        assertEquals(418, sub.status());
        assertEquals("earl grey", sub.json().get("detail").asText());
    }

    /** A handler that declares a checked exception: its answer, or, when it throws, the logged 500. */
    @Test
    void aHandlerThatDeclaresACheckedExceptionAnswersOrFailsWithA500() {
        TestResponse boiled = client.get("/errors/kettle/boil");
        assertEquals(418, boiled.status(), boiled::text);
        assertEquals("boiled", boiled.json().get("detail").asText());
        TestResponse broken = client.get("/errors/kettle/crack");
        assertEquals(500, broken.status(), broken::text);
        assertEquals("{\"detail\":\"Internal Server Error\"}", broken.text());
    }
}
