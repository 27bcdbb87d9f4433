package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies over real HTTP: plans, caching, cleanup, failures, router dependencies and singletons. */
class DependenciesIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse get(String path, String... headers) {
        var request = client.request("GET", path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    /** The cleanups of one run, once {@code count} of them were recorded (they run after the response). */
    private static List<String> events(String run, int count) throws InterruptedException {
        List<String> events = new ArrayList<>();
        for (int attempt = 0; attempt < 100; attempt++) {
            events.clear();
            get("/deps/events/" + run).json().forEach(e -> events.add(e.asText()));
            if (events.size() >= count) {
                return events;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("only " + events + " of " + count + " events for " + run);
    }

    @Test
    void blockingProvidersAfterAnAsyncOneRunWithTheOperationOnOneWorkerThread() {
        for (int i = 0; i < 20; i++) {
            var r = get("/deps/threads", "Authorization", "Bearer alice");
            assertEquals(200, r.status(), r.text());
            JsonNode threads = r.json();
            String operation = threads.get("operation").asText();
            assertTrue(operation.startsWith("vert.x-worker-thread-"), operation);
            assertEquals(operation, threads.get("connection").asText(), "Deps.connection ran on another thread");
            assertEquals(operation, threads.get("repo").asText(), "Deps.repo ran on another thread");
            assertEquals("alice@main-store", threads.get("db").asText());
        }
    }

    @Test
    void oneValuePerRequestIsSharedByAllItsUsersAndCachedFalseMakesAFreshOne() {
        JsonNode first = get("/deps/counters").json();
        assertEquals(first.get("a").asInt(), first.get("b").asInt());
        assertEquals(first.get("a").asInt(), first.get("sub").asInt(), "a sub-dependency shares the cached value");
        assertNotEquals(first.get("a").asInt(), first.get("fresh").asInt());
        JsonNode second = get("/deps/counters").json();
        assertNotEquals(first.get("a").asInt(), second.get("a").asInt(), "a new request makes a new value");
    }

    @Test
    void aProviderHttpExceptionKeepsItsStatusDetailAndHeaders() {
        var r = get("/deps/me", "Authorization", "Basic xyz");
        assertEquals(401, r.status());
        assertEquals("Not authenticated", r.json().get("detail").asText());
        assertEquals("Bearer", r.header("WWW-Authenticate"));
        var ok = get("/deps/me", "Authorization", "Bearer bob");
        assertEquals(200, ok.status());
        assertEquals("bob", ok.json().get("name").asText());
    }

    @Test
    void providerRequestValuesAreValidatedWithTheOperationsAllAtOnce() {
        var r = get("/deps/doomed");
        assertEquals(422, r.status());
        JsonNode detail = r.json().get("detail");
        assertEquals(2, detail.size(), detail.toString());
        assertEquals("[\"header\",\"x-run\"]", detail.get(0).get("loc").toString());
        assertEquals("[\"query\",\"mode\"]", detail.get(1).get("loc").toString());
    }

    @Test
    void cleanupsRunAfterTheResponseNewestFirstOnTheirProvidersThreadsEvenWhenOneThrows() throws Exception {
        String run = UUID.randomUUID().toString();
        var r = get("/deps/cleanup", "X-Run", run);
        assertEquals(200, r.status(), r.text());
        List<String> events = events(run, 4);
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("flaky cleanup throws on default-release-"), events.toString());
        assertTrue(events.get(1).startsWith("third closed on default-release-"), events.toString());
        assertTrue(events.get(2).startsWith("second closed on default-release-"), events.toString());
        assertTrue(events.get(3).startsWith("first closed on vert.x-eventloop-thread-"), events.toString());
    }

    @Test
    void settleStepsCommitNewestFirstBeforeTheResponseIsWrittenAndCleanupsFollowIt() throws Exception {
        String run = UUID.randomUUID().toString();
        var r = client.request("GET", "/deps/tx")
                .header("X-Run", run)
                .query("mode", "ok")
                .send();
        assertEquals(200, r.status(), r.text());
        assertEquals("[]", r.json().toString(), "no settle step runs before the operation returned");
        List<String> events = events(run, 4);
        assertTrue(events.get(0).startsWith("tx committed on default-release-"), events.toString());
        assertTrue(events.get(1).startsWith("outer committed on vert.x-eventloop-thread-"), events.toString());
        assertTrue(events.get(2).startsWith("tx closed on default-release-"), events.toString());
        assertTrue(events.get(3).startsWith("outer closed on vert.x-eventloop-thread-"), events.toString());
    }

    @Test
    void settleStepsHaveRunWhenTheClientSeesTheAnswer() {
        for (String mode : List.of("ok", "fail")) {
            String run = UUID.randomUUID().toString();
            client.request("GET", "/deps/tx")
                    .header("X-Run", run)
                    .query("mode", mode)
                    .send();
            // Read at once, with no waiting: a commit or rollback is done before the answer goes out.
            List<String> seen = new ArrayList<>();
            get("/deps/events/" + run).json().forEach(e -> seen.add(e.asText()));
            assertTrue(seen.size() >= 2, mode + ": " + seen);
            String settled = mode.equals("ok") ? "committed" : "rolled back";
            assertTrue(seen.get(0).startsWith("tx " + settled), mode + ": " + seen);
            assertTrue(seen.get(1).startsWith("outer " + settled), mode + ": " + seen);
        }
    }

    /**
     * A worker-thread provider registers its settle step on its own thread; the answer must see it however
     * the threads interleave (it once reached the event loop after the answer: a success rolled back).
     */
    @Test
    void aWorkerProvidersCommitIsNeverLate() {
        for (int i = 0; i < 100; i++) {
            String run = UUID.randomUUID().toString();
            assertEquals(
                    200,
                    client.request("GET", "/deps/tx")
                            .header("X-Run", run)
                            .query("mode", "ok")
                            .send()
                            .status());
            List<String> seen = new ArrayList<>();
            get("/deps/events/" + run).json().forEach(e -> seen.add(e.asText()));
            assertTrue(!seen.isEmpty() && seen.get(0).startsWith("tx committed"), "request " + i + ": " + seen);
        }
    }

    @Test
    void cleanupsThatGiveBackWhatAPoolsOperationsWaitForAreNeverQueuedBehindThem() throws Exception {
        // Two threads in the pool, two permits: 40 requests at once would have both threads waiting for a
        // permit while the requests holding the permits wait for a thread to run their cleanups.
        try (TestClient scarce = TestClient.start(Kiln.app().workerPool("scarce", 2))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> answers =
                    new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(http.sendAsync(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(scarce.baseUrl() + "/deps/scarce"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()));
            }
            for (var answer : answers) {
                var r = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("scarce-"), r.body());
            }
        }
    }

    @Test
    void aFailingOperationRollsBackEveryResourceBeforeItsErrorIsAnswered() throws Exception {
        String run = UUID.randomUUID().toString();
        var r = client.request("GET", "/deps/tx")
                .header("X-Run", run)
                .query("mode", "fail")
                .send();
        assertEquals(409, r.status(), r.text());
        assertEquals("Conflict", r.json().get("detail").asText());
        List<String> events = events(run, 4);
        assertTrue(events.get(0).startsWith("tx rolled back on default-release-"), events.toString());
        assertTrue(events.get(1).startsWith("outer rolled back on vert.x-eventloop-thread-"), events.toString());
        assertTrue(events.get(2).startsWith("tx closed"), events.toString());
        assertTrue(events.get(3).startsWith("outer closed"), events.toString());
    }

    @Test
    void aFailingCommitIsA500AndTheOlderResourcesRollBack() throws Exception {
        String run = UUID.randomUUID().toString();
        var r = client.request("GET", "/deps/tx")
                .header("X-Run", run)
                .query("mode", "commit-fails")
                .send();
        assertEquals(500, r.status(), r.text());
        assertEquals("Internal Server Error", r.json().get("detail").asText());
        List<String> events = events(run, 4);
        assertTrue(events.get(0).startsWith("tx commit throws on default-release-"), events.toString());
        assertTrue(events.get(1).startsWith("outer rolled back on vert.x-eventloop-thread-"), events.toString());
        assertTrue(events.get(2).startsWith("tx closed"), events.toString());
        assertTrue(events.get(3).startsWith("outer closed"), events.toString());
    }

    @Test
    void aFailingProviderEndsTheRequestAndWhatWasMadeIsStillCleanedUp() throws Exception {
        String run = UUID.randomUUID().toString();
        var http = client.request("GET", "/deps/doomed")
                .header("X-Run", run)
                .query("mode", "http")
                .send();
        assertEquals(409, http.status());
        assertEquals("Doomed", http.json().get("detail").asText());
        assertEquals("doomed", http.header("X-Reason"));
        assertTrue(events(run, 1).get(0).startsWith("first closed on vert.x-eventloop-thread-"));

        String crash = UUID.randomUUID().toString();
        var r = client.request("GET", "/deps/doomed")
                .header("X-Run", crash)
                .query("mode", "crash")
                .send();
        assertEquals(500, r.status());
        assertEquals("Internal Server Error", r.json().get("detail").asText());
        assertEquals(1, events(crash, 1).size());
    }

    @Test
    void aProviderCanTakeThePathVariableOfTheOperation() {
        assertEquals(5, get("/deps/items/5").json().get("itemId").asInt());
        var bad = get("/deps/items/abc");
        assertEquals(422, bad.status());
        assertEquals(
                "[\"path\",\"itemId\"]",
                bad.json().get("detail").get(0).get("loc").toString());
    }

    @Test
    void aProviderInANamedPoolRunsThereAndTheOperationInItsOwnPool() {
        JsonNode threads = get("/deps/pools").json();
        assertTrue(threads.get("provider").asText().startsWith("reports-"), threads.toString());
        assertTrue(threads.get("operation").asText().startsWith("vert.x-worker-thread-"), threads.toString());
    }

    @Test
    void routerDependenciesRunForEveryOperationOfTheClass() {
        var missing = get("/deps/guarded/ping");
        assertEquals(422, missing.status());
        assertEquals(
                "[\"header\",\"x-token\"]",
                missing.json().get("detail").get(0).get("loc").toString());
        assertEquals(403, get("/deps/guarded/ping", "X-Token", "wrong").status());
        var ok = get("/deps/guarded/ping", "X-Token", "secret");
        assertEquals(200, ok.status());
        assertEquals("pong", ok.json().asText());
    }

    @Test
    void singletonsAreMadeInDependencyOrderAndAsyncOnesAwaitedBeforeTheServerListens() {
        JsonNode startup = get("/deps/startup").json();
        List<String> events = new ArrayList<>();
        startup.get("events").forEach(e -> events.add(e.asText()));
        assertTrue(events.indexOf("config") >= 0, events.toString());
        assertTrue(events.indexOf("config") < events.indexOf("store started"), events.toString());
        assertTrue(events.indexOf("config") < events.indexOf("greeter"), events.toString());
        assertTrue(events.indexOf("store started") < events.indexOf("store made"), events.toString());
        assertEquals("main-store", startup.get("store").asText(), "the route class was built with the singleton");
        assertEquals("main", startup.get("config").asText());
        assertEquals("made at startup", startup.get("motto").asText(), "a @Named singleton");
    }

    @Test
    void anInstanceProviderIsBuiltFromSingletons() {
        var r = get("/deps/greeting", "Authorization", "Bearer carol");
        assertEquals(200, r.status(), r.text());
        assertEquals("Hello carol from main", r.json().get("text").asText());
    }
}
