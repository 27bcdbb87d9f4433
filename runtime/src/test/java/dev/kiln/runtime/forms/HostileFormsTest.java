package dev.kiln.runtime.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.Kiln;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.testing.TestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Multipart and urlencoded bodies as an attacker writes them, byte for byte over a socket: odd
 * boundaries, truncation, part and field floods, huge part headers, filenames that climb. Each gets
 * its 4xx (or an ordinary answer that gives nothing away), never a 500 and never a hang; no file is
 * left in, or written outside, the upload directory; the server answers a valid form afterwards.
 * Printed as a table ({@code HOSTILE | ...}) for {@code docs/hardening.md}.
 */
class HostileFormsTest {
    private static final int KIB = 1024;
    private static final String CRLF = "\r\n";
    private static final String B = "XyZ";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path uploads;

    /** 3 files, 5 fields, 64 KiB of non-file bytes, 256 KiB per file. */
    private static TestClient app;

    @BeforeAll
    static void start() {
        app = FormsHost.start(Kiln.app()
                .instances(1)
                .uploadDirectory(uploads)
                .maxUploadSize(256 * KIB)
                .maxFiles(3)
                .maxFormFields(5)
                .maxBodySize(64 * KIB)
                .bodyReadTimeout(Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void noFileIsLeft() throws Exception {
        assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(5)));
    }

    // ------------------------------------------------------------------ the requests

    private static String post(String path, String contentType, String body) {
        return "POST " + path + " HTTP/1.1" + CRLF + "Host: a" + CRLF + "Content-Type: " + contentType + CRLF
                + "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length + CRLF + CRLF + body;
    }

    private static String multipart(String path, String body) {
        return post(path, "multipart/form-data; boundary=" + B, body);
    }

    private static String urlencoded(String body) {
        return post("/tags", "application/x-www-form-urlencoded", body);
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + CRLF + "Content-Disposition: form-data; name=\"" + name + "\"" + CRLF + CRLF + value
                + CRLF;
    }

    private static String file(String filename, String content) {
        return "--" + B + CRLF + "Content-Disposition: form-data; name=\"photos\"; filename=\"" + filename + "\"" + CRLF
                + "Content-Type: text/plain" + CRLF + CRLF + content + CRLF;
    }

    private static String end(String boundary) {
        return "--" + boundary + "--" + CRLF;
    }

    private static String times(int count, String piece) {
        return String.join("", Collections.nCopies(count, piece));
    }

    static Stream<Arguments> attacks() {
        String longBoundary = "b".repeat(4000);
        return Stream.of(
                // Boundaries
                Arguments.of("multipart without a boundary", post("/tags", "multipart/form-data", "--x" + CRLF), 400),
                Arguments.of(
                        "empty quoted boundary", post("/tags", "multipart/form-data; boundary=\"\"", "--" + CRLF), 400),
                Arguments.of(
                        "4,000-byte boundary, used",
                        post(
                                "/tags",
                                "multipart/form-data; boundary=" + longBoundary,
                                field(longBoundary, "tag", "a") + end(longBoundary)),
                        200),
                Arguments.of(
                        "body with another boundary than declared",
                        multipart("/tags", field("other", "tag", "a") + end("other")),
                        400),
                Arguments.of(
                        "boundary with spaces and quotes (taken as written)",
                        post(
                                "/tags",
                                "multipart/form-data; boundary=\"a b\\\"c\"",
                                field("a b\\\"c", "tag", "a") + end("a b\\\"c")),
                        200),
                Arguments.of("no closing boundary", multipart("/tags", field(B, "tag", "a")), 400),
                // An empty form: a list field is empty, as for an empty urlencoded body.
                Arguments.of("only a closing boundary", multipart("/tags", end(B)), 200),
                Arguments.of("boundary line with no CRLF after", multipart("/tags", "--" + B), 400),
                // Truncation
                Arguments.of(
                        "truncated mid part header",
                        multipart("/tags", "--" + B + CRLF + "Content-Disposition: form-da"),
                        400),
                Arguments.of(
                        "truncated mid file",
                        multipart("/photos", file("a.txt", "abc").substring(0, 90)),
                        400),
                // Floods
                Arguments.of(
                        "6 fields (maxFormFields 5)", multipart("/tags", times(6, field(B, "tag", "t")) + end(B)), 413),
                Arguments.of("4 files (maxFiles 3)", multipart("/photos", times(4, file("f", "x")) + end(B)), 413),
                Arguments.of(
                        "1,000 parts with an empty name",
                        multipart(
                                "/tags",
                                times(
                                                1000,
                                                "--" + B + CRLF + "Content-Disposition: form-data; name=\"\"" + CRLF
                                                        + CRLF + CRLF)
                                        + end(B)),
                        400),
                Arguments.of(
                        "part with 2,000 header lines",
                        multipart(
                                "/tags",
                                "--" + B + CRLF + times(2000, "X-A: b" + CRLF)
                                        + "Content-Disposition: form-data; name=\"tag\"" + CRLF + CRLF + "a" + CRLF
                                        + end(B)),
                        413),
                Arguments.of(
                        "part header of 60 KiB",
                        multipart(
                                "/tags",
                                "--" + B + CRLF + "Content-Disposition: form-data; name=\"tag\"; x=\""
                                        + "n".repeat(60 * KIB) + "\"" + CRLF + CRLF + "a" + CRLF + end(B)),
                        413),
                // Urlencoded
                Arguments.of("10,000 urlencoded fields", urlencoded(times(10_000, "tag=a&")), 413),
                Arguments.of("10,000 empty pieces &&&", urlencoded("&".repeat(10_000)), 200),
                Arguments.of("a 60 KiB key", urlencoded("k".repeat(60 * KIB) + "=1&tag=a"), 200),
                Arguments.of("a 70 KiB key (maxBodySize 64 KiB)", urlencoded("k".repeat(70 * KIB) + "=1"), 413),
                Arguments.of("stray % escapes", urlencoded("tag=%zz%&tag=%&%=%"), 200),
                Arguments.of("overlong UTF-8 in a value", urlencoded("tag=%c0%ae%c0%ae%ff"), 200));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("attacks")
    void isAnsweredWithoutA500(String attack, String request, int expected) throws Exception {
        RawHttp.Answer answer = send(request);
        System.out.printf("HOSTILE | %-45s | %s%n", attack, answer.status());
        assertNotEquals(500, answer.status(), attack);
        assertEquals(expected, answer.status(), attack + ": " + answer);
        assertStillServing(attack);
    }

    /**
     * A filename is only reported, never used as a path: the file lands in the upload directory under
     * a name of Kiln's, and the filename comes back as sent (JSON-escaped), as Starlette reports it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..%2F..%2Fetc%2Fpasswd",
                "/etc/passwd",
                "C:\\Windows\\win.ini",
                "a\u0000.txt",
                "\u00e9\u00e9.txt",
                "a\r.txt",
                "<script>.txt"
            })
    void aFilenameNeverLeavesTheUploadDirectory(String filename) throws Exception {
        RawHttp.Answer answer = send(multipart("/photos", file(filename, "abc") + end(B)));
        System.out.printf(
                "HOSTILE | filename %-36s | %s %s%n",
                show(filename), answer.status(), answer.body().replaceAll(".*\"filename\":(\"[^\"]*\").*", "$1"));
        assertNotEquals(500, answer.status(), filename);
        if (answer.status() == 200) {
            JsonNode stored = JSON.readTree(answer.body()).get(0);
            Path path = Path.of(stored.get("path").asText());
            assertEquals(uploads.toRealPath(), path.getParent().toRealPath(), "stored in the upload directory");
            assertTrue(path.getFileName().toString().startsWith("upload-"), path.toString());
            assertEquals(3, stored.get("size").asInt());
        } else {
            assertEquals(400, answer.status(), filename + ": " + answer);
        }
        assertStillServing(filename);
    }

    private static String show(String text) {
        return text.replace("\u0000", "\\0").replace("\r", "\\r");
    }

    private static RawHttp.Answer send(String request) throws IOException {
        try (RawHttp http = new RawHttp(app.app().port(), 10_000)) {
            http.send(request);
            return http.read();
        }
    }

    private static void assertStillServing(String after) throws IOException {
        RawHttp.Answer ok = send(urlencoded("tag=a&tag=b"));
        assertEquals(200, ok.status(), "still serving after " + after);
        assertTrue(ok.body().contains("\"tag\":[\"a\",\"b\"]"), ok.body());
    }
}
