package dev.kiln.runtime.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.runtime.json.Json;
import dev.kiln.testing.Multipart;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms, files and raw bodies over real HTTP, through the contract generated code calls ({@link FormsApp_Routes}). */
class FormsTest {
    @TempDir
    static Path uploads;

    static TestClient client;

    @BeforeAll
    static void start() {
        client = FormsHost.start(Kiln.app().instances(1).uploadDirectory(uploads));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static void assertJson(String expected, TestResponse response) throws Exception {
        assertEquals(Json.mapper().readTree(expected), response.json(), response.toString());
    }

    // ------------------------------------------------------------------ urlencoded

    @Test
    void urlencodedFieldsBind() throws Exception {
        TestResponse r = client.form("/login", Map.of("username", "ada", "password", "s3cret & more"));
        assertEquals(200, r.status(), r.toString());
        assertJson("{\"username\":\"ada\",\"password\":\"s3cret & more\"}", r);
    }

    @Test
    void repeatedFieldsAreAList_andDefaultsApply() throws Exception {
        assertJson(
                "{\"tag\":[\"a\",\"b c\",\"\"],\"page\":1}",
                client.form("/tags", Map.of("tag", List.of("a", "b c", ""))));
        assertJson("{\"tag\":[],\"page\":3}", client.form("/tags", Map.of("page", 3)));
        // An empty value counts as not sent (FastAPI): the default applies.
        assertJson("{\"tag\":[],\"page\":1}", client.form("/tags", Map.of("page", "")));
    }

    @Test
    void aSingleFieldIsTheLastValueSent_namesAreCaseSensitive() throws Exception {
        TestResponse r = client.request("POST", "/login")
                .body(
                        "application/x-www-form-urlencoded",
                        "username=first&username=last&Password=x&password=%E2%9C%93+ok")
                .send();
        assertJson("{\"username\":\"last\",\"password\":\"✓ ok\"}", r);
    }

    @Test
    void missingAndEmptyFieldsAre422AtBody() throws Exception {
        TestResponse r = client.form("/login", Map.of("username", ""));
        assertEquals(422, r.status());
        assertJson("""
                {"detail":[
                  {"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                  {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}""", r);
        TestResponse bad = client.form("/tags", Map.of("page", "two"));
        assertEquals(422, bad.status());
        assertEquals("int_parsing", bad.json().get("detail").get(0).get("type").asText());
        assertEquals(
                "[\"body\",\"page\"]",
                bad.json().get("detail").get(0).get("loc").toString());
    }

    @Test
    void aFormRouteSentJsonOrNothingSeesAnEmptyForm() throws Exception {
        for (TestResponse r : List.of(
                client.post("/login", Map.of("username", "ada", "password", "x")),
                client.request("POST", "/login").send(),
                client.request("POST", "/login")
                        .body("text/plain", "username=ada&password=x")
                        .send())) {
            assertEquals(422, r.status(), r.toString());
            assertEquals(2, r.json().get("detail").size());
            assertEquals("missing", r.json().get("detail").get(0).get("type").asText());
        }
    }

    // ------------------------------------------------------------------ multipart

    @Test
    void multipartFieldsAndAFile() throws Exception {
        byte[] png = "\u0089PNG not really".getBytes(StandardCharsets.ISO_8859_1);
        TestResponse r = client.multipart(
                "/profile",
                Multipart.create()
                        .field("name", "Ada Lovelace")
                        .field("age", "36")
                        .field("bio", "Első")
                        .file("avatar", "ada.png", "image/png", png));
        assertEquals(200, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals("Ada Lovelace", body.get("name").asText());
        assertEquals(36, body.get("age").asInt());
        assertEquals("Első", body.get("bio").asText());
        JsonNode avatar = body.get("avatar");
        assertEquals("ada.png", avatar.get("filename").asText());
        assertEquals("image/png", avatar.get("contentType").asText());
        assertEquals(png.length, avatar.get("size").asLong());
        assertEquals(FormsApp.sha256(png), avatar.get("sha256").asText());
        Path stored = Path.of(avatar.get("path").asText());
        assertEquals(uploads, stored.getParent());
        assertEquals("image/png", body.get("headers").get("content-type").asText());
        assertEquals(
                "form-data; name=\"avatar\"; filename=\"ada.png\"",
                body.get("headers").get("content-disposition").asText());
        // Deleted once the response was sent.
        assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(5)));
        assertFalse(Files.exists(stored));
    }

