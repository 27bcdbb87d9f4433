package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each return shape looks like on the wire. */
class ResponsesIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void jsonValue() {
        TestResponse r = client.get("/responses/json");
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("{\"message\":\"Hello, World!\"}", r.text());
        assertEquals(
                "[{\"name\":\"a\",\"weight\":1},{\"name\":\"b\",\"weight\":2}]",
                client.get("/responses/list").text());
    }

    @Test
    void stringsAreSentAsIsForTextMediaTypesAndAsJsonOtherwise() {
        TestResponse plain = client.get("/responses/plaintext");
        assertEquals("Hello, World!", plain.text());
        assertTrue(plain.header("Content-Type").startsWith("text/plain"), plain.header("Content-Type"));
        TestResponse html = client.get("/responses/html");
        assertEquals("<h1>Hello</h1>", html.text());
        assertTrue(html.header("Content-Type").startsWith("text/html"), html.header("Content-Type"));
        assertEquals("\"quoted\"", client.get("/responses/string").text());
    }

    @Test
    void voidIs204UnlessTheOperationSaysOtherwise() {
        TestResponse deleted = client.delete("/responses/things/3");
        assertEquals(204, deleted.status());
        assertEquals("", deleted.text());
        TestResponse accepted = client.request("PATCH", "/responses/accepted").send();
        assertEquals(202, accepted.status());
        assertEquals("", accepted.text());
        // a declared status is the status, 200 included: no body, and the document says so
        TestResponse ok = client.request("POST", "/responses/acknowledged").send();
        assertEquals(200, ok.status());
        assertEquals("", ok.text());
        assertEquals("0", ok.header("Content-Length"));
        JsonNode responses = client.get("/openapi.json").json().at("/paths/~1responses~1acknowledged/post/responses");
        assertEquals(List.of("200"), fieldNames(responses));
        assertTrue(responses.get("200").get("content") == null, responses.toString());
        assertEquals(
                List.of("204"),
                fieldNames(client.get("/openapi.json").json().at("/paths/~1responses~1things~1{id}/delete/responses"))
                        .stream()
                        .filter(s -> !s.equals("422"))
                        .toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void responseCarriesStatusHeadersCookiesAndBody() {
        TestResponse r = client.get("/responses/created");
        assertEquals(201, r.status());
        assertEquals("/tags/new", r.header("Location"));
        assertEquals(java.util.List.of("1", "2"), r.headers("X-Multi"));
        assertTrue(r.header("Set-Cookie").startsWith("flavour=oat"), r.header("Set-Cookie"));
        assertEquals("{\"name\":\"new\",\"weight\":7}", r.text());
    }

    @Test
    void redirectAndFile() {
        TestResponse redirect = client.get("/responses/redirect");
        assertEquals(307, redirect.status());
        assertEquals("/responses/json", redirect.header("Location"));
        TestResponse file = client.get("/responses/file");
        assertEquals(200, file.status());
        assertEquals("file contents\n", file.text());
        assertTrue(file.header("Content-Type").startsWith("text/plain"), file.header("Content-Type"));
    }

    @Test
    void completionStageResult() {
        assertEquals("{\"from\":\"stage\"}", client.get("/responses/stage").text());
    }

    @Test
    void headAndOptionsOperations() {
        TestResponse head = client.request("HEAD", "/responses/head").send();
        assertEquals(204, head.status());
        TestResponse options = client.request("OPTIONS", "/responses/options").send();
        assertEquals(200, options.status());
        assertEquals("GET, OPTIONS", options.header("Allow"));
    }
}
