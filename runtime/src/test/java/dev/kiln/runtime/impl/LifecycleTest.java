package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.testapp.Probe;
import dev.kiln.testing.TestClient;
import io.vertx.core.Future;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting, configuring and stopping apps. */
class LifecycleTest {
    @BeforeEach
    void reset() {
        Probe.reset();
    }

    private static HttpRequest get(TestClient client, String path) {
        return HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void shutdownLetsAnInFlightWorkerRequestFinish() throws Exception {
        Probe.slowMillis = 800;
        TestClient client = TestClient.start(Kiln.app().instances(1));
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> slow =
                http.sendAsync(get(client, "/slow"), HttpResponse.BodyHandlers.ofString());
        assertTrue(Probe.slowStarted.await(10, TimeUnit.SECONDS), "the slow request reached its worker");

        Future<Void> shutdown = client.app().shutdown();
        Thread.sleep(100);
        assertFalse(shutdown.isComplete(), "shutdown waits for the request in flight");

        HttpResponse<String> answer = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("\"done\"", answer.body());
        shutdown.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        HttpClient fresh =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThrows(IOException.class, () -> fresh.send(get(client, "/text"), HttpResponse.BodyHandlers.ofString()));
        client.close(); // idempotent
    }

    /**
     * FastAPI's "concurrent burgers" on one event loop: 500 requests, each waiting 200 ms on a Vert.x
     * timer, are all in flight at once because waiting does not hold the loop.
     */
    @Test
    void oneEventLoopServesManyWaitingRequestsAtOnce() throws Exception {
        int requests = 500;
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(clientThreads)
                    .build();
            // Open the connections first, so the burger requests do not wait for TCP handshakes.
            List<CompletableFuture<HttpResponse<String>>> warmUp = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                warmUp.add(http.sendAsync(get(client, "/burger"), HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(warmUp.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            Probe.reset();

            List<CompletableFuture<HttpResponse<String>>> burgers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                burgers.add(http.sendAsync(get(client, "/burger"), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> burger : burgers) {
                assertEquals(200, burger.get(60, TimeUnit.SECONDS).statusCode());
            }
            int peak = Probe.burgersPeak.get();
            // Serialised handling would show 1; a loaded 2-core machine may finish a few before the last arrive.
            assertTrue(peak >= requests * 8 / 10, "peak in flight on one event loop: " + peak);
        } finally {
            clientThreads.shutdownNow();
        }
    }

    @Test
    void openapiUrlNullTurnsOffTheDocs() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).openapiUrl(null))) {
            for (String path : List.of("/openapi.json", "/docs", "/redoc", "/docs/swagger-ui-bundle.js")) {
                assertEquals(404, client.get(path).status(), path);
            }
        }
        try (TestClient client =
                TestClient.start(Kiln.app().instances(1).docsUrl(null).redocUrl("/reference"))) {
            assertEquals(200, client.get("/openapi.json").status());
            assertEquals(404, client.get("/docs").status());
            assertEquals(200, client.get("/reference").status());
            assertEquals(200, client.get("/reference/redoc.standalone.js").status());
        }
    }

    @Test
    void withoutCompiledDocumentsTheOpenapiIsValidAndEmpty() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            AppSettings settings = AppSettings.defaults();
            JsonNode doc = Json.mapper().readTree(Docs.openapi(settings, List.of(), empty));
            assertEquals(
                    Json.mapper()
                            .readTree(
                                    "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Kiln\",\"version\":\"0.1.0\"},\"paths\":{}}"),
                    doc);
        }
    }

    @Test
    void overridesReachTheRouteClassesThroughAppContext() {
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).override(String.class, request -> "hi " + request.header("x-name")))) {
            assertEquals(
                    "\"hi bob\"",
                    client.request("GET", "/greeting")
                            .header("X-Name", "bob")
                            .send()
                            .text());
        }
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            assertEquals("\"no override\"", client.get("/greeting").text());
        }
    }

    @Test
    void aPortInUseFailsTheStart() {
        try (TestClient first = TestClient.start(Kiln.app().instances(1))) {
            CompletionException e = assertThrows(
                    CompletionException.class,
                    () -> Kiln.app()
                            .instances(1)
                            .port(first.app().port())
                            .start()
                            .toCompletionStage()
                            .toCompletableFuture()
                            .join());
            assertInstanceOf(BindException.class, e.getCause());
            assertEquals(200, first.get("/text").status(), "the running app is unaffected");
        }
    }
}
