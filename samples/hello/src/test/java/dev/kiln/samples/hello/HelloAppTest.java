package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample, tested the way its README suggests a user tests an app. */
class HelloAppTest {

    @Test
    void greetsAndKeepsTodos() {
        try (TestClient client = TestClient.start(Kiln.app())) {
            assertEquals("Hello, World!", client.get("/").text());
            assertEquals("Hello, Kiln!", client.get("/?name=Kiln").text());
            assertEquals(
                    "Hello, Ada!",
                    client.form("/greetings", Map.of("name", "Ada")).text());
            assertEquals(422, client.form("/greetings", Map.of()).status());

            var created = client.post("/todos", "{\"title\":\"write docs\"}");
            assertEquals(201, created.status());
            int id = created.json().get("id").asInt();
            assertEquals(
                    "write docs", client.get("/todos/" + id).json().get("title").asText());
            assertEquals(1, client.get("/todos").json().size());

            assertEquals(204, client.delete("/todos/" + id).status());
            var gone = client.get("/todos/" + id);
            assertEquals(404, gone.status());
            assertEquals("{\"detail\":\"Todo not found\"}", gone.text());

            var invalid = client.get("/todos/abc");
            assertEquals(422, invalid.status());
            assertEquals(
                    "int_parsing",
                    invalid.json().get("detail").get(0).get("type").asText());
        }
    }

    @Test
    void testsReplaceTheSettings() {
        try (TestClient client =
                TestClient.start(Kiln.app().override(HelloSettings.class, request -> new HelloSettings("Howdy", 1)))) {
            assertEquals("Howdy, World!", client.get("/").text());
            assertEquals(201, client.post("/todos", "{\"title\":\"one\"}").status());
            var full = client.post("/todos", "{\"title\":\"two\"}");
            assertEquals(409, full.status());
            assertEquals("{\"detail\":\"The todo list is full\"}", full.text());
        }
    }
}
