package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.runtime.testapp.Probe;
import dev.kiln.runtime.testapp.Providers;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A full worker pool answers 503 at once instead of queueing without bound, and event-loop
 * operations do not notice it.
 */
class SaturationTest {
    private static final String GET_TEXT = "GET /text HTTP/1.1\r\nHost: a\r\n\r\n";

    @BeforeEach
    void reset() {
        Probe.reset();
    }

    @Test
    void aFullPoolAnswers503AtOnceAndTheEventLoopStaysFast() throws Exception {
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).workerPool("bulkhead", 2).workerQueue("bulkhead", 2))) {
            // Two run, two wait: the pool and its queue are full.
            List<CompletableFuture<HttpResponse<String>>> admitted = fill(client, "/block", 2, 2);
            assertEquals(2, Probe.blockStarted.get(), "both threads of the pool are busy");

            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                TestResponse refused = client.get("/block");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(503, refused.status(), refused.text());
                assertEquals("1", refused.header("Retry-After"));
                assertEquals("{\"detail\":\"Service Unavailable\"}", refused.text());
                assertTrue(millis < 5000, "refused at once, not queued: " + millis + " ms");
            }
            TestResponse loop = client.get("/text");
            assertEquals(200, loop.status(), "an event-loop operation answers while the pool is full");

            Probe.blockRelease.countDown();
            for (CompletableFuture<HttpResponse<String>> request : admitted) {
                HttpResponse<String> answer = request.get(30, TimeUnit.SECONDS);
                assertEquals(200, answer.statusCode(), "every admitted request completes");
                assertEquals("\"released\"", answer.body());
            }
            assertEquals(200, client.get("/block").status(), "the pool takes work again once it has room");
        }
    }

    /**
     * A provider that only an overridden provider takes is skipped with no hand-off to its pool: with that
     * pool and its queue full, the operation still answers (before, the skipped hop was refused with 503).
     */
    @Test
    void aSkippedProviderNeedsNoThreadOfItsPool() throws Exception {
        try (TestClient client = TestClient.start(Kiln.app()
                .instances(1)
                .workerPool("reports", 1)
                .workerQueue("reports", 1)
                .override(Providers.DefaultWorker.class, request -> new Providers.DefaultWorker("replaced")))) {
            List<CompletableFuture<HttpResponse<String>>> admitted = fill(client, "/threads/reports/hold", 1, 1);
            try {
                assertEquals(503, client.get("/threads/reports").status(), "the reports pool and its queue are full");

                // after-worker: reportsWorker (reports pool) <- defaultWorker (overridden) <- the operation
                TestResponse skipped = client.get("/threads/after-worker");
                assertEquals(200, skipped.status(), skipped.text());
                assertTrue(skipped.json().asText().startsWith("replaced vert.x-eventloop-thread-"), skipped.text());
            } finally {
                Probe.blockRelease.countDown(); // a failed assertion must not leave the holds to time out
            }
            for (CompletableFuture<HttpResponse<String>> request : admitted) {
                assertEquals(200, request.get(30, TimeUnit.SECONDS).statusCode());
            }
        }
    }

    /**
     * Sends {@code running + queued} requests to {@code path}, an operation that holds its thread until
     * {@code Probe.blockRelease}, and returns once {@code running} of them hold one and the others had time
     * to reach the pool's queue.
     */
    private static List<CompletableFuture<HttpResponse<String>>> fill(
            TestClient client, String path, int running, int queued) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest hold = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
        for (int i = 0; i < running + queued; i++) {
            admitted.add(http.sendAsync(hold, HttpResponse.BodyHandlers.ofString()));
        }
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Probe.blockStarted.get() < running && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // the queued requests reach the pool
        return admitted;
    }

    /**
     * Measures (prints, does not assert) the latency of an event-loop operation with the worker pool
     * idle and with it saturated by clients that keep asking for it; the assertion is only that every
     * event-loop request was answered 200 throughout.
     */
    @Test
    void eventLoopLatencyUnderSaturation() throws Exception {
        int samples = 2000;
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).workerPool("bulkhead", 2).workerQueue("bulkhead", 8))) {
            int port = client.app().port();
            latencies(port, 500); // warm-up
            long[] idle = latencies(port, samples);

            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest block = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/block"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                held.add(http.sendAsync(block, HttpResponse.BodyHandlers.ofString()));
            }
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (Probe.blockStarted.get() < 2 && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            Thread.sleep(500); // the eight others reach the queue: the pool is full
            AtomicBoolean flooding = new AtomicBoolean(true);
            AtomicInteger refused = new AtomicInteger();
            List<Thread> flood = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(
                        () -> {
                            while (flooding.get()) {
                                try (RawHttp raw = new RawHttp(port, 5000)) {
                                    while (flooding.get()) {
                                        raw.send("GET /block HTTP/1.1\r\nHost: a\r\n\r\n");
                                        if (raw.read().status() == 503) {
                                            refused.incrementAndGet();
                                        }
                                    }
                                } catch (Exception e) {
                                    // a new connection on the next round
                                }
                            }
                        },
                        "flood-" + t);
                thread.start();
                flood.add(thread);
            }
            Thread.sleep(300);
            long[] saturated;
            try {
                saturated = latencies(port, samples);
            } finally {
                flooding.set(false);
                Probe.blockRelease.countDown();
                for (Thread thread : flood) {
                    thread.join(10_000);
                }
            }
            for (CompletableFuture<HttpResponse<String>> request : held) {
                int status = request.get(30, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 503, "held request: " + status);
            }
            assertTrue(refused.get() > 0, "the pool was saturated: 503s seen");
            System.out.printf(
                    "SATURATION | GET /text (event loop), %d samples | idle p50 %.3f ms p99 %.3f ms | "
                            + "worker pool saturated (%d refusals with 503 meanwhile) p50 %.3f ms p99 %.3f ms%n",
                    samples,
                    percentile(idle, 50),
                    percentile(idle, 99),
                    refused.get(),
                    percentile(saturated, 50),
                    percentile(saturated, 99));
        }
    }

    /** Sequential GET /text on one keep-alive connection; each must be 200. Nanoseconds, sorted. */
    private static long[] latencies(int port, int samples) throws Exception {
        long[] nanos = new long[samples];
        try (RawHttp raw = new RawHttp(port, 10_000)) {
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                raw.send(GET_TEXT);
                RawHttp.Answer answer = raw.read();
                nanos[i] = System.nanoTime() - start;
                assertEquals(200, answer.status());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentile(long[] sorted, int p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
