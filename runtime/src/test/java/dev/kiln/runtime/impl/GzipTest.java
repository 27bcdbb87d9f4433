package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.runtime.testapp.Probe;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code App.gzip} over real HTTP, with Starlette's {@code test_gzip.py} cases where the test app has
 * an equivalent: large bodies compressed when accepted and {@code Vary: Accept-Encoding} either way,
 * small ones untouched, errors, docs and files too, {@code text/event-stream} and encoded bodies never.
 */
class GzipTest {
    private static final String LONG = "x".repeat(1000);
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app().instances(1).gzip(500));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse get(String path, String acceptEncoding) {
        return client.request("GET", path)
                .header("Accept-Encoding", acceptEncoding)
                .send();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void largeBodiesAreGzippedWhenTheClientAcceptsIt() throws IOException {
        TestResponse r = get("/items/1?q=" + LONG, "gzip");
        assertEquals(200, r.status());
        assertEquals("gzip", r.header("Content-Encoding"));
        assertEquals("Accept-Encoding", r.header("Vary"));
        assertTrue(r.bytes().length < LONG.length(), "compressed: " + r.bytes().length + " bytes");
        assertEquals("{\"id\":1,\"name\":\"" + LONG + "\",\"price\":10,\"tags\":[]}", gunzip(r.bytes()));
    }

    @Test
    void deflateWhenTheClientPrefersIt() throws IOException {
        TestResponse r = get("/items/1?q=" + LONG, "gzip;q=0.5, deflate");
        assertEquals("deflate", r.header("Content-Encoding"));
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(r.bytes()))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(LONG));
        }
    }

    @Test
    void notCompressedForAClientThatRefusesItButStillVaries() {
        for (String refusal : new String[] {"identity", "gzip;q=0", "br"}) {
            TestResponse r = get("/items/1?q=" + LONG, refusal);
            assertNull(r.header("Content-Encoding"), refusal);
            assertEquals("Accept-Encoding", r.header("Vary"), refusal);
            assertEquals(Integer.toString(r.bytes().length), r.header("Content-Length"), refusal);
            assertTrue(r.text().contains(LONG), refusal);
        }
        TestResponse none = client.get("/items/1?q=" + LONG);
        assertNull(none.header("Content-Encoding"));
        assertEquals("Accept-Encoding", none.header("Vary"));
    }

    @Test
    void smallBodiesAreLeftAlone() {
        TestResponse r = get("/text", "gzip");
        assertEquals("hello, world", r.text());
        assertNull(r.header("Content-Encoding"));
        assertNull(r.header("Vary"));
        assertEquals("12", r.header("Content-Length"));
    }

    @Test
    void errorAnswersAndTheDocsAreCompressedToo() throws IOException {
        TestResponse invalid = get("/items/" + LONG, "gzip");
        assertEquals(422, invalid.status());
        assertEquals("gzip", invalid.header("Content-Encoding"));
        assertTrue(gunzip(invalid.bytes()).contains("int_parsing"));

        TestResponse openapi = get("/openapi.json", "gzip");
        assertEquals("gzip", openapi.header("Content-Encoding"));
        assertTrue(gunzip(openapi.bytes()).startsWith("{\"openapi\":\"3.1.0\""));
    }

    @Test
    void filesAreCompressedFromTheMinimumSize(@TempDir Path dir) throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), "tiny");
        Probe.file = small;
        TestResponse tiny = get("/file", "gzip");
        assertEquals("tiny", tiny.text());
        assertNull(tiny.header("Content-Encoding"));
        assertNull(tiny.header("Vary"));
        assertEquals("4", tiny.header("Content-Length"));

        Path large = Files.writeString(dir.resolve("large.txt"), LONG);
        Probe.file = large;
        TestResponse big = get("/file", "gzip");
        assertEquals("gzip", big.header("Content-Encoding"));
        assertEquals("Accept-Encoding", big.header("Vary"));
        assertEquals(LONG, gunzip(big.bytes()));
    }

    @Test
    void theAnswerToARequestNettyCannotDecodeIsLeftAlone() throws IOException {
        RawHttp.Answer answer = RawHttp.once(
                client.app().port(), "GET /text HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nBad Header: y\r\n\r\n");
        assertEquals(400, answer.status());
        assertNull(answer.header("Content-Encoding"));
        assertEquals("{\"detail\":\"Bad Request\"}", answer.body());
    }

    @Test
    void offByDefault() {
        try (TestClient plain = TestClient.start(Kiln.app().instances(1))) {
            TestResponse r = plain.request("GET", "/items/1?q=" + LONG)
                    .header("Accept-Encoding", "gzip")
                    .send();
            assertNull(r.header("Content-Encoding"));
            assertNull(r.header("Vary"));
        }
    }

    /**
     * The exclusions, where the test app has no operation to show them: a server set up as the host
     * sets up its own (Vert.x's compressor, {@link ResponseCompression} before the headers go out).
     */
    @Test
    void eventStreamsAndEncodedBodiesAreNeverCompressed() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpServerOptions options = new HttpServerOptions();
            ResponseCompression.configure(options, AppSettings.defaults().withGzip(0));
            byte[] encoded = "already encoded, whatever it says".getBytes(StandardCharsets.UTF_8);
            HttpServer server = vertx.createHttpServer(options)
                    .requestHandler(request -> {
                        var response = request.response();
                        response.headersEndHandler(v -> ResponseCompression.beforeHeaders(request, 0));
                        if (request.path().equals("/events")) {
                            response.setChunked(true).putHeader("Content-Type", "text/event-stream");
                            response.write("data: " + LONG + "\n\n");
                            response.end("data: end\n\n");
                        } else {
                            response.putHeader("Content-Encoding", "br").end(Buffer.buffer(encoded));
                        }
                    })
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> events = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/events"))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("data: " + LONG + "\n\ndata: end\n\n", new String(events.body(), StandardCharsets.UTF_8));
            // Content-Encoding: identity kept Netty away and was removed before it reached the client.
            assertTrue(events.headers().firstValue("Content-Encoding").isEmpty());
            assertTrue(events.headers().firstValue("Vary").isEmpty());

            HttpResponse<byte[]> brotli = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/encoded"))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null));
            assertTrue(brotli.headers().firstValue("Vary").isEmpty());
            assertArrayEquals(encoded, brotli.body());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
