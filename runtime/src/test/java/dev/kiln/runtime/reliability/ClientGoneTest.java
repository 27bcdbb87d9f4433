package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.runtime.impl.PrometheusText;
import dev.kiln.runtime.testapp.Probe;
import dev.kiln.testing.TestClient;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away while its operation runs: as in FastAPI, the operation runs to its end and only then
 * are its request-scoped values cleaned up (a worker may still be using them until then).
 */
class ClientGoneTest {
    @BeforeEach
    void reset() {
        Probe.reset();
    }

    @Test
    void theCleanupsWaitForTheOperationWhoseClientWentAway() throws Exception {
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).workerPool("bulkhead", 1).metrics())) {
            URI base = URI.create(client.baseUrl());
            try {
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    // POST /held takes no body: it runs while the body sent is read and dropped
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /held HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{\"partial\":")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    waitFor(() -> Probe.blockStarted.get() == 1, "the operation started");
                } // closed with 89 bytes of the body never sent: the request fails while the operation runs
                Thread.sleep(300);
                assertEquals(List.of(), List.copyOf(Probe.afterResponse), "nothing is cleaned up while it runs");
            } finally {
                Probe.blockRelease.countDown();
            }
            waitFor(() -> Probe.afterResponse.size() == 2, "the operation finished and its resource was closed");
            assertEquals(List.of("operation finished", "first opened, closed last"), List.copyOf(Probe.afterResponse));
            // the request ended once, when its operation did: recorded as the client's (499), not answered
            PrometheusText metrics = PrometheusText.parse(client.get("/metrics").text());
            assertEquals(
                    1.0,
                    metrics.value(
                                    "http_server_requests_seconds_count",
                                    Map.of("method", "POST", "route", "/held", "status", "499"))
                            .orElseThrow());
            assertEquals(200, client.get("/text").status(), "the app serves on");
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
