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

/** Path, query, header and cookie parameters of every supported type, over real HTTP. */
class ParametersIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static List<String> errorLocs(TestResponse r) {
        List<String> locs = new ArrayList<>();
        for (JsonNode e : r.json().get("detail")) {
            locs.add(e.get("type").asText() + " " + e.get("loc"));
        }
        return locs;
    }

    @Test
    void pathIntIsBound() {
        TestResponse r = client.get("/params/path/42");
        assertEquals(200, r.status());
        assertEquals("{\"itemId\":42}", r.text());
        assertEquals("application/json", r.header("content-type"));
    }

    @Test
    void pathIntThatDoesNotParseIsA422WithFastApisExactBody() {
        TestResponse r = client.get("/params/path/abc");
        assertEquals(422, r.status());
        assertEquals(
                "{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"path\",\"itemId\"],"
                        + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\","
                        + "\"input\":\"abc\"}]}",
                r.text());
    }

    @Test
    void staticSegmentWinsOverVariable() {
        assertEquals("{\"me\":true}", client.get("/params/path/me").text());
    }

    @Test
    void uuidAndEnumInPath() {
        TestResponse ok = client.get("/params/path/0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10/color/GREEN");
        assertEquals(200, ok.status());
        assertEquals("0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10", ok.json().get("id").asText());
        assertEquals("GREEN", ok.json().get("color").asText());

        TestResponse bad = client.get("/params/path/not-a-uuid/color/PURPLE");
        assertEquals(422, bad.status());
        assertEquals(List.of("uuid_parsing [\"path\",\"id\"]", "enum [\"path\",\"color\"]"), errorLocs(bad));
        JsonNode enumError = bad.json().get("detail").get(1);
        assertEquals(
                "Input should be 'RED', 'GREEN' or 'BLUE'", enumError.get("msg").asText());
        assertEquals("PURPLE", enumError.get("input").asText());
    }

    @Test
    void renamedPathVariableIsPercentDecoded() {
        assertEquals("{\"itemId\":7}", client.get("/params/renamed/%37").text());
    }

    @Test
    void everySimpleTypeFromTheQuery() {
        TestResponse r = client.get("/params/types?flag=yes&b=-8&s=300&i=70000&l=9000000000&f=1.5&d=-2.25&c=x"
                + "&str=hello%20world&uuid=0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10&color=BLUE&dec=12.50&big=123456789012345678901"
                + "&date=2024-02-29&dateTime=2024-02-29T12:30:00&offsetDateTime=2024-02-29T12:30:00%2B02:00"
                + "&instant=2024-02-29T10:30:00Z");
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        assertTrue(j.get("flag").asBoolean());
        assertEquals(-8, j.get("b").asInt());
        assertEquals(300, j.get("s").asInt());
        assertEquals(70000, j.get("i").asInt());
        assertEquals(9000000000L, j.get("l").asLong());
        assertEquals(1.5, j.get("f").asDouble());
        assertEquals(-2.25, j.get("d").asDouble());
        assertEquals("x", j.get("c").asText());
        assertEquals("hello world", j.get("str").asText());
        assertEquals("0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10", j.get("uuid").asText());
        assertEquals("BLUE", j.get("color").asText());
        assertEquals("12.50", j.get("dec").asText());
        assertEquals("123456789012345678901", j.get("big").asText());
        assertEquals("2024-02-29", j.get("date").asText());
        assertEquals("2024-02-29T12:30", j.get("dateTime").asText());
        assertEquals("2024-02-29T12:30+02:00", j.get("offsetDateTime").asText());
        assertEquals("2024-02-29T10:30:00Z", j.get("instant").asText());
    }

    @Test
    void everyBadQueryValueIsReportedAtOnce() {
        TestResponse r = client.get("/params/types?flag=maybe&b=x&s=x&i=1.5&l=x&f=x&d=x&c=x&str=ok"
                + "&uuid=x&color=PINK&dec=x&big=x&date=2024-13-01&dateTime=x&offsetDateTime=x&instant=x");
        assertEquals(422, r.status());
        List<String> locs = errorLocs(r);
        assertEquals(
                List.of(
                        "bool_parsing [\"query\",\"flag\"]",
                        "int_parsing [\"query\",\"b\"]",
                        "int_parsing [\"query\",\"s\"]",
                        "int_parsing [\"query\",\"i\"]",
                        "int_parsing [\"query\",\"l\"]",
                        "float_parsing [\"query\",\"f\"]",
                        "float_parsing [\"query\",\"d\"]",
                        "uuid_parsing [\"query\",\"uuid\"]",
                        "enum [\"query\",\"color\"]",
                        "decimal_parsing [\"query\",\"dec\"]",
                        "int_parsing [\"query\",\"big\"]"),
                locs.subList(0, 11));
        // Pydantic names date errors after the parser that failed (date_parsing, date_from_datetime_parsing, ...)
        List<String> dates = locs.subList(11, locs.size());
        assertEquals(4, dates.size(), locs.toString());
        assertTrue(dates.get(0).startsWith("date") && dates.get(0).endsWith("[\"query\",\"date\"]"), dates.toString());
        assertTrue(
                dates.get(1).startsWith("datetime_") && dates.get(1).endsWith("[\"query\",\"dateTime\"]"),
                dates.toString());
        assertTrue(
                dates.get(2).startsWith("datetime_") && dates.get(2).endsWith("[\"query\",\"offsetDateTime\"]"),
                dates.toString());
        assertTrue(
                dates.get(3).startsWith("datetime_") && dates.get(3).endsWith("[\"query\",\"instant\"]"),
                dates.toString());
    }

    @Test
    void aByteOrShortBeyondItsTypeIsRefusedAtTheBoundTheDocumentGives() {
        JsonNode parameters = client.get("/openapi.json").json().at("/paths/~1params~1types/get/parameters");
        String base = "/params/types?flag=yes&i=1&l=1&f=1&d=1&c=x&str=ok&uuid=0b5e2f4e-8a3c-4c55-9a53-3c1b6d1e7a10"
                + "&color=RED&dec=1&big=1&date=2024-02-29&dateTime=2024-02-29T12:30"
                + "&offsetDateTime=2024-02-29T12:30%2B02:00&instant=2024-02-29T10:30:00Z";
        for (String name : List.of("b", "s")) {
            JsonNode schema = null;
            for (JsonNode parameter : parameters) {
                if (parameter.get("name").asText().equals(name)) {
                    schema = parameter.get("schema");
                }
            }
            long maximum = schema.get("maximum").asLong();
            long minimum = schema.get("minimum").asLong();
            String other = name.equals("b") ? "&s=0" : "&b=0";
            assertEquals(
                    200, client.get(base + other + "&" + name + "=" + maximum).status());
            assertEquals(
                    200, client.get(base + other + "&" + name + "=" + minimum).status());

            JsonNode above = client.get(base + other + "&" + name + "=" + (maximum + 1))
                    .json()
                    .get("detail")
                    .get(0);
            assertEquals("less_than_equal", above.get("type").asText(), above.toString());
            assertEquals(maximum, above.get("ctx").get("le").asLong(), above.toString());
            JsonNode below = client.get(base + other + "&" + name + "=" + (minimum - 1))
                    .json()
                    .get("detail")
                    .get(0);
            assertEquals("greater_than_equal", below.get("type").asText(), below.toString());
            assertEquals(minimum, below.get("ctx").get("ge").asLong(), below.toString());
        }
    }

    @Test
    void missingRequiredQueryParametersAreEachReported() {
        TestResponse r = client.get("/params/boxed");
        assertEquals(422, r.status());
        assertEquals(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"count\"],\"msg\":\"Field required\",\"input\":null},"
                        + "{\"type\":\"missing\",\"loc\":[\"query\",\"flag\"],\"msg\":\"Field required\",\"input\":null}]}",
                r.text());
        JsonNode ok = client.get("/params/boxed?count=3&flag=off").json();
        assertEquals(3, ok.get("count").asInt());
        assertEquals(false, ok.get("flag").asBoolean());
    }

    @Test
    void optionalNullableAndDefaults() {
        JsonNode none = client.get("/params/optional").json();
        assertEquals("<none>", none.get("q").asText());
        assertEquals("<none>", none.get("n").asText());
        assertEquals("<null>", none.get("maybe").asText());
        assertEquals(10, none.get("limit").asInt());
        assertEquals("RED", none.get("color").asText());
        assertEquals("hello", none.get("greeting").asText());

        JsonNode all = client.get("/params/optional?q=a&n=5&maybe=m&limit=3&color=BLUE&greeting=hi")
                .json();
        assertEquals("a", all.get("q").asText());
        assertEquals("5", all.get("n").asText());
        assertEquals("m", all.get("maybe").asText());
        assertEquals(3, all.get("limit").asInt());
        assertEquals("BLUE", all.get("color").asText());
        assertEquals("hi", all.get("greeting").asText());

        TestResponse bad = client.get("/params/optional?n=five&limit=ten");
        assertEquals(List.of("int_parsing [\"query\",\"n\"]", "int_parsing [\"query\",\"limit\"]"), errorLocs(bad));
    }

    @Test
    void repeatedQueryParametersBindToListsAndSets() {
        JsonNode empty = client.get("/params/lists").json();
        assertEquals("[]", empty.get("tag").toString());
        assertEquals("[]", empty.get("id").toString());
        JsonNode j = client.get("/params/lists?tag=a&tag=b&id=3&id=1&id=3").json();
        assertEquals("[\"a\",\"b\"]", j.get("tag").toString());
        assertEquals("[3,1]", j.get("id").toString());

        TestResponse bad = client.get("/params/lists?id=1&id=x");
        assertEquals(List.of("int_parsing [\"query\",\"id\",1]"), errorLocs(bad));
    }

    @Test
    void annotatedQueryHeaderAndCookie() {
        TestResponse r = client.request("GET", "/params/annotated")
                .query("page-size", "25")
                .header("User-Agent", "kiln-test/1")
                .header("X-Token", "t0k")
                .cookie("session_id", "abc")
                .send();
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        assertEquals(25, j.get("pageSize").asInt());
        assertEquals("kiln-test/1", j.get("userAgent").asText());
        assertEquals("t0k", j.get("token").asText());
        assertEquals("abc", j.get("session").asText());
    }

    @Test
    void recordParametersFromQueryHeadersAndCookies() {
        TestResponse r = client.request("GET", "/params/records")
                .query("limit", "5")
                .query("sort", "name")
                .header("X-Trace", "t-1")
                .cookie("sessionId", "s-1")
                .send();
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        assertEquals(0, j.get("skip").asInt());
        assertEquals(5, j.get("limit").asInt());
        assertEquals("name", j.get("sort").asText());
        assertTrue(j.get("userAgent").asText().startsWith("Java-http-client"), j.toString());
        assertEquals("t-1", j.get("trace").asText());
        assertEquals("s-1", j.get("sessionId").asText());
        assertEquals("<none>", j.get("theme").asText());

        TestResponse bad =
                client.request("GET", "/params/records").query("skip", "x").send();
        assertEquals(List.of("int_parsing [\"query\",\"skip\"]", "missing [\"cookie\",\"sessionId\"]"), errorLocs(bad));
    }

    @Test
    void injectedRequestViewsAndResponseHeaders() {
        TestResponse r = client.request("GET", "/params/injected/zed")
                .query("q", "1")
                .header("X-Probe", "p")
                .send();
        assertEquals(203, r.status(), r.text());
        assertEquals("yes", r.header("X-Injected"));
        assertTrue(r.header("Set-Cookie").startsWith("seen=1"), r.header("Set-Cookie"));
        JsonNode j = r.json();
        assertEquals("zed", j.get("name").asText());
        assertEquals("GET", j.get("method").asText());
        assertEquals("/params/injected/zed", j.get("path").asText());
        assertEquals("1", j.get("query").asText());
        assertEquals("p", j.get("header").asText());
        assertTrue(j.get("client").asBoolean());
        assertEquals("/params/injected/zed", j.get("httpPath").asText());
        assertTrue(j.get("vertx").asBoolean());
    }
}
