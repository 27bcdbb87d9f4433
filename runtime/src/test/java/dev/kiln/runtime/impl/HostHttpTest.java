package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.testapp.Probe;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host over real HTTP, with the generated module of the test app ({@code dev.kiln.runtime.testapp}). */
class HostHttpTest {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app()
                .title("Test API")
                .version("2.0.0")
                .description("For tests")
                .instances(2)
                .workerPool("reports", 2)
                .maxBodySize(1024));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void jsonReplyFromTheEventLoop() throws Exception {
        TestResponse r = client.request("GET", "/items/5").query("q", "a b").send();
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("content-type"));
        assertEquals(json("{\"id\":5,\"name\":\"a b\",\"price\":10,\"tags\":[]}"), r.json());
    }

    @Test
    void staticSegmentWinsOverVariable() {
        assertEquals("special", client.get("/items/special").json().get("name").asText());
    }

    @Test
    void percentEncodedQueryAndPath() {
        assertEquals(
                "é&x", client.get("/items/7?q=%C3%A9%26x").json().get("name").asText());
        assertEquals(7, client.get("/items/%37").json().get("id").asInt());
    }

    @Test
    void bodyBoundIntoARecord() throws Exception {
        TestResponse r = client.post("/items", Map.of("name", "Foo", "price", "42", "tags", List.of("a")));
        assertEquals(201, r.status(), r.text());
        assertEquals(json("{\"id\":1,\"name\":\"Foo\",\"price\":42,\"tags\":[\"a\"]}"), r.json());
    }

    @Test
    void bodyErrorsAllAtOnceWithFieldAndIndexLocations() throws Exception {
        TestResponse r = client.post("/items", "{\"price\": 4.5, \"tags\": [\"ok\", 3]}");
        assertEquals(422, r.status());
        assertEquals(json("""
                {"detail":[
                 {"type":"missing","loc":["body","name"],"msg":"Field required",
                  "input":{"price":4.5,"tags":["ok",3]}},
                 {"type":"int_from_float","loc":["body","price"],
                  "msg":"Input should be a valid integer, got a number with a fractional part","input":4.5},
                 {"type":"string_type","loc":["body","tags",1],"msg":"Input should be a valid string","input":3}
                ]}"""), r.json());
    }

    @Test
    void missingAndMalformedBodies() throws Exception {
        TestResponse missing = client.request("POST", "/items").send();
        assertEquals(422, missing.status());
        assertEquals(
                json(
                        "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}"),
                missing.json());

        TestResponse broken = client.post("/items", "{some broken json}");
        assertEquals(422, broken.status());
        assertEquals(json("""
                {"detail":[{"type":"json_invalid","loc":["body",1],"msg":"JSON decode error","input":{},
                 "ctx":{"error":"Expecting property name enclosed in double quotes"}}]}"""), broken.json());

        TestResponse list = client.post("/items", "[1]");
        assertEquals("model_attributes_type", list.json().at("/detail/0/type").asText());
        assertEquals(
                "Input should be a valid dictionary or object to extract fields from",
                list.json().at("/detail/0/msg").asText());
    }

    @Test
    void severalParameterErrorsInOne422() throws Exception {
        TestResponse r = client.request("GET", "/search/first")
                .query("exact", "maybe")
                .query("id", "1")
                .query("id", "x")
                .send();
        assertEquals(422, r.status());
        assertEquals(json("""
                {"detail":[
                 {"type":"int_parsing","loc":["path","page"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"first"},
                 {"type":"missing","loc":["query","size"],"msg":"Field required","input":null},
                 {"type":"bool_parsing","loc":["query","exact"],
                  "msg":"Input should be a valid boolean, unable to interpret input","input":"maybe"},
                 {"type":"int_parsing","loc":["query","id",1],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                 {"type":"missing","loc":["header","x-token"],"msg":"Field required","input":null}
                ]}"""), r.json());

        TestResponse ok = client.request("GET", "/search/2")
                .query("size", "10")
                .query("exact", "YES")
                .header("X-Token", "t")
                .send();
        assertEquals(200, ok.status(), ok.text());
        assertEquals(json("{\"page\":2,\"size\":10,\"exact\":true,\"ids\":[],\"token\":\"t\"}"), ok.json());
    }

    @Test
    void textReply() {
        TestResponse r = client.get("/text");
        assertEquals(200, r.status());
        assertEquals("text/plain; charset=utf-8", r.header("content-type"));
        assertEquals("hello, world", r.text());
    }

    @Test
    void voidAnswers204WithoutBody() {
        TestResponse r = client.delete("/items/3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertEquals(204, r.status());
        assertEquals("", r.text());
        TestResponse bad = client.delete("/items/nope");
        assertEquals(422, bad.status());
        assertEquals("uuid_parsing", bad.json().at("/detail/0/type").asText());
    }

    @Test
    void responseWithStatusHeadersCookiesAndParameterHeaders() throws Exception {
        TestResponse r = client.get("/response");
        assertEquals(201, r.status());
        assertEquals("/items/7", r.header("location"));
        assertEquals(List.of("a", "b"), r.headers("x-twice"));
        assertEquals("yes", r.header("x-from-parameter"));
        assertTrue(r.header("set-cookie").startsWith("session=abc"), r.header("set-cookie"));
        assertEquals(json("{\"id\":7,\"name\":\"seven\",\"price\":7,\"tags\":[]}"), r.json());
    }

    @Test
    void responseHeadersParameterSetsStatusHeadersAndCookies() {
        TestResponse r = client.get("/user-headers");
        assertEquals(202, r.status());
        assertEquals("v", r.header("x-custom"));
        assertEquals(List.of("three", "four"), r.headers("x-replaced"));
        assertEquals(List.of("a", "b"), r.headers("x-kept"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), r.headers("x-many"));
        assertEquals(List.of("application/vnd.kiln+json"), r.headers("content-type"));
        assertEquals("\"accepted\"", r.text());
        List<String> cookies = r.headers("set-cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("flavour=choc")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("old=") && c.contains("Max-Age=0")), cookies.toString());
    }

    @Test
    void httpExceptionKeepsStatusDetailAndHeaders() throws Exception {
        TestResponse r = client.get("/unauthorized");
        assertEquals(401, r.status());
        assertEquals("Bearer", r.header("www-authenticate"));
        assertEquals(json("{\"detail\":\"Not authenticated\"}"), r.json());
    }

    @Test
    void unexpectedErrorsAre500WithNothingLeaked() throws Exception {
        for (String path : List.of("/boom", "/boom-loop")) {
            TestResponse r = client.get(path);
            assertEquals(500, r.status());
            assertEquals(json("{\"detail\":\"Internal Server Error\"}"), r.json());
            assertFalse(r.text().contains("secret"));
        }
    }

    @Test
    void exceptionHandlerAnswersItsException() throws Exception {
        TestResponse r = client.get("/teapot");
        assertEquals(418, r.status());
        assertEquals("teapot", r.header("x-handled-by"));
        assertEquals(json("{\"detail\":\"teapot: short and stout\",\"path\":\"/teapot\"}"), r.json());
    }

    @Test
    void notFoundAndMethodNotAllowed() throws Exception {
        TestResponse missing = client.get("/nowhere");
        assertEquals(404, missing.status());
        assertEquals(json("{\"detail\":\"Not Found\"}"), missing.json());

        TestResponse wrong = client.request("PUT", "/items/1").send();
        assertEquals(405, wrong.status());
        assertEquals("DELETE, GET", wrong.header("allow"));
        assertEquals(json("{\"detail\":\"Method Not Allowed\"}"), wrong.json());

        // As FastAPI: no automatic HEAD for a GET route.
        assertEquals(405, client.request("HEAD", "/text").send().status());
    }

    @Test
    void trailingSlashRedirectsToTheRouteThatExists() {
        TestResponse r = client.request("GET", "/text/").query("a", "1").send();
        assertEquals(307, r.status());
        assertEquals("/text?a=1", r.header("location"));
    }

    @Test
    void headAnswerHasHeadersButNoBody() {
        TestResponse r = client.request("HEAD", "/head").send();
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("content-type"));
        assertEquals("", r.text());
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        TestResponse r = client.post("/echo", "[\"" + "x".repeat(2000) + "\"]");
        assertEquals(413, r.status());
        assertEquals(json("{\"detail\":\"Request Entity Too Large\"}"), r.json());
        assertEquals(json("[1,2]"), client.post("/echo", "[1,2]").json());
    }

    @Test
    void threadPlacement() {
        assertTrue(client.get("/threads/loop").json().asText().startsWith("vert.x-eventloop-thread-"));
        assertTrue(client.get("/threads/default").json().asText().startsWith("vert.x-worker-thread-"));
        String reports = client.get("/threads/reports").json().asText();
        assertTrue(reports.startsWith("reports-"), reports);

        String[] hops = client.get("/threads/after-worker").json().asText().split(" ");
        assertTrue(hops[0].startsWith("reports-"), hops[0]);
        assertTrue(hops[1].startsWith("vert.x-worker-thread-"), hops[1]);
        assertTrue(hops[2].startsWith("vert.x-eventloop-thread-"), "continuations run on the event loop: " + hops[2]);
    }

    @Test
    void fileResponseWithGuessedContentType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "file body");
        Probe.file = file;
        TestResponse r = client.get("/file");
        assertEquals(200, r.status());
        assertEquals("text/plain; charset=utf-8", r.header("content-type"));
        assertEquals("file body", r.text());
    }

    @Test
    void openapiMergesTheCompiledDocumentsWithTheAppInfo() throws Exception {
        TestResponse r = client.get("/openapi.json");
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("content-type"));
        JsonNode doc = r.json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertEquals(
                json("{\"title\":\"Test API\",\"version\":\"2.0.0\",\"description\":\"For tests\"}"), doc.get("info"));
        assertEquals("read", doc.at("/paths/~1items~1{itemId}/get/operationId").asText());
        assertEquals("create", doc.at("/paths/~1items/post/operationId").asText());
        assertEquals("object", doc.at("/components/schemas/Item/type").asText());
        assertEquals("items", doc.at("/paths/~1items/post/tags/0").asText());
    }

    @Test
    void docsPagesAndTheirAssetsAreServedOffline() throws Exception {
        TestResponse docs = client.get("/docs");
        assertEquals(200, docs.status());
        assertTrue(docs.header("content-type").startsWith("text/html"));
        assertTrue(docs.text().contains("<title>Test API - Swagger UI</title>"));
        assertTrue(docs.text().contains("/docs/swagger-ui-bundle.js"));
        TestResponse init = client.get("/docs/swagger-initializer.js");
        assertEquals(200, init.status());
        assertTrue(init.text().contains("url: \"/openapi.json\""), init.text());
        assertFalse(init.text().contains("petstore"));
        TestResponse bundle = client.get("/docs/swagger-ui-bundle.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.bytes().length > 1_000_000);
        // Read from the webjar on the first request, kept for the next ones: the same bytes both times.
        ClassLoader loader = Docs.loader();
        try (var in = loader.getResourceAsStream(WebJar.base(loader, "swagger-ui") + "swagger-ui-bundle.js")) {
            byte[] webjar = in.readAllBytes();
            assertArrayEquals(webjar, bundle.bytes());
            assertArrayEquals(webjar, client.get("/docs/swagger-ui-bundle.js").bytes());
        }
        assertEquals(200, client.get("/docs/swagger-ui.css").status());

        TestResponse redoc = client.get("/redoc");
        assertEquals(200, redoc.status());
        assertTrue(redoc.text().contains("<redoc spec-url=\"/openapi.json\">"));
        TestResponse redocJs = client.get("/redoc/redoc.standalone.js");
        assertEquals(200, redocJs.status());
        assertTrue(redocJs.header("content-type").startsWith("text/javascript"));
        assertTrue(redocJs.bytes().length > 500_000);
    }

    @Test
    void cookieParameter() throws Exception {
        assertEquals(
                "\"abc\"",
                client.request("GET", "/cookie").cookie("session", "abc").send().text());
        TestResponse missing = client.get("/cookie");
        assertEquals(
                json("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"cookie\",\"session\"],"
                        + "\"msg\":\"Field required\",\"input\":null}]}"),
                missing.json());
    }

    @Test
    void afterResponseActionsRunNewestFirstAfterTheAnswer() throws Exception {
        Probe.reset();
        assertEquals("\"ok\"", client.get("/after").text());
        for (int i = 0; i < 100 && Probe.afterResponse.size() < 3; i++) {
            Thread.sleep(20);
        }
        assertEquals(
                List.of("operation", "second opened, closed first", "first opened, closed last"), Probe.afterResponse);
    }
}
