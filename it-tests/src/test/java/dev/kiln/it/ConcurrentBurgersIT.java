package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's "concurrent burgers", with one event loop: async operations waiting on a timer are all in
 * flight at once; blocking ones are limited by the worker pool. The server's own peak in-flight count
 * is asserted, not a wall time.
 */
class ConcurrentBurgersIT {
    private static final int REQUESTS = 500;
    private static final int WORKERS = 8;

    /**
     * Sends {@link #REQUESTS} requests at once and answers the server's peak in-flight count. A first
     * round with a long wait opens the client's {@value #REQUESTS} connections, so that the measured
     * round is not limited by how fast this machine can open sockets.
     */
    private static int peakAfter(TestClient client, String warmUpPath, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        sendAll(http, URI.create("http://127.0.0.1:" + client.app().port() + warmUpPath));
        assertEquals(204, client.post("/burgers/reset", "").status());
        sendAll(http, URI.create("http://127.0.0.1:" + client.app().port() + path));
        return client.get("/burgers/peak").json().get("peak").asInt();
    }

    /**
     * The highest peak of up to three rounds. On a loaded machine the client may not get all
     * {@value #REQUESTS} requests out within one 200 ms wait; a server that serialised them would
     * never reach the full count in any round, so the best round is the honest figure.
     */
    private static int bestPeak(TestClient client, String warmUpPath, String path, int expected) throws Exception {
        int best = 0;
        for (int round = 0; round < 3 && best != expected; round++) {
            best = Math.max(best, peakAfter(client, warmUpPath, path));
        }
        return best;
    }

    private static void sendAll(HttpClient http, URI uri) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            all.add(http.sendAsync(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> f : all) {
            assertEquals(200, f.get().statusCode(), f.get().body());
        }
    }

    @Test
    void asyncOperationsAreAllInFlightAtOnceOnOneEventLoop() throws Exception {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).workerPool("default", WORKERS))) {
            assertEquals(
                    REQUESTS, bestPeak(client, "/burgers/async?millis=3000", "/burgers/async?millis=200", REQUESTS));
        }
    }

    @Test
    void blockingOperationsAreLimitedByTheWorkerPool() throws Exception {
        // a queue long enough for every request: here waiting is the point, not the 503 of a full queue
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).workerPool("default", WORKERS).workerQueue(REQUESTS))) {
            assertEquals(WORKERS, peakAfter(client, "/burgers/async?millis=3000", "/burgers/blocking?millis=50"));
        }
    }
}
