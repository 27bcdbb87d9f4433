package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Response.bytes}, {@code Response.stream}, {@code Response.file} and {@code Response.download}:
 * content types, validators and {@code 304}, one {@code Range}, and what is not a plain 200 file answer.
 * The file is {@code 0123456789} ten times.
 */
class FilesIT {
    private static final String DOCUMENT = "0123456789".repeat(10);
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static TestResponse get(String path, Map<String, String> headers) {
        var request = client.request("GET", path);
        headers.forEach(request::header);
        return request.send();
    }

    @Test
    void bytesAreSentAsTheyAreWithTheirMediaType() {
        TestResponse png = client.get("/files/bytes");
        assertEquals(200, png.status());
        assertEquals("image/png", png.header("content-type"));
        assertEquals("4", png.header("content-length"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, png.bytes());
        // documented under the operation's produces, as FastAPI documents a response_class that is not JSON;
        // a Response<?> whose operation names no media type stays application/json with any schema
        var document = client.get("/openapi.json").json();
        assertEquals(
                "{\"image/png\":{\"schema\":{\"type\":\"string\"}}}",
                document.at("/paths/~1files~1bytes/get/responses/200/content").toString());
        assertEquals(
                "{\"application/json\":{\"schema\":{}}}",
                document.at("/paths/~1files~1csv/get/responses/200/content").toString());
    }

    @Test
    void aStreamOfBytesIsChunkedWithTheResponsesHeaders() {
        TestResponse csv = client.get("/files/csv");
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=utf-8", csv.header("content-type"));
        assertEquals("chunked", csv.header("transfer-encoding"));
        assertEquals("1000", csv.header("x-rows"));
        String[] rows = csv.text().split("\n");
        assertEquals(1000, rows.length);
        assertEquals("1000,1000000", rows[999]);
        assertEquals(DOCUMENT, client.get("/files/async-file").text());
    }

    @Test
    void aFileHasItsTypeLengthAndValidators() {
        TestResponse file = client.get("/files/file");
        assertEquals(200, file.status());
        assertEquals(DOCUMENT, file.text());
        assertEquals("text/plain; charset=utf-8", file.header("content-type"));
        assertEquals("100", file.header("content-length"));
        assertEquals("bytes", file.header("accept-ranges"));
        assertTrue(file.header("etag").matches("\"[0-9a-f]+-64\""), file.header("etag"));
        assertTrue(file.header("last-modified").endsWith(" GMT"), file.header("last-modified"));
    }

    @Test
    void aMatchingValidatorIs304WithoutABody() {
        TestResponse file = client.get("/files/file");
        String etag = file.header("etag");
        String modified = file.header("last-modified");
        for (String noneMatch : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            TestResponse cached = get("/files/file", Map.of("If-None-Match", noneMatch));
            assertEquals(304, cached.status(), noneMatch);
            assertEquals("", cached.text());
            assertEquals(etag, cached.header("etag"));
            assertNull(cached.header("content-type"));
        }
        assertEquals(
                200, get("/files/file", Map.of("If-None-Match", "\"other\"")).status());
        assertEquals(
                304, get("/files/file", Map.of("If-Modified-Since", modified)).status());
        assertEquals(
                200,
                get("/files/file", Map.of("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"))
                        .status());
        // If-None-Match decides when both are sent (RFC 9110)
        assertEquals(
                200,
                get("/files/file", Map.of("If-None-Match", "\"other\"", "If-Modified-Since", modified))
                        .status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bytes=10-19    | 206 | bytes 10-19/100 | 0123456789",
                "bytes=95-      | 206 | bytes 95-99/100 | 56789",
                "bytes=-3       | 206 | bytes 97-99/100 | 789",
                "bytes=0-0,5-9  | 200 |                 | ",
                "bytes=9-1      | 200 |                 | ",
            })
    void oneRangeIsAPart(String range, int status, String contentRange, String body) {
        TestResponse part = get("/files/file", Map.of("Range", range));
        assertEquals(status, part.status());
        assertEquals(contentRange, part.header("content-range"));
        assertEquals(body == null ? DOCUMENT : body, part.text());
        assertEquals(Integer.toString(part.text().length()), part.header("content-length"));
    }

    @Test
    void aRangePastTheEndIs416() {
        TestResponse past = get("/files/file", Map.of("Range", "bytes=100-"));
        assertEquals(416, past.status());
        assertEquals("bytes */100", past.header("content-range"));
        assertEquals("{\"detail\":\"Requested Range Not Satisfiable\"}", past.text());
    }

    @Test
    void ifRangeKeepsTheRangeOnlyForThisVersion() {
        String etag = client.get("/files/file").header("etag");
        assertEquals(
                206,
                get("/files/file", Map.of("Range", "bytes=0-1", "If-Range", etag))
                        .status());
        TestResponse changed = get("/files/file", Map.of("Range", "bytes=0-1", "If-Range", "\"older\""));
        assertEquals(200, changed.status());
        assertEquals(DOCUMENT, changed.text());
    }

    @Test
    void aDownloadNamesItsFile() {
        TestResponse download = client.get("/files/download");
        assertEquals(200, download.status());
        assertEquals(
                "attachment; filename*=utf-8''r%C3%A9sum%C3%A9%202024.txt", download.header("content-disposition"));
        assertEquals("text/plain; charset=utf-8", download.header("content-type"));
        assertEquals(DOCUMENT, download.text());
    }

    @Test
    void aFileWithAnotherStatusIsSentAsItIs() {
        TestResponse accepted = get("/files/accepted", Map.of("Range", "bytes=0-1"));
        assertEquals(202, accepted.status());
        assertEquals(DOCUMENT, accepted.text());
        assertEquals("no-store", accepted.header("cache-control"));
    }
}
