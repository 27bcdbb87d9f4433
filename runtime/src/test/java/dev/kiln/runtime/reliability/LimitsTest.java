package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The limits and deadlines of {@code dev.kiln.Limits}, each shown with the answer a client sees. */
class LimitsTest {
    private static final String CRLF = "\r\n";

    private static RunningApp start(dev.kiln.App app) throws Exception {
        return app.instances(1)
                .port(0)
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    private static String post(String path, String headers, int length) {
        return "POST " + path + " HTTP/1.1" + CRLF + "Host: a" + CRLF + headers
                + (length >= 0 ? "Content-Length: " + length + CRLF : "") + CRLF;
    }

    // ------------------------------------------------------------------ Slowloris and slow bodies

    @Test
    void aClientTricklingHeaderLinesIsClosedAtTheHeaderDeadline() throws Exception {
        try (RunningApp app = start(Kiln.app().headerReadTimeout(Duration.ofMillis(800)))) {
            try (RawHttp http = new RawHttp(app.port(), 200)) {
                long start = System.nanoTime();
                http.send("GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF);
                boolean closed = false;
                for (int i = 0; i < 30 && !closed; i++) {
                    try {
                        http.send("X-Trickle-" + i + ": x" + CRLF);
                    } catch (java.io.IOException reset) {
                        closed = true;
                        break;
                    }
                    closed = http.closedByServer(); // waits 200 ms for a close
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(closed, "closed while still trickling");
                assertTrue(millis >= 700 && millis < 3000, "closed at the 800 ms deadline, after " + millis + " ms");
            }
            assertEquals(
                    200,
                    RawHttp.once(app.port(), "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF)
                            .status());
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAndABusyOneIsNot() throws Exception {
        try (RunningApp app = start(Kiln.app().headerReadTimeout(Duration.ofMillis(500)))) {
            try (RawHttp http = new RawHttp(app.port(), 3000)) {
                // A request that takes longer than the header deadline is not cut off by it.
                http.send("GET /work/900 HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
                assertEquals(200, http.read().status());
                http.send("GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
                assertEquals(200, http.read().status(), "the deadline restarted after the answer");
                long start = System.nanoTime();
                assertTrue(http.closedByServer(), "idle after its answer: closed");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis < 2000, "closed after " + millis + " ms");
            }
        }
    }

    @Test
    void aConnectionWithoutAByteEitherWayForTheIdleTimeoutIsClosedEvenMidRequest() throws Exception {
        try (RunningApp app = start(Kiln.app().idleTimeout(Duration.ofMillis(400)))) {
            try (RawHttp http = new RawHttp(app.port(), 5000)) {
                for (int i = 0; i < 4; i++) {
                    // Requests 150 ms apart keep it open past the timeout.
                    http.send("GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
                    assertEquals(200, http.read().status());
                    Thread.sleep(150);
                }
                http.send("GET /work/3000 HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
                long start = System.nanoTime();
                assertTrue(http.closedByServer(), "silent for longer than the idle timeout: closed");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(
                        millis >= 300 && millis < 2000, "closed at the 400 ms idle timeout, after " + millis + " ms");
            }
        }
    }

    @Test
    void aSlowBodyGets408AndTheConnectionCloses() throws Exception {
        try (RunningApp app = start(Kiln.app().bodyReadTimeout(Duration.ofMillis(500)))) {
            try (RawHttp http = new RawHttp(app.port(), 5000)) {
                http.send(post("/echo", "Content-Type: application/json" + CRLF, 100) + "{\"a\":");
                long start = System.nanoTime();
                RawHttp.Answer answer = http.read();
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(408, answer.status());
                assertEquals("{\"detail\":\"Request Timeout\"}", answer.body());
                assertEquals("close", answer.header("connection"));
                assertTrue(millis < 3000, "after " + millis + " ms");
                assertTrue(http.closedByServer());
            }
        }
    }

    // ------------------------------------------------------------------ body size

    @Test
    void aChunkedBodyIsRefusedAsItCrossesTheLimit() throws Exception {
        try (RunningApp app = start(Kiln.app().maxBodySize(1024))) {
            try (RawHttp http = new RawHttp(app.port(), 5000)) {
                http.send(post("/echo", "Transfer-Encoding: chunked" + CRLF, -1));
                String chunk = "400" + CRLF + "x".repeat(1024) + CRLF;
                http.send(chunk); // exactly the limit: still read
                http.send("1" + CRLF + "x" + CRLF); // one byte more: refused now, before the body ends
                RawHttp.Answer answer = http.read();
                assertEquals(413, answer.status());
                assertEquals("{\"detail\":\"Request Entity Too Large\"}", answer.body());
                assertEquals("close", answer.header("connection"));
            }
            String fits = "{\"k\":\"" + "x".repeat(1000) + "\"}";
            RawHttp.Answer ok = RawHttp.once(
                    app.port(),
                    post("/echo", "Transfer-Encoding: chunked" + CRLF, -1) + Integer.toHexString(fits.length()) + CRLF
                            + fits + CRLF + "0" + CRLF + CRLF);
            assertEquals(200, ok.status(), "a body within the limit is read");
        }
    }

    @Test
    void aDeclaredOversizedBodyGets413BeforeItIsSent() throws Exception {
        try (RunningApp app = start(Kiln.app().maxBodySize(1024))) {
            try (RawHttp http = new RawHttp(app.port(), 5000)) {
                http.send(post("/echo", "Expect: 100-continue" + CRLF, 5_000_000));
                RawHttp.Answer answer = http.read();
                assertEquals(413, answer.status(), "no 100 Continue for a body that will be refused");
                assertTrue(http.closedByServer());
            }
        }
    }

    // ------------------------------------------------------------------ header and request-line sizes

    @Test
    void headerAndRequestLineSizesAreSettings() throws Exception {
        try (RunningApp app = start(Kiln.app().maxHeaderSize(1024).maxRequestLineLength(256))) {
            String header = "X-A: " + "a".repeat(1100) + CRLF;
            assertEquals(
                    431,
                    RawHttp.once(app.port(), "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + header + CRLF)
                            .status());
            assertEquals(
                    414,
                    RawHttp.once(app.port(), "GET /" + "t".repeat(300) + " HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF)
                            .status());
            assertEquals(
                    200,
                    RawHttp.once(
                                    app.port(),
                                    "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + "X-A: " + "a".repeat(800) + CRLF
                                            + CRLF)
                            .status());
        }
    }

    // ------------------------------------------------------------------ compressed bodies

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    /** A JSON body to {@code /echo}, with {@code Content-Type: application/json} (a JSON body is parsed only then). */
    private static RawHttp.Answer postBytes(int port, String headers, byte[] body) throws Exception {
        try (RawHttp http = new RawHttp(port, 10_000)) {
            http.send(post("/echo", "Content-Type: application/json" + CRLF + headers, body.length));
            try {
                http.send(body);
            } catch (java.io.IOException refusedEarly) {
                // the server may answer and close before the whole body is sent
            }
            return http.read();
        }
    }

    @Test
    void compressedBodiesAreRefusedUnlessDecompressionIsOn() throws Exception {
        byte[] json = gzip("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        try (RunningApp app = start(Kiln.app())) {
            assertEquals(
                    415,
                    postBytes(app.port(), "Content-Encoding: gzip" + CRLF, json).status());
        }
        try (RunningApp app = start(Kiln.app().decompressRequests(true).maxBodySize(64 * 1024))) {
            RawHttp.Answer decoded = postBytes(app.port(), "Content-Encoding: gzip" + CRLF, json);
            assertEquals(200, decoded.status());
            assertEquals("{\"a\":1}", decoded.body());
            // A gzip bomb: 80 KiB on the wire, 10 MiB decoded; the limit counts decoded bytes.
            byte[] bomb = gzip(("[" + "0,".repeat(5 * 1024 * 1024) + "0]").getBytes(StandardCharsets.UTF_8));
            assertTrue(bomb.length < 64 * 1024, "the bomb fits the limit compressed: " + bomb.length);
            assertEquals(
                    413,
                    postBytes(app.port(), "Content-Encoding: gzip" + CRLF, bomb).status());
            assertEquals(
                    415,
                    postBytes(app.port(), "Content-Encoding: br" + CRLF, json).status(),
                    "a coding Netty does not decode is still refused");
        }
    }

    // ------------------------------------------------------------------ JSON bombs

    @Test
    void jsonBombsAre422Or413NeverA500() throws Exception {
        try (RunningApp app = start(Kiln.app().maxBodySize(30L * 1024 * 1024))) {
            int port = app.port();
            String deep = "[".repeat(100_000) + "]".repeat(100_000);
            RawHttp.Answer nested = postBytes(port, "", deep.getBytes(StandardCharsets.UTF_8));
            assertEquals(422, nested.status(), "deep nesting");
            assertTrue(nested.body().contains("json_invalid"), nested.body());

            String deepObject = "{\"a\":".repeat(600) + "1" + "}".repeat(600);
            assertEquals(
                    422,
                    postBytes(port, "", deepObject.getBytes(StandardCharsets.UTF_8))
                            .status(),
                    "nested objects");

            String longNumber = "1".repeat(5_000);
            assertEquals(
                    422,
                    postBytes(port, "", longNumber.getBytes(StandardCharsets.UTF_8))
                            .status(),
                    "a 5000-digit number");

            RawHttp.Answer exponent =
                    postBytes(port, "", "{\"price\":1e999999999,\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            assertNotEquals(500, exponent.status(), "a huge exponent");

            try (RawHttp http = new RawHttp(port, 10_000)) {
                http.send("POST /items HTTP/1.1" + CRLF + "Host: a" + CRLF + "Content-Length: 40" + CRLF + CRLF
                        + "{\"name\":\"x\",\"price\":1" + "0".repeat(18) + "}");
                RawHttp.Answer tooBig = http.read();
                assertEquals(422, tooBig.status(), "an int out of range: " + tooBig.body());
            }

            String hugeString = "\"" + "s".repeat(21_000_000) + "\"";
            assertEquals(
                    422,
                    postBytes(port, "", hugeString.getBytes(StandardCharsets.UTF_8))
                            .status(),
                    "a string over Json.MAX_STRING_LENGTH");
            assertEquals(
                    200,
                    RawHttp.once(port, "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF)
                            .status());
        }
        try (RunningApp app = start(Kiln.app())) {
            String hugeString = "\"" + "s".repeat(11 * 1024 * 1024) + "\"";
            assertEquals(
                    413,
                    postBytes(app.port(), "", hugeString.getBytes(StandardCharsets.UTF_8))
                            .status(),
                    "with the default body limit a huge string never reaches the parser");
        }
    }

    // ------------------------------------------------------------------ error hygiene

    @Test
    void a500ShowsNothingOfTheErrorAndItsRequestIdIsLogged() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("dev.kiln").addHandler(capture);
        try (RunningApp app = start(Kiln.app())) {
            RawHttp.Answer boom = RawHttp.once(app.port(), "GET /boom HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
            assertEquals(500, boom.status());
            assertEquals("{\"detail\":\"Internal Server Error\"}", boom.body());
            String id = boom.header("x-request-id");
            assertNotNull(id, "a generated request id");
            assertTrue(
                    records.stream()
                            .anyMatch(r -> r.getMessage().contains("[request " + id + "]")
                                    && r.getThrown() != null
                                    && r.getThrown().getMessage().contains("hunter2")),
                    "the log has the error and the id");

            RawHttp.Answer echoed = RawHttp.once(
                    app.port(),
                    "GET /boom-loop HTTP/1.1" + CRLF + "Host: a" + CRLF + "X-Request-Id: trace-42.a:b_c" + CRLF + CRLF);
            assertEquals("trace-42.a:b_c", echoed.header("x-request-id"), "a safe incoming id is kept");
            assertFalse(echoed.body().contains("secret") || echoed.body().contains("Exception"), echoed.body());

            RawHttp.Answer unsafe = RawHttp.once(
                    app.port(),
                    "GET /nowhere HTTP/1.1" + CRLF + "Host: a" + CRLF + "X-Request-Id: <script>" + CRLF + CRLF);
            assertNotEquals("<script>", unsafe.header("x-request-id"), "an unsafe id is replaced");
            assertNotNull(unsafe.header("x-request-id"), "every error answer carries an id");

            RawHttp.Answer fine = RawHttp.once(app.port(), "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
            assertEquals(200, fine.status());
            assertNull(fine.header("x-request-id"), "a success does not pay for an id");
        } finally {
            Logger.getLogger("dev.kiln").removeHandler(capture);
        }
    }
}
