package dev.kiln.it;

import static dev.kiln.it.RawWebSocket.BINARY;
import static dev.kiln.it.RawWebSocket.CLOSE;
import static dev.kiln.it.RawWebSocket.CONTINUATION;
import static dev.kiln.it.RawWebSocket.FIN;
import static dev.kiln.it.RawWebSocket.PING;
import static dev.kiln.it.RawWebSocket.PONG;
import static dev.kiln.it.RawWebSocket.TEXT;
import static dev.kiln.it.RawWebSocket.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.it.security.Tokens;
import dev.kiln.it.streams.Probe;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestWebSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The surfaces the processor's apps add, as an attacker tries them over a socket: security headers
 * (overlong, bad base64, bytes that are not UTF-8, odd schemes; also fuzzed from a seed), WebSocket
 * frames written byte for byte (oversize, fragment floods, bad UTF-8, ping floods, protocol errors, a
 * frame after the close), and event-stream clients that never read. Each gets its 4xx or its close
 * code, never a 500 and never a hang, and the app serves a normal request afterwards. Printed as a
 * table ({@code HOSTILE | ...}) for {@code docs/hardening.md}.
 */
class HostileSurfacesIT {
    private static final String CRLF = "\r\n";
    private static final int MAX_MESSAGE = 1024;
    /** What {@link RawWebSocket.Frame#closeCode()} gives when the connection ended without a close frame. */
    private static final int CLOSED = -1;
    /** RFC 6455's close code for a protocol error. */
    private static final int PROTOCOL_ERROR = 1002;

    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app().instances(1).maxWebSocketMessageSize(MAX_MESSAGE));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    // ------------------------------------------------------------------ security headers

    private static String get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1" + CRLF + "Host: it" + CRLF);
        for (String line : headerLines) {
            request.append(line).append(CRLF);
        }
        return request.append("Connection: close").append(CRLF).append(CRLF).toString();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static Stream<Arguments> securityAttacks() {
        String token = Tokens.create("johndoe", List.of(), Duration.ofMinutes(5));
        String rightBasic = base64(utf8("stanleyjobson:swordfish"));
        return Stream.of(
                Arguments.of(
                        "Bearer with a 7,000-byte token",
                        get("/security/bearer", "Authorization: Bearer " + "a".repeat(7000)),
                        401),
                Arguments.of(
                        "Authorization of 9,000 bytes",
                        get("/security/bearer", "Authorization: Bearer " + "a".repeat(9000)),
                        431),
                Arguments.of("Bearer with nothing", get("/security/bearer", "Authorization: Bearer"), 401),
                Arguments.of("Bearer and spaces", get("/security/bearer", "Authorization: Bearer    "), 401),
                Arguments.of("scheme only, another one", get("/security/bearer", "Authorization: Digest"), 401),
                Arguments.of(
                        "bEaReR scheme (case-insensitive)",
                        get("/security/bearer", "Authorization: bEaReR " + token),
                        200),
                Arguments.of("BearerX scheme", get("/security/bearer", "Authorization: BearerX " + token), 401),
                Arguments.of(
                        "Bearer token of Latin-1 bytes",
                        get("/security/bearer", "Authorization: Bearer \u00e9\u00ff\u00c3("),
                        401),
                Arguments.of(
                        "Bearer token with a tab", get("/security/bearer", "Authorization: Bearer\t" + token), 401),
                Arguments.of(
                        "Basic with bad base64", get("/security/basic", "Authorization: Basic !!!not-base64"), 401),
                Arguments.of(
                        "Basic with truncated base64",
                        get("/security/basic", "Authorization: Basic " + rightBasic.substring(1)),
                        401),
                Arguments.of(
                        "Basic without a colon",
                        get("/security/basic", "Authorization: Basic " + base64(utf8("stanleyjobson"))),
                        401),
                Arguments.of(
                        "Basic of bytes that are not UTF-8",
                        get(
                                "/security/basic",
                                "Authorization: Basic "
                                        + base64(new byte[] {(byte) 0xff, (byte) 0xfe, ':', (byte) 0xc3})),
                        401),
                Arguments.of(
                        "Basic of 6,000 bytes",
                        get("/security/basic", "Authorization: Basic " + base64(new byte[4500])),
                        401),
                Arguments.of(
                        "bAsIc scheme, right credentials",
                        get("/security/basic", "Authorization: bAsIc " + rightBasic),
                        200),
                Arguments.of(
                        "API key header of 7,000 bytes",
                        get("/security/api-key/header", "X-API-Key: " + "k".repeat(7000)),
                        401),
                Arguments.of(
                        "API key header of Latin-1 bytes",
                        get("/security/api-key/header", "X-API-Key: \u00e9\u00ff"),
                        401),
                Arguments.of("API key query with bad escapes", get("/security/api-key/query?api_key=%00%ff%zz%"), 401),
                Arguments.of(
                        "API key query repeated 300 times",
                        get("/security/api-key/query?" + "api_key=x&".repeat(300)),
                        401),
                Arguments.of(
                        "API key cookie of garbage",
                        get("/security/api-key/cookie", "Cookie: ;;;session;=;=session; session=\"\u00e9"),
                        401),
                Arguments.of(
                        "API key cookie of 7,000 bytes",
                        get("/security/api-key/cookie", "Cookie: session=" + "c".repeat(7000)),
                        401),
                Arguments.of(
                        "API key cookie with a control byte",
                        get("/security/api-key/cookie", "Cookie: session=a\u0001b"),
                        400),
                Arguments.of(
                        "OAuth2 with a forged token",
                        get("/security/users/me", "Authorization: Bearer e30.e30.AAAA"),
                        401));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("securityAttacks")
    void aSecurityHeaderAttackIsAnsweredWithoutA500(String attack, String request, int expected) throws Exception {
        int status = exchange(request);
        System.out.printf("HOSTILE | %-45s | %s%n", attack, status);
        assertNotEquals(500, status, attack);
        assertEquals(expected, status, attack);
        assertStillServing(attack);
    }

    /**
     * Seeded fuzz of the security headers: schemes, then tokens of random bytes (base64's alphabet,
     * separators, bytes past ASCII) and lengths, on every scheme's operation. Every answer is a
     * well-formed HTTP answer under 500. Another seed: {@code -Dkiln.fuzz.seed=...}.
     */
    @Test
    void fuzzedSecurityHeadersNeverGetA500() throws Exception {
        long seed = Long.getLong("kiln.fuzz.seed", 20261202L);
        Random random = new Random(seed);
        String[] targets = {
            "/security/bearer",
            "/security/basic",
            "/security/users/me",
            "/security/oidc",
            "/security/bearer/optional",
            "/security/basic/optional",
            "/security/api-key/header",
            "/security/api-key/cookie"
        };
        String[] schemes = {"Bearer ", "bearer ", "BASIC ", "Basic ", "Digest ", "", " ", "Bearer  ", "Basic\t"};
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.:,; \"\\";
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder value = new StringBuilder(schemes[random.nextInt(schemes.length)]);
            int length = random.nextInt(10) == 0 ? random.nextInt(9000) : random.nextInt(80);
            for (int c = 0; c < length; c++) {
                value.append(
                        random.nextInt(8) == 0
                                ? (char) (0x80 + random.nextInt(0x80))
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                value = new StringBuilder("Basic " + base64(value.toString().getBytes(StandardCharsets.ISO_8859_1)));
            }
            String target = targets[random.nextInt(targets.length)];
            String header = target.contains("api-key/header")
                    ? "X-API-Key: "
                    : target.contains("cookie") ? "Cookie: session=" : "Authorization: ";
            String request = get(target, header + value);
            int status = exchange(request);
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            assertTrue(
                    status >= 200 && status < 500, "case " + i + " (seed " + seed + ") got " + status + ": " + request);
        }
        System.out.println("FUZZ | security headers | seed " + seed + " | 400 cases | answers by status: " + statuses);
        assertStillServing("the security header fuzz");
    }

    /**
     * Sends one request that ends with {@code Connection: close} and reads the whole answer: its
     * status, after checking it is a well-formed HTTP/1.1 answer (a status line, a blank line after
     * the head).
     */
    private static int exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", client.app().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(
                    answer.matches("(?s)HTTP/1\\.1 \\d{3} [^\r\n]*\r\n.*?\r\n\r\n.*"), "not an HTTP answer: " + answer);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    private static void assertStillServing(String after) throws IOException {
        assertEquals(200, exchange(get("/security/bearer/optional")), "still serving after " + after);
    }

    // ------------------------------------------------------------------ WebSocket frames

    private static byte[] repeat(char c, int count) {
        return utf8(String.valueOf(c).repeat(count));
    }

    private static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] frames(int count, int firstByte, byte[] payload) {
        return concat(java.util.Collections.nCopies(count, RawWebSocket.frame(firstByte, true, payload)));
    }

    static Stream<Arguments> frameAttacks() {
        byte[] badUtf8 = {'a', (byte) 0xc3, '(', (byte) 0xff};
        return Stream.of(
                Arguments.of(
                        "message of 2,000 bytes (limit 1,024)",
                        RawWebSocket.frame(FIN | TEXT, true, repeat('a', 2000)),
                        1009),
                Arguments.of(
                        "frame declaring 2^62 bytes",
                        RawWebSocket.frame(FIN | BINARY, true, 1L << 62, new byte[0]),
                        1009),
                Arguments.of(
                        "2,000 one-byte fragments",
                        concat(List.of(
                                RawWebSocket.frame(TEXT, true, repeat('a', 1)),
                                frames(2000, CONTINUATION, repeat('a', 1)))),
                        1009),
                Arguments.of("text frame of bad UTF-8", RawWebSocket.frame(FIN | TEXT, true, badUtf8), 1007),
                Arguments.of(
                        "bad UTF-8 split over fragments",
                        concat(List.of(
                                RawWebSocket.frame(TEXT, true, new byte[] {'a', (byte) 0xe2}),
                                RawWebSocket.frame(FIN | CONTINUATION, true, new byte[] {'(', '('}))),
                        1007),
                // Protocol errors (RFC 6455 §7.4.1): a close frame with 1002, then the connection is closed.
                Arguments.of(
                        "unmasked client frame", RawWebSocket.frame(FIN | TEXT, false, utf8("hi")), PROTOCOL_ERROR),
                Arguments.of("reserved opcode 0x3", RawWebSocket.frame(FIN | 0x3, true, utf8("hi")), PROTOCOL_ERROR),
                Arguments.of("ping of 126 bytes", RawWebSocket.frame(FIN | PING, true, new byte[126]), PROTOCOL_ERROR),
                Arguments.of("fragmented ping", RawWebSocket.frame(PING, true, utf8("p")), PROTOCOL_ERROR),
                Arguments.of(
                        "continuation with no message",
                        RawWebSocket.frame(FIN | CONTINUATION, true, utf8("x")),
                        PROTOCOL_ERROR),
                Arguments.of(
                        "new message inside a fragmented one",
                        concat(List.of(
                                RawWebSocket.frame(TEXT, true, utf8("a")),
                                RawWebSocket.frame(FIN | TEXT, true, utf8("b")))),
                        PROTOCOL_ERROR),
                Arguments.of(
                        "close frame with a 1-byte payload",
                        RawWebSocket.frame(FIN | CLOSE, true, new byte[] {3}),
                        PROTOCOL_ERROR));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("frameAttacks")
    void aHostileFrameGetsItsCloseCode(String attack, byte[] bytes, int expected) throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            ws.send(bytes);
            RawWebSocket.Frame close = ws.readUntil(CLOSE);
            System.out.printf(
                    "HOSTILE | ws %-42s | %s%n",
                    attack, close.closeCode() == CLOSED ? "connection closed" : "close " + close.closeCode());
            assertEquals(expected, close.closeCode(), attack + ": " + close.text());
            assertTrue(ws.closedByServer(), attack + ": the connection is closed");
        }
        assertWebSocketsServed(attack);
    }

    /** 100,000 empty continuation frames cost nothing but time: the message arrives whole. */
    @Test
    void aFloodOfEmptyFragmentsEndsInOneMessage() throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            ws.send(RawWebSocket.frame(TEXT, true, utf8("a")));
            ws.send(frames(100_000, CONTINUATION, new byte[0]));
            ws.send(RawWebSocket.frame(FIN | CONTINUATION, true, utf8("b")));
            RawWebSocket.Frame echo = ws.readUntil(TEXT);
            System.out.printf("HOSTILE | ws %-42s | %s%n", "100,000 empty fragments", echo.text());
            assertEquals("AB", echo.text());
        }
    }

    /** 10,000 pings of 125 bytes in one burst are each answered with a pong; the socket stays usable. */
    @Test
    void aPingFloodIsAnsweredAndTheSocketStaysUsable() throws Exception {
        int pings = 10_000;
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            Thread writer = new Thread(() -> {
                try {
                    ws.send(frames(pings, FIN | PING, new byte[125]));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            int pongs = 0;
            while (pongs < pings && ws.read().opcode() == PONG) {
                pongs++;
            }
            writer.join();
            ws.send(FIN | TEXT, utf8("after"));
            RawWebSocket.Frame frame = ws.read();
            System.out.printf("HOSTILE | ws %-42s | %d pongs, then %s%n", "10,000 pings", pongs, frame.text());
            assertEquals(pings, pongs);
            assertEquals(TEXT, frame.opcode());
            assertEquals("AFTER", frame.text());
        }
    }

    /** RSV1 on a frame of a socket that negotiated no extension fails it (RFC 6455 §5.2): close 1002. */
    @Test
    void anRsv1FrameWithoutANegotiatedExtensionIsAProtocolError() throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            ws.send(FIN | 0x40 | TEXT, utf8("hi"));
            RawWebSocket.Frame close = ws.readUntil(CLOSE);
            System.out.printf("HOSTILE | ws %-42s | close %d%n", "RSV1 set, no extension", close.closeCode());
            assertEquals(PROTOCOL_ERROR, close.closeCode());
            assertTrue(ws.closedByServer());
        }
        assertWebSocketsServed("an RSV1 frame");
    }

    /** With per-message deflate negotiated, RSV1 marks a compressed message: it is taken, and answered compressed. */
    @Test
    void anRsv1FrameWithPerMessageDeflateNegotiatedIsACompressedMessage() throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(
                client.app().port(), "/ws/bytes", "Sec-WebSocket-Extensions: permessage-deflate\r\n")) {
            assertTrue(ws.handshake.toLowerCase(java.util.Locale.ROOT).contains("permessage-deflate"), ws.handshake);
            ws.send(FIN | 0x40 | TEXT, deflate(utf8("hi")));
            RawWebSocket.Frame echo = ws.readUntil(TEXT);
            // RSV1 on the answer: compressed too.
            byte[] payload = echo.rsv() == 4 ? inflate(echo.payload()) : echo.payload();
            String text = new String(payload, StandardCharsets.UTF_8);
            System.out.printf("HOSTILE | ws %-42s | taken: %s%n", "RSV1 set, per-message deflate", text);
            assertEquals("HI", text);
        }
    }

    /**
     * The extension handler joins a connection only with its upgrade request: one that answered a plain
     * request first negotiates per-message deflate all the same.
     */
    @Test
    void perMessageDeflateIsNegotiatedOnAConnectionThatAnsweredAPlainRequestFirst() throws Exception {
        try (RawWebSocket ws = RawWebSocket.openAfterRequest(
                client.app().port(),
                "/security/bearer",
                "/ws/bytes",
                "Sec-WebSocket-Extensions: permessage-deflate\r\n")) {
            assertTrue(ws.handshake.toLowerCase(java.util.Locale.ROOT).contains("permessage-deflate"), ws.handshake);
            ws.send(FIN | 0x40 | TEXT, deflate(utf8("hi")));
            RawWebSocket.Frame echo = ws.readUntil(TEXT);
            byte[] payload = echo.rsv() == 4 ? inflate(echo.payload()) : echo.payload();
            assertEquals("HI", new String(payload, StandardCharsets.UTF_8));
        }
    }

    /** RFC 7692: a message's DEFLATE bytes without the final empty block's {@code 00 00 ff ff}. */
    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        byte[] out = new byte[data.length + 64];
        int length = deflater.deflate(out, 0, out.length, java.util.zip.Deflater.SYNC_FLUSH);
        deflater.end();
        return java.util.Arrays.copyOf(out, length - 4);
    }

    private static byte[] inflate(byte[] data) throws java.util.zip.DataFormatException {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(concat(List.of(data, new byte[] {0, 0, (byte) 0xff, (byte) 0xff})));
        byte[] out = new byte[1024];
        int length = inflater.inflate(out);
        inflater.end();
        return java.util.Arrays.copyOf(out, length);
    }

    /**
     * A client that sends pings and never reads the pongs: the server must not queue pongs without
     * bound. 64 MiB of pings cannot all be sent: the server stops reading them (or closes) once its
     * pongs are not taken.
     */
    @Test
    void aPingFloodFromAClientThatNeverReadsIsBounded() throws Exception {
        int pings = 500_000;
        byte[] ping = RawWebSocket.frame(FIN | PING, true, new byte[125]);
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CompletableFuture<String> writer = new java.util.concurrent.CompletableFuture<>();
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < pings; i += 1000) {
                        ws.send(frames(1000, FIN | PING, new byte[125]));
                        sent.addAndGet(1000L * ping.length);
                    }
                    writer.complete("all sent");
                } catch (IOException closed) {
                    writer.complete("closed by the server: " + closed.getMessage());
                }
            });
            thread.setDaemon(true);
            thread.start();
            String outcome;
            try {
                outcome = writer.get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException held) {
                outcome = "held back";
            }
            System.out.printf(
                    "HOSTILE | ws %-42s | %s after %d KiB of pings%n",
                    "ping flood, pongs never read", outcome, sent.get() / 1024);
            assertNotEquals("all sent", outcome, "64 MiB of pings went in: their pongs are queued without bound");
        }
        assertWebSocketsServed("a ping flood");
    }

    /** After the close handshake, a frame finds the connection closed; nothing else happens. */
    @Test
    void aFrameAfterTheCloseIsIgnoredAndTheConnectionEnds() throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(client.app().port(), "/ws/bytes")) {
            ws.send(FIN | CLOSE, new byte[] {0x03, (byte) 0xe8});
            assertEquals(1000, ws.readUntil(CLOSE).closeCode());
            try {
                ws.send(FIN | TEXT, utf8("late"));
            } catch (IOException alreadyClosed) {
                // the server closed first: the frame never left
            }
            assertTrue(ws.closedByServer());
            System.out.printf("HOSTILE | ws %-42s | %s%n", "frame after the close", "closed, ignored");
        }
        assertWebSocketsServed("a frame after the close");
    }

    private static void assertWebSocketsServed(String after) {
        try (TestWebSocket ws = client.websocket("/ws/bytes")) {
            ws.sendText("ok");
            assertEquals("OK", ws.receiveText(Duration.ofSeconds(10)), "WebSockets still served after " + after);
        }
    }

    // ------------------------------------------------------------------ event-stream clients that never read

    /**
     * Twenty event-stream clients that read the first byte and nothing more: each producer is held back
     * once the socket buffers and its write queue are full (memory per client bounded), a normal client
     * is served meanwhile, and each stream is ended, its cleanup run, once its client goes away.
     */
    @Test
    void eventStreamClientsThatNeverReadAreHeldBackThenEndedWhenGone() throws Exception {
        int clients = 20;
        List<Socket> sockets = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                String name = "hostile-sse-" + i;
                probes.add(Probe.of(name));
                Socket socket = new Socket();
                sockets.add(socket);
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress("127.0.0.1", client.app().port()));
                socket.getOutputStream()
                        .write(get("/streams/endless/read-stream?size=1000&probe=" + name)
                                .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                assertTrue(in.read() >= 0, "the answer started");
            }
            int held = 0;
            for (Probe probe : probes) {
                held += StreamsIT.settle(probe);
            }
            System.out.printf(
                    "HOSTILE | %-45s | %d items of 1 kB made in all, then held back%n",
                    clients + " event-stream clients that never read", held);
            assertTrue(held < clients * 20_000, held + " items made for clients that read nothing");
            assertEquals(200, exchange(get("/streams/stream?count=3")), "a normal client is served meanwhile");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        for (Probe probe : probes) {
            assertTrue(Probe.await(probe.closed), "a producer was not stopped");
            assertTrue(Probe.await(probe.cleanedUp), "a request's cleanup did not run");
        }
    }
}
