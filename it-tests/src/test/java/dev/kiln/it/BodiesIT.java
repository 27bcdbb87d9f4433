package dev.kiln.it;

import static dev.kiln.it.ParametersIT.errorLocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON bodies: binding, embedding, and Pydantic-shaped errors with locations into the body. */
class BodiesIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static final String ITEM = "{\"name\":\"Foo\",\"price\":\"12.5\",\"tags\":[{\"name\":\"a\",\"weight\":1}],"
            + "\"color\":\"RED\",\"in_stock\":true,\"unknown\":\"ignored\"}";

    @Test
    void singleBodyIsTheModelItselfWithLaxCoercionAndUnknownMembersIgnored() {
        TestResponse r = client.post("/bodies/items", ITEM);
        assertEquals(201, r.status(), r.text());
        JsonNode j = r.json();
        assertEquals("Foo", j.get("name").asText());
        assertEquals(12.5, j.get("price").asDouble());
        assertTrue(j.get("description").isNull(), j.toString());
        assertEquals("a", j.get("tags").get(0).get("name").asText());
        assertEquals("RED", j.get("color").asText());
        assertTrue(j.get("inStock").asBoolean());
    }

    @Test
    void missingBodyIsOneMissingErrorAtBody() {
        TestResponse r = client.request("POST", "/bodies/items").send();
        assertEquals(422, r.status());
        assertEquals(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}",
                r.text());
    }

    @Test
    void malformedJsonIsJsonInvalid() {
        TestResponse r = client.post("/bodies/items", "{\"name\": ");
        assertEquals(422, r.status());
        JsonNode e = r.json().get("detail").get(0);
        assertEquals("json_invalid", e.get("type").asText());
        assertEquals("body", e.get("loc").get(0).asText());
        assertEquals("JSON decode error", e.get("msg").asText());
    }

    @Test
    void everyFieldErrorIsReportedWithItsLocation() {
        TestResponse r = client.post(
                "/bodies/items",
                "{\"price\":\"cheap\",\"tags\":[{\"name\":\"a\",\"weight\":1},{\"weight\":\"heavy\"}],\"color\":\"PINK\",\"in_stock\":\"perhaps\"}");
        assertEquals(422, r.status());
        assertEquals(
                List.of(
                        "missing [\"body\",\"name\"]",
                        "float_parsing [\"body\",\"price\"]",
                        "missing [\"body\",\"tags\",1,\"name\"]",
                        "int_parsing [\"body\",\"tags\",1,\"weight\"]",
                        "enum [\"body\",\"color\"]",
                        "bool_parsing [\"body\",\"in_stock\"]"),
                errorLocs(r));
        JsonNode price = r.json().get("detail").get(1);
        assertEquals(
                "Input should be a valid number, unable to parse string as a number",
                price.get("msg").asText());
        assertEquals("cheap", price.get("input").asText());
    }

    @Test
    void typeErrorsInsideJsonAreTyped() {
        TestResponse r = client.post(
                "/bodies/items", "{\"name\":5,\"price\":1,\"tags\":{},\"color\":\"RED\",\"in_stock\":true}");
        assertEquals(422, r.status());
        assertEquals(List.of("string_type [\"body\",\"name\"]", "list_type [\"body\",\"tags\"]"), errorLocs(r));

        TestResponse notAnObject = client.post("/bodies/items", "[1,2]");
        assertEquals(List.of("model_attributes_type [\"body\"]"), errorLocs(notAnObject));
    }

    @Test
    void twoBodiesAreEmbeddedByName() {
        TestResponse r = client.put("/bodies/items/3", "{\"item\":" + ITEM + ",\"user\":{\"username\":\"ada\"}}");
        assertEquals(200, r.status(), r.text());
        assertEquals("{\"itemId\":3,\"item\":\"Foo\",\"user\":\"ada\"}", r.text());

        TestResponse bad = client.put("/bodies/items/x", "{\"item\":" + ITEM + "}");
        assertEquals(List.of("int_parsing [\"path\",\"itemId\"]", "missing [\"body\",\"user\"]"), errorLocs(bad));
    }

    @Test
    void oneBodyEmbeddedOnRequest() {
        assertEquals(
                "{\"username\":\"ada\"}",
                client.post("/bodies/embedded", "{\"user\":{\"username\":\"ada\"}}")
                        .text());
        assertEquals(
                List.of("missing [\"body\",\"user\"]"),
                errorLocs(client.post("/bodies/embedded", "{\"username\":\"ada\"}")));
    }

    @Test
    void recursiveModels() {
        TestResponse r = client.post(
                "/bodies/tree",
                "{\"label\":\"root\",\"children\":[{\"label\":\"a\",\"children\":[]},{\"label\":\"b\",\"children\":[{\"label\":\"c\",\"children\":[]}]}]}");
        assertEquals("{\"count\":4}", r.text());
        TestResponse bad = client.post(
                "/bodies/tree", "{\"label\":\"root\",\"children\":[{\"children\":[{\"label\":1,\"children\":[]}]}]}");
        assertEquals(
                List.of(
                        "missing [\"body\",\"children\",0,\"label\"]",
                        "string_type [\"body\",\"children\",0,\"children\",0,\"label\"]"),
                errorLocs(bad));
    }

    @Test
    void mapsNestedListsTreesAndBigNumbersRoundTrip() {
        String body = "{\"count\":1,\"big\":9000000000,\"amount\":12.50,\"flag\":false,\"text\":\"t\","
                + "\"id\":\"0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10\",\"day\":\"2024-02-29\",\"scores\":{\"a\":1,\"b\":2},"
                + "\"matrix\":[[1,2],[3]],\"extra\":{\"any\":[true,null]}}";
        TestResponse r = client.post("/bodies/everything", body);
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        assertEquals(9000000000L, j.get("big").asLong());
        assertEquals("2024-02-29", j.get("day").asText());
        assertEquals("{\"a\":1,\"b\":2}", j.get("scores").toString());
        assertEquals("[[1,2],[3]]", j.get("matrix").toString());
        assertEquals("{\"any\":[true,null]}", j.get("extra").toString());

        TestResponse bad = client.post(
                "/bodies/everything", body.replace("\"b\":2", "\"b\":\"two\"").replace("[3]", "[\"x\"]"));
        assertEquals(
                List.of("int_parsing [\"body\",\"scores\",\"b\"]", "int_parsing [\"body\",\"matrix\",1,0]"),
                errorLocs(bad));
    }

    @Test
    void topLevelListsMapsTreesAndBeans() {
        JsonNode list = client.post("/bodies/list", "[{\"name\":\"x\",\"weight\":1},{\"name\":\"y\",\"weight\":2}]")
                .json();
        assertEquals(2, list.get("count").asInt());
        assertEquals("x", list.get("first").asText());
        assertEquals(
                List.of("missing [\"body\",1,\"weight\"]"),
                errorLocs(client.post("/bodies/list", "[{\"name\":\"x\",\"weight\":1},{\"name\":\"y\"}]")));
        assertEquals("{\"a\":1}", client.post("/bodies/map", Map.of("a", 1)).text());
        assertEquals(
                "[1,\"two\",{}]", client.post("/bodies/raw", "[1,\"two\",{}]").text());
        TestResponse pet = client.post("/bodies/pet", "{\"name\":\"Rex\",\"age\":\"3\"}");
        assertEquals(200, pet.status(), pet.text());
        assertEquals(3, pet.json().get("age").asInt());
        assertEquals(
                List.of("int_parsing [\"body\",\"age\"]"),
                errorLocs(client.post("/bodies/pet", "{\"name\":\"Rex\",\"age\":\"old\"}")));
    }
}
