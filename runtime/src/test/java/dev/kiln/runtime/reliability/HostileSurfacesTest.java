package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Cors;
import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in surfaces as an attacker tries them, byte for byte: range headers, CORS origins (CRLF
 * attempts, regex near-misses), static paths. Each gets its 4xx (or an ordinary answer that gives nothing away), never a
 * 500 and never a hang, and the server answers a valid request afterwards. Printed as a table
 * ({@code HOSTILE | ...}) for the reliability notes.
 */
class HostileSurfacesTest {
    private static final String CRLF = "\r\n";
    private static final int FILE_SIZE = 4096;

    @TempDir
    static Path folder;

    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        Files.write(folder.resolve("file.bin"), new byte[FILE_SIZE]);
        app = Kiln.app()
                .instances(1)
                .port(0)
                .staticFiles("/static", folder)
                .cors(Cors.allowOrigins("https://app.example.org").allowOriginRegex("https://[a-z]+\\.example\\.org"))
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1" + CRLF + "Host: a" + CRLF);
        for (String line : headerLines) {
            request.append(line).append(CRLF);
        }
        return request.append(CRLF).toString();
    }

    private static String ranges(int count) {
        return "Range: bytes=" + String.join(",", java.util.Collections.nCopies(count, "0-0"));
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                // Range: 10,000 ranges do not fit the header limit (431); under it, many ranges are not
                // served as many parts (Kiln serves one range, so the whole file comes once).
                Arguments.of("10,000 ranges bytes=0-0,0-0,...", get("/static/file.bin", ranges(10_000)), 431),
                Arguments.of("1,500 ranges (under the header limit)", get("/static/file.bin", ranges(1_500)), 200),
                Arguments.of("reversed range", get("/static/file.bin", "Range: bytes=9-1"), 200),
                Arguments.of("range past the end", get("/static/file.bin", "Range: bytes=99999-"), 416),
                // A position too long to be a long: the header is ignored (RFC 9110 lets a server ignore
                // Range), the whole file is served.
                Arguments.of(
                        "range with a 30-digit number",
                        get("/static/file.bin", "Range: bytes=0-" + "9".repeat(30)),
                        200),
                Arguments.of("range of another unit", get("/static/file.bin", "Range: lines=0-1"), 200),
                // Static paths, encoded climbs.
                Arguments.of("encoded traversal", get("/static/%2e%2e/%2e%2e/etc/passwd"), 404),
                Arguments.of("encoded slash traversal", get("/static/..%2f..%2fetc%2fpasswd"), 404),
                Arguments.of("double-encoded traversal", get("/static/%252e%252e/etc/passwd"), 404),
                Arguments.of("overlong UTF-8 dots", get("/static/%c0%ae%c0%ae/etc/passwd"), 404),
                Arguments.of("NUL in a static path", get("/static/file.bin%00.txt"), 404),
                // CORS: preflights with hostile origins are refused, never echoed.
                Arguments.of("preflight from a look-alike origin", preflight("https://app.example.org.evil.com"), 400),
                Arguments.of("preflight from origin null", preflight("null"), 400),
                Arguments.of("preflight with a 7,000-byte origin", preflight("https://" + "a".repeat(7000)), 400),
                Arguments.of("preflight with a non-ASCII origin", preflight("https://\u00e9vil.example.org"), 400),
                // A CRLF in the origin ends the header: what follows is another request header, never echoed.
                Arguments.of(
                        "preflight with a CRLF after the origin",
                        preflight("https://app.example.org" + CRLF + "Access-Control-Allow-Origin: *"),
                        200),
                Arguments.of(
                        "preflight with an encoded CRLF in the origin",
                        preflight("https://app.example.org%0d%0aSet-Cookie:%20a=b"),
                        400),
                Arguments.of("preflight with a bare LF in the origin", preflight("https://app.example.org\nX: y"), 400),
                // Two Origin headers: the first is the one checked (and echoed), as Starlette reads headers.
                Arguments.of(
                        "preflight with two origins",
                        preflight("https://app.example.org" + CRLF + "Origin: null"),
                        200),
                // The regex is matched whole, in linear time: a long near-miss is answered at once.
                Arguments.of(
                        "regex near-miss of 6,000 letters",
                        preflight("https://" + "a".repeat(6000) + ".example.org!"),
                        400),
                Arguments.of(
                        "regex near-miss of 3,000 sub-domains",
                        preflight("https://" + "a.".repeat(3000) + "example.org"),
                        400),
                Arguments.of(
                        "preflight asking for 1,000 headers",
                        preflight("https://app.example.org" + CRLF + "Access-Control-Request-Headers: "
                                + String.join(",", java.util.Collections.nCopies(1000, "x-a"))),
                        400));
    }

    private static String preflight(String originAndMore) {
        return "OPTIONS /static/file.bin HTTP/1.1" + CRLF + "Host: a" + CRLF + "Origin: " + originAndMore + CRLF
                + "Access-Control-Request-Method: GET" + CRLF + CRLF;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("attacks")
    void isAnsweredWithoutA500(String attack, String request, int expected) throws Exception {
        try (RawHttp http = new RawHttp(app.port(), 10_000)) {
            http.send(request);
            RawHttp.Answer answer = http.read();
            System.out.printf("HOSTILE | %-45s | %s%n", attack, answer.status());
            assertNotEquals(500, answer.status(), attack);
            assertEquals(expected, answer.status(), attack + ": " + answer);
            assertTrue(answer.body().length() <= FILE_SIZE, attack + ": the answer is at most the file once");
            String allowed = answer.header("access-control-allow-origin");
            assertTrue(
                    allowed == null || allowed.equals("https://app.example.org"),
                    attack + ": a hostile origin is never echoed: " + allowed);
        }
        assertEquals(200, RawHttp.once(app.port(), get("/static/file.bin")).status(), "still serving after " + attack);
    }

    @Test
    void anOriginMatchingTheRegexOnlyInPartIsNotAllowed() throws Exception {
        RawHttp.Answer answer =
                RawHttp.once(app.port(), get("/static/file.bin", "Origin: https://x.example.org.evil.com"));
        assertEquals(200, answer.status());
        assertNull(answer.header("access-control-allow-origin"));
        RawHttp.Answer allowed = RawHttp.once(app.port(), get("/static/file.bin", "Origin: https://x.example.org"));
        assertEquals("https://x.example.org", allowed.header("access-control-allow-origin"));
    }
}
