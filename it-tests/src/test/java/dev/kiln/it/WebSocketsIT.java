package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.it.ws.SocketsApi;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestWebSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @WebSocketRoute}s with real WebSocket clients against port 0: handshake values bound and
 * validated (1008), typed messages (1008 when invalid), text and binary, request-scoped dependencies
 * cleaned up when the socket closes, rooms, and the limits (1009, 503, a client that stops reading,
 * the idle timeout).
 */
class WebSocketsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void clear() {
        SocketsApi.events.clear();
    }

    @Test
    void handshakeValuesAreBoundAndMessagesTyped() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1));
                TestWebSocket ws = client.websocket("/ws/chat/lobby?level=2")) {
            ws.sendJson(Map.of("text", "hi", "times", 2));
            for (int i = 0; i < 2; i++) {
                JsonNode echo = ws.receiveJson(WAIT);
                assertEquals("lobby", echo.get("room").asText());
                assertEquals("hi", echo.get("text").asText());
                assertEquals(2, echo.get("level").asInt());
                assertTrue(echo.get("session").asText().startsWith("s"));
            }
        }
    }

    @Test
    void aHandshakeThatFailsValidationClosesWith1008AndTheErrors() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            TestWebSocket missing = client.websocket("/ws/chat/lobby");
            TestWebSocket.CloseStatus status = missing.closeStatus(WAIT);
            assertEquals(1008, status.code());
            assertTrue(status.reason().contains("\"missing\""), status.reason());
            assertTrue(status.reason().contains("level"), status.reason());

            TestWebSocket shortRoom = client.websocket("/ws/chat/ab?level=0");
            TestWebSocket.CloseStatus both = shortRoom.closeStatus(WAIT);
            assertEquals(1008, both.code());
            assertTrue(both.reason().contains("room") && both.reason().contains("level"), both.reason());
            // the dependency was never made, so nothing was cleaned up
            assertFalse(SocketsApi.events.stream().anyMatch(e -> e.startsWith("session closed")));
        }
    }

    @Test
    void anInvalidMessageClosesWith1008() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            TestWebSocket ws = client.websocket("/ws/chat/lobby?level=1");
            ws.sendJson(Map.of("text", "", "times", 0));
            TestWebSocket.CloseStatus status = ws.closeStatus(WAIT);
            assertEquals(1008, status.code());
            assertTrue(status.reason().contains("text") && status.reason().contains("times"), status.reason());

            TestWebSocket malformed = client.websocket("/ws/chat/lobby?level=1");
            malformed.sendText("{not json");
            TestWebSocket.CloseStatus bad = malformed.closeStatus(WAIT);
            assertEquals(1008, bad.code());
            assertTrue(bad.reason().contains("json_invalid"), bad.reason());
        }
    }

    @Test
    void dependenciesLiveUntilTheSocketClosesThenOnCloseAndCleanupsRun() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            TestWebSocket ws = client.websocket("/ws/chat/lobby?level=1");
            ws.sendJson(Map.of("text", "a", "times", 1));
            String session = ws.receiveJson(WAIT).get("session").asText();
            assertTrue(SocketsApi.events.isEmpty(), SocketsApi.events.toString());
            ws.close();
            waitFor(() -> SocketsApi.events.size() == 2);
            assertEquals(List.of("onClose:" + session, "session closed:" + session), SocketsApi.events);
        }
    }

    @Test
    void textAndBinaryOnTheEventLoop() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1));
                TestWebSocket ws = client.websocket("/ws/bytes")) {
            ws.sendText("abc");
            assertEquals("ABC", ws.receiveText(WAIT));
            ws.sendBinary(new byte[] {1, 2, 3});
            assertArrayEquals(new byte[] {3, 2, 1}, ws.receiveBinary(WAIT));
        }
    }

    @Test
    void aFutureRouteAndAMissingRoute() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            try (TestWebSocket ws = client.websocket("/ws/echo")) {
                ws.sendText("hello");
                assertEquals("hello", ws.receiveText(WAIT));
            }
            TestWebSocket.Refused refused =
                    assertThrows(TestWebSocket.Refused.class, () -> client.websocket("/ws/nowhere"));
            assertEquals(404, refused.status());
            // a plain GET on a WebSocket route is not routed to it, as Starlette does
            assertEquals(404, client.get("/ws/echo").status());
        }
    }

    @Test
    void roomsReachEverySocketInTheRoomAcrossEventLoops() {
        try (TestClient client = TestClient.start(Kiln.app().instances(2));
                TestWebSocket a = client.websocket("/ws/echo");
                TestWebSocket b = client.websocket("/ws/echo");
                TestWebSocket other = client.websocket("/ws/echo")) {
            a.sendText("join r1");
            b.sendText("join r1");
            other.sendText("join r2");
            assertEquals("joined", a.receiveText(WAIT));
            assertEquals("joined", b.receiveText(WAIT));
            assertEquals("joined", other.receiveText(WAIT));
            assertEquals(
                    "\"sent\"",
                    client.request("POST", "/ws/rooms/r1")
                            .body("text/plain", "news")
                            .send()
                            .text());
            assertEquals("news", a.receiveText(WAIT));
            assertEquals("news", b.receiveText(WAIT));
            b.sendText("leave r1");
            assertEquals("left", b.receiveText(WAIT));
            client.request("POST", "/ws/rooms/r1").body("text/plain", "again").send();
            assertEquals("again", a.receiveText(WAIT));
            // r2 got neither broadcast, b not the second: their next message is their own echo
            other.sendText("ping");
            assertEquals("ping", other.receiveText(WAIT));
            b.sendText("pong");
            assertEquals("pong", b.receiveText(WAIT));
        }
    }

    @Test
    void aMessageOverTheLimitClosesWith1009() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).maxWebSocketMessageSize(1024))) {
            TestWebSocket ws = client.websocket("/ws/bytes");
            ws.sendText("y".repeat(1024));
            assertEquals("Y".repeat(1024), ws.receiveText(WAIT));
            ws.sendText("y".repeat(1025));
            assertEquals(1009, ws.closeStatus(WAIT).code());
        }
    }

    @Test
    void aMessageOverTheLimitInSmallFramesClosesWith1009() throws Exception {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).maxWebSocketMessageSize(1024));
                Socket raw = new Socket("127.0.0.1", client.app().port())) {
            OutputStream out = raw.getOutputStream();
            InputStream in = raw.getInputStream();
            handshake(out, in);
            // two frames of 600 bytes, each within the limit, one message past it
            out.write(frame(0x01, false, "a".repeat(600)));
            out.write(frame(0x00, false, "b".repeat(600)));
            out.flush();
            raw.setSoTimeout(10_000);
            int opcode = in.read() & 0x0f;
            int length = in.read() & 0x7f;
            byte[] payload = in.readNBytes(length);
            assertEquals(0x08, opcode);
            assertEquals(1009, ((payload[0] & 0xff) << 8) | (payload[1] & 0xff));
        }
    }

    @Test
    void pastMaxConnectionsTheHandshakeGets503() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).maxWebSocketConnections(1))) {
            TestWebSocket first = client.websocket("/ws/bytes");
            TestWebSocket.Refused refused =
                    assertThrows(TestWebSocket.Refused.class, () -> client.websocket("/ws/bytes"));
            assertEquals(503, refused.status());
            first.close();
            first.closeStatus(WAIT);
            waitFor(() -> SocketsApi.events.contains("bytes closed"));
            try (TestWebSocket again = client.websocket("/ws/bytes")) {
                again.sendText("ok");
                assertEquals("OK", again.receiveText(WAIT));
            }
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnected() throws Exception {
        try (TestClient client = TestClient.start(Kiln.app().instances(1));
                Socket raw = new Socket("127.0.0.1", client.app().port())) {
            raw.setReceiveBufferSize(4096);
            OutputStream out = raw.getOutputStream();
            InputStream in = raw.getInputStream();
            handshake(out, in);
            out.write(frame(0x01, true, "flood"));
            out.flush();
            // never read again: the server stops queueing and drops the connection
            waitFor(() -> SocketsApi.events.contains("bytes closed"));
            assertEquals(java.util.Set.of("flood stopped", "bytes closed"), java.util.Set.copyOf(SocketsApi.events));
        }
    }

    @Test
    void anIdleSocketIsClosed() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).idleTimeout(Duration.ofMillis(500)))) {
            TestWebSocket ws = client.websocket("/ws/bytes");
            ws.sendText("x");
            assertEquals("X", ws.receiveText(WAIT));
            ws.closeStatus(WAIT);
            waitFor(() -> SocketsApi.events.contains("bytes closed"));
        }
    }

    @Test
    void whatTheServerSendsKeepsASocketOpenPastTheIdleTimeout() throws InterruptedException {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).idleTimeout(Duration.ofMillis(500)));
                TestWebSocket ws = client.websocket("/ws/echo")) {
            ws.sendText("join news");
            assertEquals("joined", ws.receiveText(WAIT));
            // for three idle timeouts the client sends nothing, the server a broadcast every 100 ms
            long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            for (int i = 0; System.nanoTime() < end; i++) {
                client.request("POST", "/ws/rooms/news")
                        .body("text/plain", "tick " + i)
                        .send();
                assertEquals("tick " + i, ws.receiveText(WAIT));
                Thread.sleep(100);
            }
            ws.sendText("still open");
            assertEquals("still open", ws.receiveText(WAIT));
            // then nothing either way: closed as idle
            ws.closeStatus(WAIT);
        }
    }

    @Test
    void theDocumentListsWebSocketsInItsExtensionOnly() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            JsonNode doc = client.get("/openapi.json").json();
            assertTrue(doc.get("paths").get("/ws/chat/{room}") == null);
            JsonNode chat = null;
            for (JsonNode ws : doc.get("x-kiln-websockets")) {
                if (ws.get("path").asText().equals("/ws/chat/{room}")) {
                    chat = ws;
                }
            }
            assertTrue(chat != null, doc.get("x-kiln-websockets").toString());
            assertEquals("worker[default]", chat.get("x-kiln-dispatch").asText());
            assertEquals(
                    "dev.kiln.it.ws.SocketsApi.ChatMessage",
                    chat.get("messages").get(0).asText());
            assertEquals("level", chat.get("parameters").get(1).get("name").asText());
        }
    }

    /** Upgrades a raw connection to a WebSocket on /ws/bytes and reads the 101 answer's head. */
    private static void handshake(OutputStream out, InputStream in) throws IOException {
        out.write(("GET /ws/bytes HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = "";
        while (!head.endsWith("\r\n\r\n")) {
            head += (char) in.read();
        }
        assertTrue(head.startsWith("HTTP/1.1 101"), head);
    }

    /** A masked client frame: {@code opcode} 1 text, 0 continuation; payloads under 64 KiB. */
    private static byte[] frame(int opcode, boolean fin, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int header = payload.length < 126 ? 2 : 4;
        byte[] frame = new byte[header + 4 + payload.length];
        frame[0] = (byte) ((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            frame[1] = (byte) (0x80 | payload.length);
        } else {
            frame[1] = (byte) (0x80 | 126);
            frame[2] = (byte) (payload.length >> 8);
            frame[3] = (byte) payload.length;
        }
        byte[] mask = {1, 2, 3, 4};
        System.arraycopy(mask, 0, frame, header, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[header + 4 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; events: " + SocketsApi.events);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
