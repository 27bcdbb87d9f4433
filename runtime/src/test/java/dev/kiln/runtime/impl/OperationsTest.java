package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import dev.kiln.runtime.json.Json;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import io.vertx.core.Future;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@code App.health()}, {@code App.shutdownDelay}, {@code App.metrics()}, {@code App.accessLog(true)} and
 * the Vert.x options hooks, over real HTTP with the test app.
 */
class OperationsTest {
    private static RunningApp start(dev.kiln.App app) throws Exception {
        return app.port(0).start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveAndReadyAnswerUp() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).health())) {
            TestResponse live = client.get("/health/live");
            assertEquals(200, live.status());
            assertEquals("{\"status\":\"UP\"}", live.text());
            TestResponse ready = client.get("/health/ready");
            assertEquals(200, ready.status());
            assertEquals("application/json", ready.header("content-type"));
            assertEquals("{\"status\":\"UP\",\"checks\":{}}", ready.text());
        }
    }

    @Test
    void healthIsOffUnlessAskedFor() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            assertEquals(404, client.get("/health/ready").status());
            assertEquals(404, client.get("/metrics").status());
        }
    }

    @Test
    void readinessFailsAtOnceOnShutdownWhileRequestsAreServedUntilTheDelayEnds() throws Exception {
        RunningApp app = start(Kiln.app().instances(1).health().shutdownDelay(Duration.ofMillis(1500)));
        HttpClient client = HttpClient.newHttpClient();
        assertEquals(200, get(client, app.port(), "/health/ready").statusCode());

        long shutdownAt = System.nanoTime();
        Future<Void> shutdown = app.shutdown();
        HttpResponse<String> ready = get(client, app.port(), "/health/ready");
        assertEquals(503, ready.statusCode(), "readiness fails as soon as the shutdown starts");
        assertEquals("{\"status\":\"DOWN\",\"reason\":\"shutting down\"}", ready.body());
        assertEquals(
                "200", Integer.toString(get(client, app.port(), "/health/live").statusCode()));
        // Still served during the delay, on new connections too, each answer closing its connection.
        for (int i = 0; i < 3; i++) {
            try (RawConnection raw = new RawConnection(app.port())) {
                String answer = raw.exchange("GET /items/5 HTTP/1.1\r\nHost: a\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                assertTrue(answer.toLowerCase().contains("connection: close"), answer);
            }
        }
        assertTrue(
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownAt) < 1500,
                "the requests above were sent within the delay");
        assertFalse(shutdown.isComplete(), "the listener stays open for the delay");

        shutdown.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertTrue(
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownAt) >= 1500,
                "the listener stopped only after the delay");
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", app.port()).close());
    }

    @Test
    void metricsAreServedInPrometheusTextWithRouteTemplates() throws Exception {
        try (TestClient client = TestClient.start(
                Kiln.app().instances(2).workerPool("reports", 3).metrics())) {
            assertEquals(200, client.get("/items/5").status());
            assertEquals(200, client.get("/items/6").status());
            assertEquals(422, client.get("/items/abc").status());
            assertEquals(404, client.get("/no/such/path-42").status());
            assertEquals(200, client.get("/threads/reports").status());
            assertEquals(200, client.get("/threads/default").status());
            Thread.sleep(350); // a few event-loop delay samples on each loop

            TestResponse scraped = client.get("/metrics");
            assertEquals(200, scraped.status());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", scraped.header("content-type"));
            PrometheusText metrics = PrometheusText.parse(scraped.text());

            assertEquals("histogram", metrics.type("http_server_requests_seconds"));
            String requests = "http_server_requests_seconds_count";
            assertEquals(
                    2.0,
                    metrics.value(requests, Map.of("method", "GET", "route", "/items/{itemId}", "status", "200"))
                            .orElseThrow());
            assertEquals(
                    1.0,
                    metrics.value(requests, Map.of("method", "GET", "route", "/items/{itemId}", "status", "422"))
                            .orElseThrow());
            assertEquals(
                    1.0,
                    metrics.value(requests, Map.of("method", "GET", "route", "UNMATCHED", "status", "404"))
                            .orElseThrow());
            assertFalse(
                    metrics.find(
                                    "http_server_requests_seconds_bucket",
                                    Map.of("route", "/items/{itemId}", "le", "0.005"))
                            .isEmpty(),
                    "latency buckets");
            for (PrometheusText.Sample sample : metrics.samples()) {
                for (String value : sample.labels().values()) {
                    assertFalse(
                            value.contains("path-42") || value.contains("abc") || value.equals("/items/5"),
                            "a raw path in a label: " + sample);
                }
            }
            assertTrue(
                    metrics.value("http_server_requests_active", Map.of()).orElseThrow() >= 1,
                    "the scrape itself is in flight");

            for (String pool : List.of("default", "reports")) {
                Map<String, String> tag = Map.of("pool", pool);
                assertNotNull(metrics.value("kiln_worker_pool_busy", tag).orElse(null), pool);
                assertEquals(0.0, metrics.value("kiln_worker_pool_queued", tag).orElseThrow(), pool);
                assertEquals(
                        0.0,
                        metrics.value("kiln_worker_pool_rejected_total", tag).orElseThrow(),
                        pool);
            }
            assertEquals(
                    3.0,
                    metrics.value("kiln_worker_pool_threads", Map.of("pool", "reports"))
                            .orElseThrow());
            assertEquals(
                    3.0 + 256,
                    metrics.value("kiln_worker_pool_capacity", Map.of("pool", "reports"))
                            .orElseThrow());

            List<PrometheusText.Sample> loops = metrics.find("kiln_event_loop_delay_seconds_count", Map.of());
            assertEquals(2, loops.size(), "one series per event loop: " + loops);
            loops.forEach(loop -> assertTrue(loop.value() >= 1, "measured: " + loop));
            assertFalse(
                    metrics.find("kiln_event_loop_delay_seconds_max", Map.of()).isEmpty());

            assertFalse(metrics.find("jvm_memory_used_bytes", Map.of()).isEmpty(), "JVM metrics");
        }
    }

    @Test
    void metricsNameTheMissingDependency() {
        assertNull(RequestMetrics.missing(OperationsTest.class.getClassLoader()));
        String missing = RequestMetrics.missing(new ClassLoader(null) {});
        assertNotNull(missing);
        assertTrue(missing.contains("io.micrometer:micrometer-registry-prometheus"), missing);
    }

    @Test
    void accessLogWritesOneLinePerRequestWithTemplateStatusBytesTimeAndId() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger access = Logger.getLogger("dev.kiln.access");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        access.addHandler(capture);
        try (TestClient client = TestClient.start(Kiln.app().instances(1).accessLog(true))) {
            TestResponse ok = client.request("GET", "/items/5")
                    .header("X-Request-Id", "trace-1")
                    .send();
            assertEquals(200, ok.status());
            assertEquals("trace-1", ok.header("x-request-id"), "with the access log, successes carry the id");
            assertEquals(404, client.get("/nowhere").status());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (lines.size() < 2 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(
                    lines.get(0).matches("GET /items/\\{itemId} 200 \\d+B \\d+us \\[request trace-1]"), lines.get(0));
            assertTrue(lines.get(1).matches("GET UNMATCHED 404 \\d+B \\d+us \\[request .+]"), lines.get(1));
        } finally {
            access.removeHandler(capture);
        }
    }

    @Test
    void vertxOptionsHookRunsBeforeKilnsSettings() {
        VertxOptions options = Host.vertxOptions(AppSettings.defaults()
                .withInstances(3)
                .withWorkerPool("default", 5)
                .withVertxOptions(o -> o.setEventLoopPoolSize(99).setPreferNativeTransport(true))
                .withVertxOptions(o -> o.setMaxEventLoopExecuteTime(123)));
        assertEquals(3, options.getEventLoopPoolSize(), "instances wins");
        assertEquals(5, options.getWorkerPoolSize(), "the default pool's size wins");
        assertTrue(options.getPreferNativeTransport());
        assertEquals(123, options.getMaxEventLoopExecuteTime(), "hooks add up");
    }

    @Test
    void httpServerOptionsHookSitsBetweenKilnsDefaultsAndLimits() {
        HttpServerOptions options = Host.serverOptions(
                AppSettings.defaults()
                        .withMaxHeaderSize(2000)
                        .withHttpServerOptions(o -> o.setTcpNoDelay(false)
                                .setMaxHeaderSize(1)
                                .setHttp2ClearTextEnabled(true)
                                .setAcceptBacklog(77)),
                true);
        assertFalse(options.isTcpNoDelay(), "a default the app may change");
        assertEquals(77, options.getAcceptBacklog());
        assertEquals(2000, options.getMaxHeaderSize(), "a limit wins");
        assertFalse(options.isHttp2ClearTextEnabled(), "h2c stays off");
    }

    @Test
    void withoutWebSocketRoutesTheWebSocketExtensionsAreOff() {
        HttpServerOptions none = Host.serverOptions(AppSettings.defaults(), false);
        assertFalse(none.getPerMessageWebSocketCompressionSupported());
        assertFalse(none.getPerFrameWebSocketCompressionSupported());
        HttpServerOptions some = Host.serverOptions(AppSettings.defaults(), true);
        assertTrue(some.getPerMessageWebSocketCompressionSupported(), "Vert.x's default kept");
    }

    @Test
    void httpServerOptionsReachTheServer() throws Exception {
        try (TestClient client =
                TestClient.start(Kiln.app().instances(1).httpServerOptions(o -> o.setCompressionSupported(true)))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(URI.create(client.baseUrl() + "/items/5"))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals("gzip", r.headers().firstValue("content-encoding").orElse(null));
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                assertEquals(5, Json.mapper().readTree(in).get("id").asInt());
            }
        }
    }

    /** One plain HTTP/1.1 exchange on a connection of its own. */
    private static final class RawConnection implements AutoCloseable {
        private final Socket socket = new Socket();

        RawConnection(int port) throws IOException {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(5000);
        }

        String exchange(String request) throws IOException {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] all = socket.getInputStream().readAllBytes(); // the answer closes the connection
            return new String(all, java.nio.charset.StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
