package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.it.middleware.LaterMiddlewareApi;
import dev.kiln.it.middleware.MiddlewareApi;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Middleware} over HTTP ({@link MiddlewareApi}): order, short-circuit, headers, validation of a
 * middleware's query values and their place in the document, exceptions, and where each runs: the blocking
 * middleware in the operation's one worker hop, on its thread. {@link LaterMiddlewareApi}: the same order,
 * answers and failures whether an event-loop middleware's future is complete when it returns (the steps after
 * it run at once) or completes later (they wait for it).
 */
class MiddlewareIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse get(String path) {
        return client.get(path);
    }

    private static TestResponse later(Map<String, String> headers) {
        var request = client.request("GET", "/mw-later/json");
        headers.forEach(request::header);
        return request.send();
    }

    @Test
    void middlewareRunInOrderAndTheirHeadersReachTheResponse() {
        TestResponse r = get("/mw/blocking");
        assertEquals(200, r.status(), r.text());
        assertEquals(List.of("first", "second", "gate", "after"), r.headers("X-Trace"));
    }

    @Test
    void blockingMiddlewareRunInTheBlockingOperationsHopOnItsThread() {
        TestResponse r = get("/mw/blocking");
        String operation = r.json().get("thread").asText();
        assertTrue(operation.startsWith("vert.x-worker-thread-"), operation);
        assertEquals(operation, r.header("X-Gate-Thread"), "the gate ran in another hop");
        assertEquals(operation, r.header("X-After-Thread"), "after ran in another hop");
    }

    @Test
    void blockingMiddlewareOfAnEventLoopOperationShareOneWorkerHop() {
        TestResponse r = get("/mw/loop");
        assertEquals(200, r.status(), r.text());
        String operation = r.json().get("thread").asText();
        assertTrue(operation.startsWith("vert.x-eventloop-thread-"), operation);
        String gate = r.header("X-Gate-Thread");
        assertTrue(gate.startsWith("vert.x-worker-thread-"), gate);
        assertEquals(gate, r.header("X-After-Thread"), "the two blocking middleware took two hops");
    }

    @Test
    void aPresentAnswerStopsTheLaterMiddlewareAndTheOperationAndCleanupsStillRun() throws Exception {
        int calls = MiddlewareApi.CALLS.get();
        int released = MiddlewareApi.RELEASED.get();
        for (String path : List.of("/mw/blocking", "/mw/loop")) {
            TestResponse r = get(path + "?deny=true");
            assertEquals(403, r.status(), r.text());
            assertEquals("denied by the gate", r.json().get("detail").asText());
            assertEquals(path, r.header("X-Denied"), "the lease the gate took");
            assertEquals(List.of("first", "second", "gate"), r.headers("X-Trace"));
            assertNull(r.header("X-After-Thread"));
        }
        assertEquals(calls, MiddlewareApi.CALLS.get(), "an operation ran after the gate answered");
        for (int attempt = 0; attempt < 100 && MiddlewareApi.RELEASED.get() < released + 2; attempt++) {
            Thread.sleep(20);
        }
        assertTrue(MiddlewareApi.RELEASED.get() >= released + 2, "the gate's leases were not released");
    }

    @Test
    void anExceptionInAMiddlewareIsAnsweredAsAnOperationsWouldBe() {
        int calls = MiddlewareApi.CALLS.get();
        TestResponse r = get("/mw/blocking?teapot=true");
        assertEquals(418, r.status(), r.text());
        assertEquals("I'm a teapot", r.json().get("detail").asText());
        assertEquals(calls, MiddlewareApi.CALLS.get());
    }

    @Test
    void aMiddlewaresQueryValueIsValidatedLikeTheOperations() {
        TestResponse r = get("/mw/loop?budget=lots");
        assertEquals(422, r.status(), r.text());
        JsonNode error = r.json().get("detail").get(0);
        assertEquals("query", error.get("loc").get(0).asText());
        assertEquals("budget", error.get("loc").get(1).asText());
        assertNull(r.header("X-Trace"), "a middleware ran before the request was valid");
    }

    @Test
    void aMiddlewaresQueryValuesAreInTheDocumentOfEachOperation() {
        JsonNode paths = get("/openapi.json").json().get("paths");
        for (String path : List.of("/mw/blocking", "/mw/loop")) {
            List<String> names = new ArrayList<>();
            paths.get(path)
                    .get("get")
                    .get("parameters")
                    .forEach(p -> names.add(p.get("name").asText()));
            assertEquals(List.of("teapot", "deny", "budget"), names, path);
        }
        assertNull(paths.get("/threads/plain").get("get").get("parameters"), "a middleware reached another class");
    }

    @Test
    void eventLoopMiddlewareRunInOrderWhetherTheirFutureIsCompleteOrCompletesLater() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("X-Later", "ok"))) {
            TestResponse r = later(headers);
            assertEquals(200, r.status(), headers + ": " + r.text());
            assertEquals(List.of("later", "gate", "mark"), r.headers("X-Trace"), headers.toString());
            String thread = r.json().get("thread").asText();
            assertTrue(thread.startsWith("vert.x-eventloop-thread-"), thread);
        }
    }

    @Test
    void anEventLoopMiddlewaresAnswerStopsTheRestWhetherTheFutureBeforeItWasCompleteOrNot() {
        int calls = LaterMiddlewareApi.CALLS.get();
        for (Map<String, String> headers :
                List.of(Map.of("X-Answer", "now"), Map.of("X-Answer", "now", "X-Later", "ok"))) {
            TestResponse r = later(headers);
            assertEquals(401, r.status(), headers + ": " + r.text());
            assertEquals("answered by the gate", r.json().get("detail").asText());
            assertEquals(List.of("later", "gate"), r.headers("X-Trace"), headers.toString());
        }
        assertEquals(calls, LaterMiddlewareApi.CALLS.get(), "the operation ran after the gate answered");
    }

    @Test
    void aMiddlewaresFutureThatFailsLaterIsAnsweredAsAnOperationsWouldBe() {
        int calls = LaterMiddlewareApi.CALLS.get();
        TestResponse r = later(Map.of("X-Later", "fail"));
        assertEquals(409, r.status(), r.text());
        assertEquals("failed later", r.json().get("detail").asText());
        assertEquals(calls, LaterMiddlewareApi.CALLS.get(), "the operation ran after a middleware failed");
    }
}
