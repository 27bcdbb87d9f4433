package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import dev.kiln.runtime.testapp.Probe;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Graceful shutdown: in-flight work finishes within the grace period, late arrivals get 503, nothing hangs. */
class ShutdownTest {
    private static final String CRLF = "\r\n";

    @BeforeEach
    void reset() {
        Probe.reset();
    }

    private static RunningApp start(dev.kiln.App app) throws Exception {
        return app.instances(1)
                .port(0)
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    private static CompletableFuture<RawHttp.Answer> inFlight(int port, String path) {
        return CompletableFuture.supplyAsync(() -> {
            try (RawHttp http = new RawHttp(port, 30_000)) {
                http.send("GET " + path + " HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
                return http.read();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitWorking(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Probe.working.get() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(count, Probe.working.get(), "requests in flight on workers");
    }

    @Test
    void everyRequestInFlightCompletesWith200() throws Exception {
        int n = 6;
        RunningApp app = start(Kiln.app());
        List<CompletableFuture<RawHttp.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(inFlight(app.port(), "/work/1000"));
        }
        awaitWorking(n);

        Future<Void> shutdown = app.shutdown();
        Thread.sleep(100);
        assertFalse(shutdown.isComplete(), "shutdown waits for the requests in flight");
        for (CompletableFuture<RawHttp.Answer> request : requests) {
            RawHttp.Answer answer = request.get(20, TimeUnit.SECONDS);
            assertEquals(200, answer.status());
            assertEquals("\"worked 1000\"", answer.body());
            assertEquals("close", answer.header("connection"), "answers during shutdown close their connection");
        }
        shutdown.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aRequestArrivingDuringShutdownGets503AndConnectionClose() throws Exception {
        RunningApp app = start(Kiln.app());
        try (RawHttp http = new RawHttp(app.port(), 20_000)) {
            // Pipelined: the second request is read while the first is in flight, and served after it.
            http.send("GET /work/800 HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF + "GET /text HTTP/1.1" + CRLF
                    + "Host: a" + CRLF + CRLF);
            awaitWorking(1);
            Future<Void> shutdown = app.shutdown();
            RawHttp.Answer first = http.read();
            assertEquals(200, first.status());
            RawHttp.Answer late = http.read();
            assertEquals(503, late.status());
            assertEquals("close", late.header("connection"));
            assertEquals("1", late.header("retry-after"));
            assertTrue(http.closedByServer());
            shutdown.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestSentOnABusyConnectionAfterTheShutdownStartedGets503() throws Exception {
        RunningApp app = start(Kiln.app());
        try (RawHttp http = new RawHttp(app.port(), 20_000)) {
            http.send("GET /work/800 HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
            awaitWorking(1);
            Future<Void> shutdown = app.shutdown();
            Thread.sleep(100); // the shutdown has started: the server no longer accepts connections
            http.send("GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
            RawHttp.Answer first = http.read();
            assertEquals(200, first.status());
            RawHttp.Answer late = http.read();
            assertEquals(503, late.status(), "the request sent after the shutdown started is answered, not dropped");
            assertEquals("close", late.header("connection"));
            assertEquals("1", late.header("retry-after"));
            assertTrue(http.closedByServer());
            shutdown.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aGracePeriodShorterThanTheWorkCutsItOffAndSaysSo() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger("dev.kiln");
        log.addHandler(capture);
        try {
            RunningApp app = start(Kiln.app().shutdownGracePeriod(Duration.ofMillis(300)));
            CompletableFuture<RawHttp.Answer> request = inFlight(app.port(), "/work/5000");
            awaitWorking(1);
            long start = System.nanoTime();
            app.close();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 4000, "the shutdown ended with its grace period, not the work: " + millis + " ms");
            assertTrue(
                    warnings.stream().anyMatch(m -> m.contains("grace period of 300 ms is over: cutting off")),
                    "the log says what was cut off: " + warnings);
            assertEquals(-1, request.get(10, TimeUnit.SECONDS).status(), "the cut-off request's connection closed");
        } finally {
            log.removeHandler(capture);
        }
    }
}
