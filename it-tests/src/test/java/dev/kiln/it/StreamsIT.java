package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.it.streams.Probe;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestEvent;
import dev.kiln.testing.TestResponse;
import dev.kiln.testing.TestStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streaming operations over real HTTP: every stream type as JSON Lines and as server-sent events,
 * items arriving as they are made, back-pressure against a client that does not read, the producer
 * stopped and the request's cleanup run when the client goes away, and a failing producer answered
 * before its first item or cut off after.
 */
@Timeout(60)
class StreamsIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app().sseKeepAlive(Duration.ofMillis(300)));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static String probe() {
        return "it-" + UUID.randomUUID();
    }

    /** Every line of a stream, read as it comes. */
    private static List<JsonNode> readAll(TestStream stream) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item = stream.nextJson(); item != null; item = stream.nextJson()) {
            items.add(item);
        }
        return items;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/streams/stream",
                "/streams/iterator",
                "/streams/read-stream",
                "/streams/publisher",
                "/streams/non-blocking",
                "/streams/later"
            })
    void everyTypeStreamsJsonLines(String path) {
        try (TestStream stream = client.stream(path + "?count=3")) {
            assertEquals(200, stream.status());
            assertEquals("application/jsonl", stream.header("content-type"));
            assertEquals("chunked", stream.header("transfer-encoding"));
            List<JsonNode> items = readAll(stream);
            assertEquals(3, items.size(), items::toString);
            for (int i = 0; i < 3; i++) {
                assertEquals(i + 1, items.get(i).get("n").asInt());
                assertEquals("item " + (i + 1), items.get(i).get("name").asText());
            }
        }
    }

    @Test
    void anEmptyStreamIsAnEmptyBody() {
        TestResponse empty = client.get("/streams/stream?count=0");
        assertEquals(200, empty.status());
        assertEquals("", empty.text());
        assertEquals(
                "{\"n\":1,\"name\":\"item 1\"}\n",
                client.get("/streams/read-stream?count=1").text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/streams/stream/events", "/streams/read-stream/events"})
    void everyTypeStreamsEvents(String path) {
        try (TestStream stream = client.stream(path + "?count=3")) {
            assertEquals(200, stream.status());
            assertEquals("text/event-stream; charset=utf-8", stream.header("content-type"));
            // FastAPI's EventSourceResponse headers
            assertEquals("no-cache", stream.header("cache-control"));
            assertEquals("no", stream.header("x-accel-buffering"));
            for (int n = 1; n <= 3; n++) {
                TestEvent event = stream.nextEvent();
                assertEquals(n, event.json().get("n").asInt());
            }
            assertNull(stream.nextEvent());
        }
    }

    @Test
    void serverSentEventsCarryTheirFields() {
        try (TestStream stream = client.stream("/streams/iterator/events?count=2")) {
            assertEquals("event: item", stream.nextLine());
            assertEquals("data: {\"n\":1,\"name\":\"item 1\"}", stream.nextLine());
            assertEquals("id: 1", stream.nextLine());
            assertEquals("", stream.nextLine());
            TestEvent second = stream.nextEvent();
            assertEquals("item", second.event());
            assertEquals("2", second.id());
            assertEquals(2, second.json().get("n").asInt());
        }
    }

    @Test
    void aPublisherStreamsEventsForAPost() {
        TestStream stream =
                client.request("POST", "/streams/publisher/events").json(List.of("hello", "world")).stream();
        try (stream) {
            assertEquals(200, stream.status());
            // Strings are JSON too, as FastAPI sends them: data: "hello"
            assertEquals("data: \"hello\"", stream.nextLine());
            assertEquals("", stream.nextLine());
            assertEquals("world", stream.nextEvent().json().asText());
            assertNull(stream.nextEvent());
        }
    }

    @Test
    void lastEventIdIsAnOrdinaryHeader() {
        TestStream stream =
                client.request("GET", "/streams/read-stream/events?count=2").header("Last-Event-ID", "41").stream();
        try (stream) {
            assertEquals("42", stream.nextEvent().id());
            assertEquals("43", stream.nextEvent().id());
            assertNull(stream.nextEvent());
        }
    }

    @Test
    void anIdleEventStreamGetsKeepAliveComments() {
        // Endless and silent (an hour between events): only the app's keep-alive (300 ms here) is sent.
        try (TestStream stream =
                client.stream("/streams/read-stream/events?count=-1&period=3600000&probe=" + probe())) {
            assertEquals(200, stream.status());
            long start = System.nanoTime();
            assertEquals(": ping", stream.nextLine());
            assertEquals("", stream.nextLine());
            assertEquals(": ping", stream.nextLine());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 500, "two pings 300 ms apart took " + millis + " ms");
        }
    }

    @Test
    void itemsArriveAsTheyAreMadeNotWhenTheStreamEnds() throws Exception {
        String name = probe();
        Probe probe = Probe.of(name);
        try (TestStream stream = client.stream("/streams/gated?probe=" + name)) {
            // The producer waits for the gate before item 2: item 1 must already be here.
            assertEquals(1, stream.nextJson().get("n").asInt());
            assertEquals(1, probe.produced.get());
            probe.gate.countDown();
            assertEquals(2, stream.nextJson().get("n").asInt());
            assertNull(stream.nextLine());
        }
    }

    @Test
    void streamsArePulledWhereTheOperationRuns() {
        String worker = probe();
        String pool = probe();
        String loop = probe();
        client.get("/streams/stream?count=5&probe=" + worker);
        client.get("/streams/iterator?count=5&probe=" + pool);
        client.get("/streams/non-blocking?count=5&probe=" + loop);
        Probe.of(worker).threads.forEach(t -> assertTrue(t.startsWith("vert.x-worker-thread"), t));
        Probe.of(pool).threads.forEach(t -> assertTrue(t.startsWith("streams"), t));
        Probe.of(loop).threads.forEach(t -> assertTrue(t.startsWith("vert.x-eventloop-thread"), t));
        assertEquals(5, Probe.of(pool).threads.size());
    }

    @Test
    void anEventStreamEndsCleanlyWhenTheAppShutsDown() throws Exception {
        TestClient own = TestClient.start(Kiln.app().shutdownGracePeriod(Duration.ofSeconds(20)));
        String name = probe();
        TestStream stream = own.stream("/streams/endless/read-stream?probe=" + name);
        assertEquals(1, stream.nextEvent().json().get("n").asInt());
        long start = System.nanoTime();
        Thread closing = new Thread(own::close);
        closing.start();
        // The browser sees the stream end (and reconnects elsewhere with Last-Event-ID), not break.
        while (stream.nextEvent() != null) {
            // events sent before the shutdown reached the stream
        }
        closing.join(15_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(closing.isAlive(), "the app did not shut down");
        assertTrue(millis < 10_000, "the shutdown waited " + millis + " ms for the stream");
        assertTrue(Probe.await(Probe.of(name).cleanedUp), "the request's cleanup ran");
    }

    // ------------------------------------------------------------------ the client goes away

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream", "iterator", "read-stream", "publisher", "non-blocking", "blocked"})
    void aClientThatGoesAwayStopsTheProducerAndTheCleanupRuns(String type) throws Exception {
        String name = probe();
        Probe probe = Probe.of(name);
        TestStream stream = client.stream("/streams/endless/" + type + "?probe=" + name);
        assertEquals(200, stream.status());
        int read = type.equals("blocked") ? 1 : 3;
        for (int i = 0; i < read; i++) {
            assertTrue(stream.nextLine() != null);
        }
        stream.close();
        assertTrue(Probe.await(probe.closed), type + ": the producer was not stopped");
        assertTrue(Probe.await(probe.cleanedUp), type + ": the request's cleanup did not run");
        // A publisher's own thread may finish the item it was making when it was cancelled.
        Thread.sleep(100);
        int made = probe.produced.get();
        Thread.sleep(300);
        assertEquals(made, probe.produced.get(), type + ": the producer went on after the client left");
    }

    @Test
    void aClientThatLeavesBeforeTheFirstItemStopsTheWaitingProducer() throws Exception {
        String name = probe();
        Probe probe = Probe.of(name);
        try (Socket socket = new Socket("127.0.0.1", client.app().port())) {
            socket.getOutputStream()
                    .write(("GET /streams/endless/blocked?ready=0&probe=" + name + " HTTP/1.1\r\nHost: it\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(300);
            assertEquals(0, socket.getInputStream().available(), "nothing is answered before the first item");
        }
        // The pull blocked in the producer is interrupted, the stream closed, the cleanup run.
        assertTrue(Probe.await(probe.closed), "the producer was not stopped");
        assertTrue(Probe.await(probe.cleanedUp), "the request's cleanup did not run");
    }

    // ------------------------------------------------------------------ back-pressure

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream", "read-stream", "publisher", "non-blocking"})
    void aClientThatDoesNotReadHoldsTheProducerBack(String type) throws Exception {
        String name = probe();
        Probe probe = Probe.of(name);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", client.app().port()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /streams/endless/" + type + "?size=1000&probe=" + name + " HTTP/1.1\r\nHost: it\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(in.read() >= 0, "the answer started");
            // Nothing more is read: once the socket buffers and the write queue are full, production stops.
            int settled = settle(probe);
            assertTrue(settled < 20_000, type + ": " + settled + " items of 1 kB made for a client that reads nothing");
            Thread.sleep(500);
            assertEquals(settled, probe.produced.get(), type + ": the producer was not held back");
        }
        assertTrue(Probe.await(probe.closed), type + ": the producer was not stopped");
        assertTrue(Probe.await(probe.cleanedUp), type + ": the request's cleanup did not run");
    }

    /** The probe's count once it stopped changing for 900 ms (three samples 300 ms apart). */
    static int settle(Probe probe) throws InterruptedException {
        int last = -1;
        int same = 0;
        for (int i = 0; i < 100; i++) {
            Thread.sleep(300);
            int now = probe.produced.get();
            same = now == last && now > 0 ? same + 1 : 0;
            if (same == 2) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the producer never stopped: " + last);
    }

    // ------------------------------------------------------------------ failures

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/streams/failing", "/streams/failing/events"})
    void aProducerThatFailsMidStreamBreaksTheResponse(String path) throws Exception {
        String name = probe();
        try (TestStream stream = client.stream(path + "?at=3&probe=" + name)) {
            assertEquals(200, stream.status());
            List<String> lines = new ArrayList<>();
            UncheckedIOException broken = assertThrows(UncheckedIOException.class, () -> {
                for (String line = stream.nextLine(); line != null; line = stream.nextLine()) {
                    lines.add(line);
                }
            });
            assertTrue(broken.getCause() instanceof IOException, broken.toString());
            // Whole items only: two JSON lines, or two events (data line and blank line each).
            List<String> data = lines.stream().filter(l -> !l.isEmpty()).toList();
            assertEquals(2, data.size(), lines::toString);
            assertTrue(data.get(1).endsWith("{\"n\":2,\"name\":\"item 2\"}"), data.toString());
        }
        assertTrue(Probe.await(Probe.of(name).closed), "the stream was closed");
        assertTrue(Probe.await(Probe.of(name).cleanedUp), "the request's cleanup ran");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/streams/failing/read-stream", "/streams/failing/publisher"})
    void aSourceThatFailsMidStreamBreaksTheResponse(String path) {
        try (TestStream stream = client.stream(path + "?at=3")) {
            assertEquals(1, stream.nextJson().get("n").asInt());
            assertEquals(2, stream.nextJson().get("n").asInt());
            assertThrows(UncheckedIOException.class, stream::nextLine);
        }
    }

    @Test
    void aProducerThatFailsBeforeItsFirstItemIsAnsweredLikeAnyFailure() throws Exception {
        String name = probe();
        TestResponse failed = client.get("/streams/failing?at=1&probe=" + name);
        assertEquals(500, failed.status());
        assertEquals("{\"detail\":\"Internal Server Error\"}", failed.text());
        assertTrue(failed.header("x-request-id") != null);
        assertTrue(Probe.await(Probe.of(name).cleanedUp), "the request's cleanup ran");

        TestResponse missing = client.get("/streams/missing");
        assertEquals(404, missing.status());
        assertEquals("{\"detail\":\"No such feed\"}", missing.text());
    }

    @Test
    void streamsAreDocumentedWithTheirItemSchema() {
        JsonNode paths = client.get("/openapi.json").json().get("paths");
        JsonNode jsonLines = paths.get("/streams/stream")
                .get("get")
                .get("responses")
                .get("200")
                .get("content");
        assertEquals(
                "#/components/schemas/StreamItem",
                jsonLines.get("application/jsonl").get("itemSchema").get("$ref").asText());
        JsonNode events = paths.get("/streams/read-stream/events")
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .get("text/event-stream")
                .get("itemSchema");
        assertEquals(
                "#/components/schemas/StreamItem",
                events.get("properties")
                        .get("data")
                        .get("contentSchema")
                        .get("$ref")
                        .asText());
        assertEquals(
                "event-loop",
                paths.get("/streams/read-stream")
                        .get("get")
                        .get("x-kiln-dispatch")
                        .asText());
        assertEquals(
                "worker[streams]",
                paths.get("/streams/iterator").get("get").get("x-kiln-dispatch").asText());
    }
}
