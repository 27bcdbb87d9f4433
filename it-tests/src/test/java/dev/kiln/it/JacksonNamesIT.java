package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One table, one row per Jackson annotation and placement Kiln honours (see
 * {@code dev.kiln.it.jackson.JacksonModels}): a request goes in, and what Kiln bound (the
 * {@code X-Bound} header: the Java value), the JSON Jackson wrote, and the request and response
 * schemas in {@code /openapi.json} must all agree. Agreement is checked twice: against the expected
 * values of the row, and by validating the request and the response against their documented schemas
 * (closed objects: an undocumented member is a failure).
 */
class JacksonNamesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestClient client;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
        document = client.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    /**
     * One row: the annotation and where it is, the operation, the request, what is bound, what is
     * written, and the documented properties of the request and the response ({@code *} marks a required
     * one), in the documented order.
     */
    private record Row(
            String annotation,
            String path,
            String request,
            String bound,
            String response,
            List<String> input,
            List<String> output) {}

    private static final List<Row> TABLE = List.of(
            new Row(
                    "@JsonProperty on enum constants",
                    "/jackson/paint",
                    "{\"shade\":\"red\",\"others\":[\"green\",\"BLUE\"]}",
                    "Paint[shade=RED, others=[GREEN, BLUE]]",
                    "{\"shade\":\"red\",\"others\":[\"green\",\"BLUE\"]}",
                    List.of("shade*", "others*"),
                    List.of("shade*", "others*")),
            new Row(
                    "@JsonValue on an enum method returning a constructor argument",
                    "/jackson/parcel",
                    "{\"size\":\"s\",\"upgrade\":\"l\"}",
                    "Parcel[size=SMALL, upgrade=Optional[LARGE]]",
                    "{\"size\":\"s\",\"upgrade\":\"l\"}",
                    List.of("size*", "upgrade"),
                    List.of("size*", "upgrade*")),
            new Row(
                    "@JsonProperty on a record component",
                    "/jackson/person",
                    "{\"full_name\":\"Ada Lovelace\",\"age\":36}",
                    "Person[fullName=Ada Lovelace, age=36]",
                    "{\"full_name\":\"Ada Lovelace\",\"age\":36}",
                    List.of("full_name*", "age*"),
                    List.of("full_name*", "age*")),
            new Row(
                    "@JsonNaming(SnakeCaseStrategy) on a record, @JsonProperty wins",
                    "/jackson/account",
                    "{\"first_name\":\"Ada\",\"last_name\":\"King\",\"ID\":\"a-1\",\"is_active\":true}",
                    "Account[firstName=Ada, lastName=King, accountId=a-1, isActive=true]",
                    "{\"first_name\":\"Ada\",\"last_name\":\"King\",\"ID\":\"a-1\",\"is_active\":true}",
                    List.of("first_name*", "last_name*", "ID*", "is_active*"),
                    List.of("first_name*", "last_name*", "ID*", "is_active*")),
            new Row(
                    "@JsonAlias on a record component (an alias is read, see below, but not documented, as in Pydantic)",
                    "/jackson/contact",
                    "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}",
                    "Contact[email=ada@example.com, name=Ada]",
                    "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}",
                    List.of("email*", "name*"),
                    List.of("email*", "name*")),
            new Row(
                    "@JsonIgnore on a record component",
                    "/jackson/secretive",
                    "{\"name\":\"Ada\"}",
                    "Secretive[name=Ada, secret=null]",
                    "{\"name\":\"Ada\"}",
                    List.of("name*"),
                    List.of("name*")),
            new Row(
                    "@JsonProperty(access = READ_ONLY) on a record component",
                    "/jackson/ticket",
                    "{\"title\":\"Printer on fire\"}",
                    "Ticket[title=Printer on fire, id=null]",
                    "{\"title\":\"Printer on fire\",\"id\":\"T-1\"}",
                    List.of("title*"),
                    List.of("title*", "id*")),
            new Row(
                    "@JsonProperty(access = WRITE_ONLY) on a record component",
                    "/jackson/login",
                    "{\"user\":\"ada\",\"password\":\"s3cret\"}",
                    "Login[user=ada, password=s3cret]",
                    "{\"user\":\"ada\"}",
                    List.of("user*", "password*"),
                    List.of("user*")),
            new Row(
                    "@JsonInclude(NON_NULL) on a record: null left out, an empty Optional written as null",
                    "/jackson/sparse",
                    "{\"a\":\"x\"}",
                    "Sparse[a=x, b=null, c=Optional.empty]",
                    "{\"a\":\"x\",\"c\":null}",
                    List.of("a*", "b", "c"),
                    List.of("a*", "b", "c*")),
            new Row(
                    "@JsonInclude(NON_EMPTY) on a record component",
                    "/jackson/listing",
                    "{\"title\":\"Lamp\",\"tags\":[]}",
                    "Listing[title=Lamp, tags=[]]",
                    "{\"title\":\"Lamp\"}",
                    List.of("title*", "tags*"),
                    List.of("title*", "tags")),
            new Row(
                    "@JsonFormat(pattern) on LocalDate and LocalDateTime components",
                    "/jackson/appointment",
                    "{\"day\":\"31.01.2024\",\"at\":\"2024-01-31 09:30\",\"iso\":\"2024-02-01\"}",
                    "Appointment[day=2024-01-31, at=2024-01-31T09:30, iso=2024-02-01]",
                    "{\"day\":\"31.01.2024\",\"at\":\"2024-01-31 09:30\",\"iso\":\"2024-02-01\"}",
                    List.of("day*", "at*", "iso*"),
                    List.of("day*", "at*", "iso*")),
            new Row(
                    "@JsonPropertyOrder on a record",
                    "/jackson/ordered",
                    "{\"alpha\":\"a\",\"mid\":\"m\",\"zeta\":\"z\"}",
                    "Ordered[alpha=a, mid=m, zeta=z]",
                    "{\"zeta\":\"z\",\"alpha\":\"a\",\"mid\":\"m\"}",
                    List.of("zeta*", "alpha*", "mid*"),
                    List.of("zeta*", "alpha*", "mid*")),
            new Row(
                    "@JsonIgnoreProperties on a record",
                    "/jackson/filtered",
                    "{\"shown\":\"yes\"}",
                    "Filtered[shown=yes, internal=null]",
                    "{\"shown\":\"yes\"}",
                    List.of("shown*"),
                    List.of("shown*")),
            new Row(
                    "@JsonNaming(KebabCaseStrategy) on a bean (setters and getters)",
                    "/jackson/settings",
                    "{\"max-items\":5,\"home-page\":\"/start\"}",
                    "Settings[maxItems=5, homePage=/start]",
                    "{\"max-items\":5,\"home-page\":\"/start\"}",
                    List.of("max-items*", "home-page*"),
                    List.of("max-items*", "home-page*")),
            new Row(
                    "@JsonIgnore on a bean getter, @JsonProperty on its setter",
                    "/jackson/credentials",
                    "{\"user\":\"ada\",\"token\":\"t0k\"}",
                    "Credentials[user=ada, token=t0k]",
                    "{\"user\":\"ada\"}",
                    List.of("user*", "token*"),
                    List.of("user*")),
            new Row(
                    "@JsonProperty on a bean setter renames the getter too",
                    "/jackson/nicknamed",
                    "{\"nick\":\"Ada\"}",
                    "Nicknamed[nickname=Ada]",
                    "{\"nick\":\"Ada\"}",
                    List.of("nick*"),
                    List.of("nick*")),
            new Row(
                    "@JsonProperty and @JsonAlias on a bean's public field, @JsonInclude(NON_NULL) on its getter",
                    "/jackson/stock",
                    "{\"qty\":2}",
                    "Stock[quantity=2, note=null]",
                    "{\"qty\":2}",
                    List.of("qty*", "note"),
                    List.of("qty*", "note")),
            new Row(
                    "a bean's public field, setup(x) as property up, a getter only written",
                    "/jackson/gadget",
                    "{\"count\":3,\"up\":\"on\"}",
                    "Gadget[count=3, up=on]",
                    "{\"count\":3,\"up\":\"on\",\"serial\":\"G-3\"}",
                    List.of("count*", "up*"),
                    List.of("count*", "up*", "serial*")));

    @TestFactory
    Stream<DynamicTest> bindingWritingAndTheDocumentAgree() {
        return TABLE.stream().map(row -> DynamicTest.dynamicTest(row.annotation(), () -> check(row)));
    }

    private static void check(Row row) {
        TestResponse r = client.post(row.path(), row.request());
        assertEquals(200, r.status(), row.annotation() + ": " + r.text());
        assertEquals(row.bound(), r.header("X-Bound"), row.annotation() + ": what Kiln bound");
        JsonNode written = r.json();
        assertEquals(tree(row.response()), written, row.annotation() + ": what Jackson wrote");
        assertEquals(names(tree(row.response())), names(written), row.annotation() + ": the order written");

        JsonNode operation = document.at("/paths/" + row.path().replace("/", "~1") + "/post");
        JsonNode input = resolve(operation.at("/requestBody/content/application~1json/schema"));
        JsonNode output = resolve(operation.at("/responses/200/content/application~1json/schema"));
        assertEquals(row.input(), documented(input), row.annotation() + ": the request schema " + input);
        assertEquals(row.output(), documented(output), row.annotation() + ": the response schema " + output);
        assertEquals(List.of(), violations(tree(row.request()), input, "request"), row.annotation());
        assertEquals(List.of(), violations(written, output, "response"), row.annotation());
    }

    @Test
    void renamedEnumConstantsAreTheEnumOfTheDocumentAndOfThe422() {
        assertEquals(tree("[\"red\", \"green\", \"BLUE\"]"), schema("Shade").get("enum"));
        assertEquals(tree("[\"s\", \"l\"]"), schema("Size").get("enum"));
        TestResponse wrong = client.post("/jackson/paint", "{\"shade\":\"RED\",\"others\":[]}");
        assertEquals(422, wrong.status());
        JsonNode error = wrong.json().get("detail").get(0);
        assertEquals("enum", error.get("type").asText());
        assertEquals(tree("[\"body\", \"shade\"]"), error.get("loc"));
        assertEquals(
                "Input should be 'red', 'green' or 'BLUE'", error.get("msg").asText());
        assertEquals(
                "'red', 'green' or 'BLUE'", error.get("ctx").get("expected").asText());
        TestResponse size = client.post("/jackson/parcel", "{\"size\":\"SMALL\"}");
        assertEquals(422, size.status());
        assertEquals(
                "'s' or 'l'",
                size.json().get("detail").get(0).get("ctx").get("expected").asText());
    }

    @Test
    void renamedEnumConstantsComeFromTheQueryAndThePathByTheirWireValues() {
        TestResponse query = client.get("/jackson/shade?shade=green");
        assertEquals(200, query.status(), query.text());
        assertEquals("GREEN", query.header("X-Bound"));
        assertEquals("\"green\"", query.text());
        TestResponse path = client.get("/jackson/shade/red");
        assertEquals(200, path.status(), path.text());
        assertEquals("RED", path.header("X-Bound"));
        assertEquals(422, client.get("/jackson/shade?shade=GREEN").status());
        JsonNode parameter = document.at("/paths/~1jackson~1shade/get/parameters/0");
        assertEquals("#/components/schemas/Shade", parameter.at("/schema/$ref").asText());
    }

    @Test
    void anAliasIsReadAndItsErrorsAreAtTheNameSent() {
        TestResponse bound = client.post("/jackson/contact", "{\"mail\":\"m@example.com\",\"name\":\"M\"}");
        assertEquals("Contact[email=m@example.com, name=M]", bound.header("X-Bound"));
        assertEquals("m@example.com", bound.json().get("email").asText());
        TestResponse second = client.post("/jackson/contact", "{\"e-mail\":\"e@example.com\",\"name\":\"E\"}");
        assertEquals("Contact[email=e@example.com, name=E]", second.header("X-Bound"));
        TestResponse wrong = client.post("/jackson/contact", "{\"mail\":42,\"name\":\"M\"}");
        assertEquals(422, wrong.status());
        assertEquals(
                tree("[\"body\", \"mail\"]"), wrong.json().get("detail").get(0).get("loc"));
        TestResponse stock = client.post("/jackson/stock", "{\"amount\":5,\"note\":\"low\"}");
        assertEquals("Stock[quantity=5, note=low]", stock.header("X-Bound"));
        assertEquals(tree("{\"qty\":5,\"note\":\"low\"}"), stock.json());
        TestResponse missing = client.post("/jackson/contact", "{\"name\":\"M\"}");
        assertEquals(
                tree("[\"body\", \"email\"]"),
                missing.json().get("detail").get(0).get("loc"));
    }

    @Test
    void aMemberThatIsNotReadIgnoresWhatARequestSends() {
        TestResponse ticket = client.post("/jackson/ticket", "{\"title\":\"t\",\"id\":\"forged\"}");
        assertEquals("Ticket[title=t, id=null]", ticket.header("X-Bound"));
        assertEquals("T-1", ticket.json().get("id").asText());
        TestResponse secret = client.post("/jackson/secretive", "{\"name\":\"n\",\"secret\":\"s\"}");
        assertEquals("Secretive[name=n, secret=null]", secret.header("X-Bound"));
        assertFalse(secret.json().has("secret"));
    }

    @Test
    void aPatternedDateIsDocumentedAndCheckedInItsPattern() {
        assertEquals(
                "dd.MM.yyyy", schema("Appointment").at("/properties/day/format").asText());
        assertEquals("date", schema("Appointment").at("/properties/iso/format").asText());
        TestResponse iso = client.post(
                "/jackson/appointment", "{\"day\":\"2024-01-31\",\"at\":\"2024-01-31 09:30\",\"iso\":\"2024-02-01\"}");
        assertEquals(422, iso.status());
        JsonNode error = iso.json().get("detail").get(0);
        assertEquals("date_parsing", error.get("type").asText());
        assertEquals(tree("[\"body\", \"day\"]"), error.get("loc"));
        assertEquals(
                "Input should be a valid date, expected the format dd.MM.yyyy",
                error.get("msg").asText());
    }

    @Test
    void nonNullDocumentsWhatMayBeLeftOutAndWhatIsNeverNull() {
        JsonNode sparse = schema("Sparse-Output");
        assertEquals(tree("{\"type\": \"string\", \"title\": \"B\"}"), sparse.at("/properties/b"));
        assertTrue(sparse.at("/properties/c/anyOf").isArray(), sparse.toString());
        TestResponse full = client.post("/jackson/sparse", "{\"a\":\"x\",\"b\":\"y\",\"c\":\"z\"}");
        assertEquals(tree("{\"a\":\"x\",\"b\":\"y\",\"c\":\"z\"}"), full.json());
    }

    // ---- the document --------------------------------------------------------------------------

    private static JsonNode schema(String component) {
        JsonNode schema = document.at("/components/schemas/" + component);
        assertFalse(schema.isMissingNode(), () -> "no component " + component);
        return schema;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : schema(ref.asText().substring("#/components/schemas/".length()));
    }

    /** The property names of an object schema in order, a required one marked with {@code *}. */
    private static List<String> documented(JsonNode object) {
        List<String> names = new ArrayList<>();
        List<String> required = new ArrayList<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        object.path("properties").fieldNames().forEachRemaining(n -> names.add(required.contains(n) ? n + "*" : n));
        return names;
    }

    /**
     * Where {@code value} breaks {@code schema}: the subset of JSON Schema the document uses ($ref, anyOf,
     * type, enum, properties, required, items, additionalProperties), objects closed to undocumented members.
     */
    private static List<String> violations(JsonNode value, JsonNode schema, String at) {
        List<String> found = new ArrayList<>();
        check(value, schema, at, found);
        return found;
    }

    private static void check(JsonNode value, JsonNode schema, String at, List<String> found) {
        if (schema.has("$ref")) {
            check(value, resolve(schema), at, found);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                List<String> inner = new ArrayList<>();
                check(value, option, at, inner);
                if (inner.isEmpty()) {
                    return;
                }
            }
            found.add(at + ": none of " + schema.get("anyOf") + " allows " + value);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(at + ": " + value + " is not in " + schema.get("enum"));
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "null" -> expect(value.isNull(), at, "null", value, found);
            case "string" -> expect(value.isTextual(), at, "a string", value, found);
            case "integer" -> expect(value.isIntegralNumber(), at, "an integer", value, found);
            case "number" -> expect(value.isNumber(), at, "a number", value, found);
            case "boolean" -> expect(value.isBoolean(), at, "a boolean", value, found);
            case "array" -> {
                expect(value.isArray(), at, "an array", value, found);
                for (int i = 0; value.isArray() && i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), at + "[" + i + "]", found);
                }
            }
            case "object" -> {
                expect(value.isObject(), at, "an object", value, found);
                if (!value.isObject()) {
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    expect(value.has(required.asText()), at, "member " + required, value, found);
                }
                for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    JsonNode property = schema.path("properties").get(name);
                    if (property != null) {
                        check(value.get(name), property, at + "." + name, found);
                    } else if (schema.has("additionalProperties")) {
                        check(value.get(name), schema.get("additionalProperties"), at + "." + name, found);
                    } else {
                        found.add(at + ": " + name + " is not documented");
                    }
                }
            }
            default -> {
                // {} or an enum: any value
            }
        }
    }

    private static void expect(boolean ok, String at, String what, JsonNode value, List<String> found) {
        if (!ok) {
            found.add(at + ": expected " + what + " in " + value);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
