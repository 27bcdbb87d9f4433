package dev.kiln.runtime.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.testing.Multipart;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form limits and hostile multipart bodies, over raw sockets where a well-behaved client would not
 * say it: every refusal is a 400 or 413 (never a 500), and no temporary file is left, ever.
 */
class UploadLimitsTest {
    private static final int KIB = 1024;
    private static final String BOUNDARY = "XyZ";

    @TempDir
    static Path small;

    @TempDir
    static Path defaults;

    /** Small limits: 256 KiB per file, 3 files, 5 fields, 64 KiB of non-file bytes. */
    static TestClient limited;
    /** The default limits. */
    static TestClient plain;

    @BeforeAll
    static void start() {
        limited = FormsHost.start(Kiln.app()
                .instances(1)
                .uploadDirectory(small)
                .maxUploadSize(256 * KIB)
                .maxFiles(3)
                .maxFormFields(5)
                .maxBodySize(64 * KIB));
        plain = FormsHost.start(Kiln.app().instances(1).uploadDirectory(defaults));
    }

    @AfterAll
    static void stop() {
        limited.close();
        plain.close();
    }

    @AfterEach
    void noFileIsLeft() throws Exception {
        assertEquals(List.of(), FormsHost.awaitEmpty(small, Duration.ofSeconds(5)));
        assertEquals(List.of(), FormsHost.awaitEmpty(defaults, Duration.ofSeconds(5)));
    }

    // ------------------------------------------------------------------ the limits

