package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An {@code @ExceptionHandler} for {@code HttpException} (the second app's {@code HttpErrors.http})
 * replaces how every {@code HttpException} of the app is answered, Kiln's own 404 and 405 included,
 * as Starlette's {@code HTTPException} handler does; the refusals that close the connection are not
 * exceptions and keep their answer.
 */
class HttpExceptionHandlerIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = SecondApp.start(Kiln.app().maxBodySize(64));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void answersTheHttpExceptionsOperationsThrowWithTheirHeaders() {
        TestResponse r = client.get("/second/items/2");
        assertEquals(404, r.status());
        assertEquals("http", r.header("X-Handled-By"));
        assertEquals("2", r.header("X-Item"));
        assertEquals("{\"error\":\"Item not found\",\"status\":404,\"path\":\"/second/items/2\"}", r.text());
        assertTrue(
                r.header("X-Handled-On").startsWith("vert.x-worker-thread"),
                "a handler returning a plain Response runs on a worker: " + r.header("X-Handled-On"));
        assertNotNull(r.header("X-Request-Id"), "an error answer still carries the request id");
        assertEquals("{\"id\":1}", client.get("/second/items/1").text());
    }

    @Test
    void answersTheHttpExceptionsOfTheOtherModulesToo() {
        TestResponse r = client.get("/errors/auth");
        assertEquals(401, r.status());
        assertEquals("http", r.header("X-Handled-By"));
        assertEquals("Bearer", r.header("WWW-Authenticate"));
        assertEquals("{\"error\":\"Not authenticated\",\"status\":401,\"path\":\"/errors/auth\"}", r.text());
        TestResponse bare = client.get("/errors/bare");
        assertEquals(403, bare.status());
        assertEquals("http", bare.header("X-Handled-By"));
        assertEquals("{\"error\":null,\"status\":403,\"path\":\"/errors/bare\"}", bare.text(), "detail() is null");
    }

    @Test
    void answersKilnsOwn404And405() {
        TestResponse missing = client.get("/nowhere");
        assertEquals(404, missing.status());
        assertEquals("http", missing.header("X-Handled-By"));
        assertEquals("{\"error\":\"Not Found\",\"status\":404,\"path\":\"/nowhere\"}", missing.text());

        TestResponse wrong = client.request("PUT", "/second/items/1").send();
        assertEquals(405, wrong.status());
        assertEquals("http", wrong.header("X-Handled-By"));
        assertEquals("GET", wrong.header("Allow"));
        assertEquals("{\"error\":\"Method Not Allowed\",\"status\":405,\"path\":\"/second/items/1\"}", wrong.text());
    }

    @Test
    void aSubclassIsAnsweredByItsOwnHandlerElseByHttpExceptions() {
        TestResponse teapot = client.get("/second/teapot");
        assertEquals(418, teapot.status());
        assertEquals("teapot", teapot.header("X-Handled-By"));
        assertEquals("{\"tea\":\"short and stout\"}", teapot.text());
        assertTrue(
                teapot.header("X-Handled-On").startsWith("vert.x-eventloop-thread"),
                "a handler returning a Future runs on the event loop: " + teapot.header("X-Handled-On"));

        TestResponse gone = client.get("/second/gone");
        assertEquals(410, gone.status());
        assertEquals("http", gone.header("X-Handled-By"));
        assertEquals("{\"error\":\"the page is gone\",\"status\":410,\"path\":\"/second/gone\"}", gone.text());
    }

    @Test
    void aHandlerOfASupertypeOfHttpExceptionSeesOnlyOtherExceptions() {
        TestResponse boom = client.get("/second/boom");
        assertEquals(500, boom.status());
        assertEquals("runtime", boom.header("X-Handled-By"));
        assertEquals("{\"error\":\"not an HttpException\"}", boom.text());
        assertEquals("http", client.get("/second/items/3").header("X-Handled-By"));
    }

    @Test
    void refusalsThatCloseTheConnectionAreNotExceptions() {
        TestResponse tooLarge = client.post("/bodies/items", Map.of("name", "x".repeat(100), "price", 1));
        assertEquals(413, tooLarge.status());
        assertNull(tooLarge.header("X-Handled-By"));
        assertEquals("{\"detail\":\"Request Entity Too Large\"}", tooLarge.text());
        assertEquals("close", tooLarge.header("Connection"));
    }

    @Test
    void aRequestValidationExceptionIsNotSeenByTheHandlerOfASupertype() {
        TestResponse r = client.get("/second/invalid");
        assertEquals(422, r.status(), r.text());
        assertNull(r.header("X-Handled-By"));
        assertEquals("value_error", r.json().at("/detail/0/type").asText(), r.text());
        assertEquals("[\"query\",\"q\"]", r.json().at("/detail/0/loc").toString(), r.text());
    }

    @Test
    void validationErrorsAreNotHttpExceptions() {
        TestResponse r = client.get("/second/items/abc");
        assertEquals(422, r.status());
        assertFalse(r.text().contains("\"error\""), r.text());
        assertNull(r.header("X-Handled-By"));
    }
}