    @Test
    void severalFilesUnderOneName_inOrder() throws Exception {
        Multipart form = Multipart.create().field("album", "holiday");
        for (int i = 0; i < 5; i++) {
            form.file(
                    "photos",
                    "p" + i + ".jpg",
                    "image/jpeg",
                    ("photo " + i).repeat(1000 * i + 1).getBytes());
        }
        TestResponse r = client.multipart("/photos", form);
        assertEquals(200, r.status(), r.toString());
        assertEquals(5, r.json().size());
        for (int i = 0; i < 5; i++) {
            JsonNode photo = r.json().get(i);
            assertEquals("p" + i + ".jpg", photo.get("filename").asText());
            assertEquals(
                    FormsApp.sha256(("photo " + i).repeat(1000 * i + 1).getBytes()),
                    photo.get("sha256").asText());
        }
        assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(5)));
    }

    @Test
    void fileParametersAnswerFastApisErrors() throws Exception {
        // No file at all: missing; a plain field where a file belongs: FastAPI's value_error.
        TestResponse none = client.multipart("/photos", Multipart.create().field("album", "a"));
        assertEquals(422, none.status());
        assertJson("""
                {"detail":[{"type":"missing","loc":["body","photos"],"msg":"Field required","input":null}]}""", none);
        TestResponse text = client.multipart(
                "/profile",
                Multipart.create().field("name", "x").field("age", "1").field("avatar", "not a file"));
        assertEquals(422, text.status());
        assertJson("""
                {"detail":[{"type":"value_error","loc":["body","avatar"],
                  "msg":"Value error, Expected UploadFile, received: <class 'str'>","input":"not a file",
                  "ctx":{"error":"Expected UploadFile, received: <class 'str'>"}}]}""", text);
        // Urlencoded: the fields bind, the file is missing.
        TestResponse urlencoded = client.form("/profile", Map.of("name", "x", "age", "1"));
        assertEquals(422, urlencoded.status());
        assertEquals(
                "[\"body\",\"avatar\"]",
                urlencoded.json().get("detail").get(0).get("loc").toString());
    }

    @Test
    void fileBytesOnTheEventLoop_andAnOptionalFile() throws Exception {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        TestResponse r =
                client.multipart("/digest", Multipart.create().file("data", "d.bin", "application/octet-stream", data));
        assertEquals("\"" + FormsApp.sha256(data) + "\"", r.text());
        TestResponse both = client.multipart(
                "/digest",
                Multipart.create()
                        .file("data", "d.bin", "application/octet-stream", data)
                        .file("extra", "e.txt", "text/plain", new byte[0]));
        assertEquals("\"" + FormsApp.sha256(data) + "+e.txt\"", both.text());
    }

    @Test
    void anEmptyFileAndAFileWithoutContentType() throws Exception {
        // What a browser sends for a file input left empty: a part with filename="" and no content.
        TestResponse r = client.multipart("/photos", Multipart.create().file("photos", "", null, new byte[0]));
        assertEquals(200, r.status(), r.toString());
        assertEquals("", r.json().get(0).get("filename").asText());
        assertEquals(0, r.json().get(0).get("size").asLong());
        assertEquals(
                "application/octet-stream", r.json().get(0).get("contentType").asText());
    }

    // ------------------------------------------------------------------ raw and JSON bodies

    @Test
    void rawBodies() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        assertEquals(
                "4",
                client.request("POST", "/raw").body("image/png", bytes).send().text());
        assertEquals(
                "\"{not json\"",
                client.request("POST", "/text")
                        .body("application/json", "{not json")
                        .send()
                        .text());
        TestResponse empty = client.request("POST", "/raw").send();
        assertEquals(422, empty.status());
        assertJson(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}",
                empty);
    }

    @Test
    void aJsonBodyNeedsAJsonContentType() throws Exception {
        String item = "{\"name\":\"Foo\",\"price\":50}";
        assertEquals(
                200,
                client.request("POST", "/items")
                        .body("application/json", item)
                        .send()
                        .status());
        assertEquals(
                200,
                client.request("POST", "/items")
                        .body("Application/Geo+JSON; charset=utf-8", item)
                        .send()
                        .status());
        String refused = """
                {"detail":[{"type":"model_attributes_type","loc":["body"],
                  "msg":"Input should be a valid dictionary or object to extract fields from",
                  "input":"{\\"name\\":\\"Foo\\",\\"price\\":50}"}]}""";
        for (String type : List.of(
                "text/plain", "application/geo+json-seq", "application/not-really-json", "application/json/x")) {
            TestResponse r = client.request("POST", "/items").body(type, item).send();
            assertEquals(422, r.status(), type);
            assertJson(refused, r);
        }
        // No Content-Type at all (java.net.http always sends one with a body): refused the same way.
        assertEquals(Json.mapper().readTree(refused), Json.mapper().readTree(postWithoutContentType("/items", item)));
        // A form sent to a JSON operation: FastAPI's test_post_form_for_json.
        TestResponse form = client.form("/items", Map.of("name", "Foo"));
        assertEquals(422, form.status());
        assertEquals("name=Foo", form.json().get("detail").get(0).get("input").asText());
    }

    /** A POST with a body and no Content-Type; returns the 422's body. */
    private static String postWithoutContentType(String path, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", client.app().port())) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + bytes.length
                                    + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 422"), answer);
            return answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }
}