    @Test
    void aFileOfExactlyTheLimitIsTaken_oneByteMoreIs413() throws Exception {
        TestResponse fits = limited.multipart(
                "/photos", Multipart.create().file("photos", "a.bin", "application/octet-stream", new byte[256 * KIB]));
        assertEquals(200, fits.status(), fits.toString());
        assertEquals(256 * KIB, fits.json().get(0).get("size").asInt());

        // One byte past the limit, and the body not even finished: refused as the limit is crossed.
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            byte[] start = concat(partHead("photos", "a.bin"), new byte[256 * KIB + 1]);
            // Declared within what the app accepts (3 files of 256 KiB, 64 KiB of fields), so not refused up front.
            http.send(head("/photos", start.length + 100));
            http.send(start);
            RawHttp.Answer answer = http.read();
            assertEquals(413, answer.status());
            assertEquals("{\"detail\":\"Request Entity Too Large\"}", answer.body());
            assertEquals("close", answer.header("connection"));
        }
    }

    @Test
    void aDeclaredLengthPastWhatTheFormMayHoldIs413BeforeReading() throws Exception {
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send(head("/photos", 3 * 256 * KIB + 64 * KIB + 1));
            RawHttp.Answer answer = http.read();
            assertEquals(413, answer.status());
        }
    }

    @Test
    void expectContinueIsAnsweredOnlyForAFormTheAppWouldRead() throws Exception {
        Multipart form = files(1, 10 * KIB);
        byte[] body = form.toBytes();
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send("POST /photos HTTP/1.1\r\nHost: x\r\nContent-Type: " + form.contentType()
                    + "\r\nExpect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n");
            assertEquals(100, http.read().status());
            http.send(body);
            assertEquals(200, http.read().status());
        }
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send("POST /photos HTTP/1.1\r\nHost: x\r\nContent-Type: " + form.contentType()
                    + "\r\nExpect: 100-continue\r\nContent-Length: 100000000\r\n\r\n");
            assertEquals(413, http.read().status());
        }
    }

    @Test
    void moreFilesThanMaxFilesIs413() throws Exception {
        assertEquals(413, limited.multipart("/photos", files(4, 10 * KIB)).status());
        assertEquals(200, limited.multipart("/photos", files(3, 10 * KIB)).status());
    }

    @Test
    void moreFieldsThanMaxFormFieldsIs413_urlencodedAndMultipart() throws Exception {
        assertEquals(
                200,
                limited.form("/tags", Map.of("tag", List.of("1", "2", "3", "4", "5")))
                        .status());
        assertEquals(
                413,
                limited.form("/tags", Map.of("tag", List.of("1", "2", "3", "4", "5", "6")))
                        .status());
        Multipart six = Multipart.create();
        for (int i = 0; i < 6; i++) {
            six.field("tag", "t" + i);
        }
        assertEquals(413, limited.multipart("/tags", six).status());
    }

    @Test
    void aUrlencodedBodyOverMaxBodySizeIs413_declaredOrChunked() throws Exception {
        String big = "tag=" + "x".repeat(64 * KIB);
        assertEquals(
                413,
                limited.request("POST", "/tags")
                        .body("application/x-www-form-urlencoded", big)
                        .send()
                        .status());
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send("POST /tags HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(16 * KIB);
            for (int i = 0; i < 5; i++) {
                http.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
            assertEquals(413, http.read().status());
        }
    }

    @Test
    void theNonFileBytesOfAMultipartBodyAreBoundByMaxBodySize() throws Exception {
        Multipart form = Multipart.create();
        for (int i = 0; i < 4; i++) {
            form.field("tag", "y".repeat(20 * KIB));
        }
        assertEquals(413, limited.multipart("/tags", form).status());
        // Files do not count: 3 files of 200 KiB go through an app whose maxBodySize is 64 KiB.
        assertEquals(200, limited.multipart("/photos", files(3, 200 * KIB)).status());
    }

    @Test
    void oneFieldOverOneMibIs413() throws Exception {
        assertEquals(
                200,
                plain.multipart("/tags", Multipart.create().field("tag", "z".repeat(1000 * KIB)))
                        .status());
        assertEquals(
                413,
                plain.multipart("/tags", Multipart.create().field("tag", "z".repeat(1025 * KIB)))
                        .status());
    }

    @Test
    void tenThousandTinyPartsAre413() throws Exception {
        Multipart fields = Multipart.create();
        Multipart files = Multipart.create();
        for (int i = 0; i < 10_000; i++) {
            fields.field("tag", "t");
            files.file("photos", "f", "text/plain", new byte[] {'x'});
        }
        assertEquals(413, plain.multipart("/tags", fields).status());
        assertEquals(413, plain.multipart("/photos", files).status());
    }

    // ------------------------------------------------------------------ bad multipart bodies

    @Test
    void noBoundaryIs400() throws Exception {
        for (String type : List.of(
                "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8")) {
            TestResponse r =
                    limited.request("POST", "/photos").body(type, "--x\r\n").send();
            assertEquals(400, r.status(), type);
            assertEquals("{\"detail\":\"Missing boundary in multipart.\"}", r.text());
        }
    }

    @Test
    void aTruncatedBodyIs400_andItsFileIsDeleted() throws Exception {
        byte[] truncatedFile = concat(partHead("photos", "a.bin"), new byte[100 * KIB]);
        byte[] truncatedField = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nabc")
                .getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] body : List.of(truncatedFile, truncatedField)) {
            RawHttp.Answer answer = post("/photos", body);
            assertEquals(400, answer.status());
            assertEquals("{\"detail\":\"There was an error parsing the body\"}", answer.body());
        }
    }

    @Test
    void malformedBodiesAre400() throws Exception {
        List<String> bodies = List.of(
                "not a multipart body at all",
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--" + BOUNDARY + "--\r\n",
                "--" + BOUNDARY + "\r\nContent-Transfer-Encoding: rot13\r\nContent-Disposition: form-data; name=\"a\"; "
                        + "filename=\"a\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n");
        for (String body : bodies) {
            RawHttp.Answer answer = post("/photos", body.getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(400, answer.status(), body);
        }
    }

    @Test
    void anOversizedPartHeaderIs413() throws Exception {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\""
                + "n".repeat(10 * KIB) + "\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
        assertEquals(
                413, post("/photos", body.getBytes(StandardCharsets.ISO_8859_1)).status());
    }

    // ------------------------------------------------------------------ cleanup, whatever happens

    @Test
    void filesAreDeletedWhenTheOperationFails() throws Exception {
        Multipart form = Multipart.create().field("album", "fail").file("photos", "a", "text/plain", new byte[KIB]);
        assertEquals(500, limited.multipart("/photos", form).status());
        Multipart refused =
                Multipart.create().field("album", "refuse").file("photos", "a", "text/plain", new byte[KIB]);
        assertEquals(409, limited.multipart("/photos", refused).status());
    }

    @Test
    void aClientGoneMidUploadLeavesNoFile() throws Exception {
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send(head("/photos", 800_000));
            http.send(concat(partHead("photos", "a.bin"), new byte[100 * KIB]));
            // The file exists while the upload goes on...
            FormsHost.awaitAFile(small);
        }
        // ...and is deleted once the connection is gone (checked by noFileIsLeft).
    }

    @Test
    void aSlowUploadIs408_andLeavesNoFile() throws Exception {
        @SuppressWarnings("resource")
        Path slowDir = Files.createTempDirectory(small.getParent(), "slow");
        try (TestClient slow = FormsHost.start(
                Kiln.app().instances(1).uploadDirectory(slowDir).bodyReadTimeout(Duration.ofMillis(500)))) {
            try (RawHttp http = new RawHttp(slow.app().port(), 10_000)) {
                http.send(head("/photos", 10_000_000));
                http.send(concat(partHead("photos", "a.bin"), new byte[10 * KIB]));
                assertEquals(408, http.read().status());
            }
            assertEquals(List.of(), FormsHost.awaitEmpty(slowDir, Duration.ofSeconds(5)));
        }
    }

    @Test
    void aShutdownMidUploadLeavesNoFile() throws Exception {
        Path dir = Files.createTempDirectory(small.getParent(), "shutdown");
        TestClient app = FormsHost.start(
                Kiln.app().instances(1).uploadDirectory(dir).shutdownGracePeriod(Duration.ofMillis(200)));
        try (RawHttp http = new RawHttp(app.app().port(), 10_000)) {
            http.send(head("/photos", 10_000_000));
            http.send(concat(partHead("photos", "a.bin"), new byte[100 * KIB]));
            FormsHost.awaitAFile(dir);
            app.close();
            assertEquals(List.of(), FormsHost.files(dir), "left behind once close() returned");
        }
    }

    @Test
    void anUploadDirectoryRemovedWhileRunningIsMadeAgain_oneThatCannotBeIs500() throws Exception {
        Path dir = Files.createTempDirectory(small.getParent(), "removed");
        try (TestClient app = FormsHost.start(Kiln.app().instances(1).uploadDirectory(dir))) {
            Multipart form = Multipart.create().file("photos", "a", "text/plain", new byte[KIB]);
            Files.delete(dir);
            assertEquals(200, app.multipart("/photos", form).status());
            assertTrue(Files.isDirectory(dir));
            // A regular file where the directory was: no file can be made there.
            assertEquals(List.of(), FormsHost.awaitEmpty(dir, Duration.ofSeconds(5)));
            Files.delete(dir);
            Files.writeString(dir, "in the way");
            TestResponse r = app.multipart("/photos", form);
            assertEquals(500, r.status());
            assertEquals("{\"detail\":\"Internal Server Error\"}", r.text());
            Files.delete(dir);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A form of {@code count} files named {@code photos}, {@code size} bytes each. */
    private static Multipart files(int count, int size) {
        Multipart form = Multipart.create();
        for (int i = 0; i < count; i++) {
            form.file("photos", i + ".bin", "application/octet-stream", new byte[size]);
        }
        return form;
    }

    /** Sends a multipart body with Content-Length on a fresh connection and reads the answer. */
    private static RawHttp.Answer post(String path, byte[] body) throws IOException {
        try (RawHttp http = new RawHttp(limited.app().port(), 10_000)) {
            http.send(head(path, body.length));
            http.send(body);
            return http.read();
        }
    }

    static byte[] head(String path, long contentLength) {
        return ("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                        + "\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] partHead(String name, String filename) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
