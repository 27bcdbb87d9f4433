package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.Multipart;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Form} fields and records, {@code @File} uploads of every kind and raw bodies over real HTTP
 * (urlencoded and multipart bodies from {@link TestClient#form} and {@link TestClient#multipart}), one
 * row per request: the status and the exact body, errors in FastAPI's words (its
 * {@code test_request_forms*}, {@code test_request_form_models*} and {@code test_request_files*}).
 */
class FormsIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    /** One request and what it must answer. */
    record Row(String name, Function<TestClient, TestResponse> send, int status, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, Function<TestClient, TestResponse> send, int status, String body) {
        return new Row(name, send, status, body);
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String missing(String field) {
        return "{\"type\":\"missing\",\"loc\":[\"body\",\"" + field + "\"],\"msg\":\"Field required\",\"input\":null}";
    }

    private static String detail(String... errors) {
        return "{\"detail\":[" + String.join(",", errors) + "]}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // ---- @Form simple fields (FastAPI's request_forms tutorial)
        rows.add(row(
                "login urlencoded",
                c -> c.form("/forms/login", fields("username", "Foo", "password", "secret")),
                200,
                "{\"username\":\"Foo\",\"password\":\"secret\"}"));
        rows.add(row(
                "login multipart",
                c -> c.multipart(
                        "/forms/login",
                        Multipart.create().field("username", "Foo").field("password", "secret")),
                200,
                "{\"username\":\"Foo\",\"password\":\"secret\"}"));
        rows.add(row(
                "login without password",
                c -> c.form("/forms/login", fields("username", "Foo")),
                422,
                detail(missing("password"))));
        rows.add(row(
                "login without a body",
                c -> c.request("POST", "/forms/login").send(),
                422,
                detail(missing("username"), missing("password"))));
        rows.add(row(
                "login with a JSON body: the form is empty",
                c -> c.post("/forms/login", Map.of("username", "Foo", "password", "secret")),
                422,
                detail(missing("username"), missing("password"))));
        rows.add(row(
                "an empty value counts as not sent",
                c -> c.form("/forms/login", fields("username", "", "password", "secret")),
                422,
                detail(missing("username"))));
        rows.add(row(
                "a repeated scalar field binds the last value",
                c -> c.form("/forms/login", fields("username", List.of("a", "b"), "password", "secret")),
                200,
                "{\"username\":\"b\",\"password\":\"secret\"}"));
        // ---- @Form records (FastAPI's form models)
        rows.add(row(
                "form record",
                c -> c.form("/forms/login-model", fields("username", "Foo", "password", "secret")),
                200,
                "{\"username\":\"Foo\",\"password\":\"secret\",\"scope\":null,\"client_id\":null}"));
        rows.add(row(
                "form record with its optional components, one renamed by @JsonProperty",
                c -> c.multipart(
                        "/forms/login-model",
                        Multipart.create()
                                .field("username", "Foo")
                                .field("password", "secret")
                                .field("scope", "items")
                                .field("client_id", "app")),
                200,
                "{\"username\":\"Foo\",\"password\":\"secret\",\"scope\":\"items\",\"client_id\":\"app\"}"));
        rows.add(row(
                "form record: every error at once",
                c -> c.form("/forms/login-model", fields("password", "ab")),
                422,
                detail(
                        missing("username"),
                        "{\"type\":\"string_too_short\",\"loc\":[\"body\",\"password\"],"
                                + "\"msg\":\"String should have at least 3 characters\",\"input\":\"ab\","
                                + "\"ctx\":{\"min_length\":3}}")));
        // ---- every value kind
        rows.add(row(
                "types: defaults and absent optionals",
                c -> c.form("/forms/types", fields("count", "3")),
                200,
                "{\"count\":3,\"limit\":null,\"page\":1,\"tag\":[],\"color\":null,\"score\":null,\"pair\":[],"
                        + "\"userName\":null,\"flag\":null}"));
        rows.add(row(
                "types: every field",
                c -> c.form(
                        "/forms/types",
                        fields(
                                "count",
                                "3",
                                "limit",
                                "7",
                                "page",
                                "2",
                                "tag",
                                List.of("a", "b", "a"),
                                "color",
                                "GREEN",
                                "score",
                                "10",
                                "pair",
                                List.of("xy", "zw"),
                                "user-name",
                                "ada",
                                "flag",
                                "yes")),
                200,
                "{\"count\":3,\"limit\":7,\"page\":2,\"tag\":[\"a\",\"b\",\"a\"],\"color\":\"GREEN\",\"score\":10,"
                        + "\"pair\":[\"xy\",\"zw\"],\"userName\":\"ada\",\"flag\":true}"));
        rows.add(row(
                "types: every bad value reported at once",
                c -> c.form(
                        "/forms/types",
                        fields(
                                "count",
                                "x",
                                "limit",
                                "1.5",
                                "tag",
                                "ok",
                                "color",
                                "PINK",
                                "score",
                                "11",
                                "pair",
                                List.of("a", "bb", "cc"),
                                "flag",
                                "maybe")),
                422,
                detail(
                        "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"count\"],\"msg\":\"Input should be a valid "
                                + "integer, unable to parse string as an integer\",\"input\":\"x\"}",
                        "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"limit\"],\"msg\":\"Input should be a valid "
                                + "integer, unable to parse string as an integer\",\"input\":\"1.5\"}",
                        "{\"type\":\"enum\",\"loc\":[\"body\",\"color\"],\"msg\":\"Input should be 'RED', 'GREEN' "
                                + "or 'BLUE'\",\"input\":\"PINK\",\"ctx\":{\"expected\":\"'RED', 'GREEN' or "
                                + "'BLUE'\"}}",
                        "{\"type\":\"less_than_equal\",\"loc\":[\"body\",\"score\"],\"msg\":\"Input should be "
                                + "less than or equal to 10\",\"input\":\"11\",\"ctx\":{\"le\":10}}",
                        "{\"type\":\"string_too_short\",\"loc\":[\"body\",\"pair\",0],\"msg\":\"String should "
                                + "have at least 2 characters\",\"input\":\"a\",\"ctx\":{\"min_length\":2}}",
                        "{\"type\":\"bool_parsing\",\"loc\":[\"body\",\"flag\"],\"msg\":\"Input should be a "
                                + "valid boolean, unable to interpret input\",\"input\":\"maybe\"}")));
        rows.add(row(
                "types: a list over its size",
                c -> c.form("/forms/types", fields("count", "1", "pair", List.of("aa", "bb", "cc"))),
                422,
                detail("{\"type\":\"too_long\",\"loc\":[\"body\",\"pair\"],\"msg\":\"List should have at most 2 "
                        + "items after validation, not 3\",\"input\":[\"aa\",\"bb\",\"cc\"],"
                        + "\"ctx\":{\"field_type\":\"List\",\"max_length\":2,\"actual_length\":3}}")));
        // ---- @File Upload (FastAPI's request_files tutorial)
        rows.add(row(
                "one file",
                c -> c.multipart(
                        "/forms/file", Multipart.create().file("file", "a.txt", "text/plain", utf8("<file content>"))),
                200,
                "{\"filename\":\"a.txt\",\"contentType\":\"text/plain\",\"size\":14,\"head\":\"<file content>\"}"));
        rows.add(row("no file", c -> c.request("POST", "/forms/file").send(), 422, detail(missing("file"))));
        rows.add(row(
                "a JSON body where a file belongs",
                c -> c.post("/forms/file", Map.of("file", "Foo")),
                422,
                detail(missing("file"))));
        rows.add(row(
                "a text field where a file belongs",
                c -> c.multipart("/forms/file", Multipart.create().field("file", "Foo")),
                422,
                detail("{\"type\":\"value_error\",\"loc\":[\"body\",\"file\"],\"msg\":\"Value error, Expected "
                        + "UploadFile, received: <class 'str'>\",\"input\":\"Foo\",\"ctx\":{\"error\":\"Expected "
                        + "UploadFile, received: <class 'str'>\"}}")));
        rows.add(row(
                "an optional file, absent",
                c -> c.multipart("/forms/optional-file", Multipart.create().field("note", "hi")),
                200,
                "{\"file\":null,\"note\":\"hi\"}"));
        rows.add(row(
                "an optional file, sent",
                c -> c.multipart(
                        "/forms/optional-file", Multipart.create().file("file", "b.bin", null, new byte[] {1, 2})),
                200,
                "{\"file\":\"b.bin\",\"note\":null}"));
        rows.add(row(
                "several files under one name",
                c -> c.multipart(
                        "/forms/files",
                        Multipart.create()
                                .file("files", "1.txt", "text/plain", utf8("one"))
                                .file("files", "2.txt", "text/csv", utf8("two,2"))),
                200,
                "[{\"filename\":\"1.txt\",\"contentType\":\"text/plain\",\"size\":3,\"head\":\"one\"},"
                        + "{\"filename\":\"2.txt\",\"contentType\":\"text/csv\",\"size\":5,\"head\":\"two,2\"}]"));
        rows.add(row(
                "a list of files needs at least one",
                c -> c.multipart("/forms/files", Multipart.create().field("other", "x")),
                422,
                detail(missing("files"))));
        rows.add(row(
                "a file's bytes on a worker",
                c -> c.multipart(
                        "/forms/bytes",
                        Multipart.create()
                                .file("data", "d.txt", "text/plain", utf8("hello"))
                                .field("note", "n")),
                200,
                null));
        rows.add(row(
                "two files' bytes on the event loop",
                c -> c.multipart(
                        "/forms/bytes-async",
                        Multipart.create()
                                .file("data", "d.txt", "text/plain", utf8("hello"))
                                .file("more", "e.txt", "text/plain", new byte[70_000])),
                200,
                null));
        rows.add(row(
                "bytes: missing files are reported together",
                c -> c.multipart("/forms/bytes-async", Multipart.create().field("x", "y")),
                422,
                detail(missing("data"), missing("more"))));
        rows.add(row(
                "a form record and a file",
                c -> c.multipart(
                        "/forms/profile",
                        Multipart.create()
                                .field("name", "Ada")
                                .field("age", "36")
                                .file("avatar", "ada.png", "image/png", utf8("PNG"))),
                200,
                "{\"name\":\"Ada\",\"age\":36,\"bio\":\"none\",\"avatar\":{\"filename\":\"ada.png\","
                        + "\"contentType\":\"image/png\",\"size\":3,\"head\":\"PNG\"}}"));
        rows.add(row(
                "a form record and a file: every error",
                c -> c.multipart("/forms/profile", Multipart.create().field("age", "-1")),
                422,
                detail(
                        missing("name"),
                        "{\"type\":\"greater_than_equal\",\"loc\":[\"body\",\"age\"],\"msg\":\"Input should be "
                                + "greater than or equal to 0\",\"input\":\"-1\",\"ctx\":{\"ge\":0}}",
                        missing("avatar"))));
        // ---- a provider's form field
        rows.add(row(
                "a provider reads a form field",
                c -> c.form("/forms/provided", fields("caller", "ada", "note", "n")),
                200,
                "{\"caller\":\"ada\",\"note\":\"n\"}"));
        rows.add(row(
                "a provider's missing form field",
                c -> c.form("/forms/provided", fields("note", "n")),
                422,
                detail(missing("caller"))));
        // ---- raw bodies
        rows.add(row(
                "raw bytes of any content type",
                c -> c.request("POST", "/forms/raw")
                        .body("application/octet-stream", new byte[] {0, 1, 2, (byte) 255})
                        .send(),
                200,
                "{\"size\":4}"));
        rows.add(row("raw bytes of a JSON body", c -> c.post("/forms/raw", Map.of("a", 1)), 200, "{\"size\":7}"));
        rows.add(row(
                "raw bytes: none sent",
                c -> c.request("POST", "/forms/raw").send(),
                422,
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}"));
        rows.add(row(
                "raw text",
                c -> c.request("POST", "/forms/text")
                        .body("text/plain", "héllo")
                        .send(),
                200,
                "\"héllo\""));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsFastApi(Row row) {
        TestResponse r = row.send().apply(client);
        assertEquals(row.status(), r.status(), r.text());
        if (row.body() != null) {
            assertEquals(row.body(), r.text());
        }
    }

    @Test
    void bytesAreTheFilesContents() {
        JsonNode worker = client.multipart(
                        "/forms/bytes",
                        Multipart.create()
                                .file("data", "d.txt", "text/plain", utf8("hello"))
                                .field("note", "n"))
                .json();
        assertEquals(5, worker.get("size").asInt());
        assertEquals("hello", worker.get("text").asText());
        assertEquals("n", worker.get("note").asText());
        JsonNode loop = client.multipart(
                        "/forms/bytes-async",
                        Multipart.create()
                                .file("data", "d.txt", "text/plain", utf8("hello"))
                                .file("more", "e.txt", "text/plain", new byte[70_000]))
                .json();
        assertEquals(5, loop.get("size").asInt());
        assertEquals(70_000, loop.get("more").asInt());
    }

    /**
     * FastAPI (0.132+, strict content type) parses a JSON body only when its {@code Content-Type} is
     * {@code application/json} or {@code application/*+json}; otherwise the model gets the raw text:
     * {@code model_attributes_type} at {@code ["body"]}.
     */
    @Test
    void aJsonBodyWithAnotherContentTypeIsRefusedAsFastApiRefusesIt() {
        String item = "{\"name\":\"Foo\",\"price\":\"12.5\",\"tags\":[],\"color\":\"RED\",\"in_stock\":true}";
        TestResponse plain =
                client.request("POST", "/bodies/items").body("text/plain", item).send();
        assertEquals(422, plain.status(), plain.text());
        assertEquals(
                "{\"detail\":[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],\"msg\":\"Input should be a "
                        + "valid dictionary or object to extract fields from\",\"input\":" + quoted(item) + "}]}",
                plain.text());
        TestResponse other = client.request("POST", "/bodies/items")
                .body("application/x-json", item)
                .send();
        assertEquals(422, other.status(), other.text());
        TestResponse vendor = client.request("POST", "/bodies/items")
                .body("application/vnd.kiln+json; charset=utf-8", item)
                .send();
        assertEquals(201, vendor.status(), vendor.text());
    }

    @Test
    void aRepeatedScalarQueryParameterBindsTheLastValueAsFastApi() {
        TestResponse r = client.get("/params/optional?n=1&n=2");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.text().contains("\"n\":\"2\""), r.text());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
