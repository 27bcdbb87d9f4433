package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.Kiln;
import dev.kiln.it.readers.ReaderApi;
import dev.kiln.it.readers.ReaderModels.Aliased;
import dev.kiln.it.readers.ReaderModels.Bounded;
import dev.kiln.it.readers.ReaderModels.Everything;
import dev.kiln.it.readers.ReaderModels.Lenient;
import dev.kiln.it.readers.ReaderModels.Subscriber;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.Unbound;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import io.vertx.core.buffer.Buffer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated record and bean readers bind exactly what the records' fields bind from a tree: for a valid body and
 * some 600 variants of it (each member absent, null, of every JSON type, at its bounds, repeated, reordered,
 * unknown members, nested failures), under both rules for unknown members, a reader either binds the value
 * the tree binds or refuses (and then the tree reports an error). Valid bodies must be read by the reader
 * itself, so the test cannot pass by always falling back to the tree.
 */
class JsonReadersIT {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static ObjectNode everything() throws Exception {
        return (ObjectNode) Json.mapper().readTree("""
                {"name": "Ann", "count": 41, "total": 9000000000, "ratio": 0.5, "active": true,
                 "amount": 12.50, "id": "0e9b7c1c-3f7e-4c1e-9a55-2b0c6e1d8f00", "day": "2026-12-02",
                 "color": "GREEN", "code": "abc", "maybe": 3, "seven": 8, "tags": ["a", "bb"],
                 "numbers": [3, 1, 3], "ids": [1, 2], "inner": {"label": "in", "weight": 2},
                 "inners": [{"label": "x"}, {"label": "y", "weight": null}], "scores": {"a": 1},
                 "extra": {"any": [1, "two"]}, "renamed": "java", "lower": "abc"}""");
    }

    @Test
    void aValidBodyIsReadByItsGeneratedReaderAndEchoed() throws Exception {
        for (String reader : List.of("readEverything", "readInner", "readLenient", "readPageLenient")) {
            assertTrue(
                    Arrays.stream(routes().getDeclaredMethods())
                            .map(Method::getName)
                            .anyMatch(reader::equals),
                    "ReaderApi_Routes has no " + reader);
        }
        ObjectNode body = everything();
        Everything read = streamed(binder(Everything.class), body, false);
        assertNotNull(read, "the generated reader refused a valid body");
        assertEquals("java", read.javaName());
        assertEquals(null, read.ignored());
        TestResponse response = client.post("/readers/everything", body.toString());
        assertEquals(200, response.status(), response::text);
        assertEquals(Json.mapper().writeValueAsString(read), response.text());
    }

    @Test
    void everyVariantBindsAsTheTreeBindsIt() throws Exception {
        Binder<Everything> binder = binder(Everything.class);
        List<JsonNode> variants = variants(everything());
        int read = 0;
        for (JsonNode variant : variants) {
            for (boolean forbid : new boolean[] {false, true}) {
                if (sameAsTree(binder, variant, forbid)) {
                    read++;
                }
            }
        }
        assertTrue(variants.size() > 500, "variants: " + variants.size());
        // both kinds of outcome are exercised: bodies read by the reader, and bodies it refuses
        assertTrue(
                read > 100 && read < 2 * variants.size(), "read by the reader: " + read + " of " + 2 * variants.size());
    }

    @Test
    void unknownMembersFollowTheAppsRuleUnlessTheRecordIgnoresThem() throws Exception {
        ObjectNode body = everything();
        body.put("unknown", 1);
        assertNotNull(streamed(binder(Everything.class), body, false));
        assertEquals(null, streamed(binder(Everything.class), body, true));
        assertFalse(sameAsTree(binder(Everything.class), body, true));
        ObjectNode lenient = NODES.objectNode().put("name", "n").put("unknown", true);
        Lenient bound = streamed(binder(Lenient.class), lenient, true);
        assertEquals(new Lenient("n", 1), bound);
    }

    /**
     * A record with aliases gets a reader too, and it reads each member by the name the fields would: each
     * member sent under none, one or two of its names (repeats included), each value valid or not, the
     * member first or last. The reader binds what the tree binds or refuses, and over the wire every body
     * gets the tree's value or its errors.
     */
    @Test
    void aliasesAreReadByTheReaderAsTheFieldsReadThem() throws Exception {
        assertTrue(
                Arrays.stream(routes().getDeclaredMethods())
                        .map(Method::getName)
                        .anyMatch("readAliased"::equals),
                "ReaderApi_Routes has no readAliased");
        Binder<Aliased> binder = binder(Aliased.class);
        // each member: its names (the first is its own), two valid values and an invalid one
        List<List<String>> names = List.of(
                List.of("email", "mail", "e-mail"),
                List.of("age", "years"),
                List.of("name", "nick"),
                List.of("tags", "labels", "tagList"));
        List<List<String>> values = List.of(
                List.of("\"ann@x\"", "\"bob@y\"", "\"a\""),
                List.of("30", "null", "-1"),
                List.of("\"Ann\"", "\"Bob\"", "7"),
                List.of("[\"a\"]", "[\"b\", \"c\"]", "[\"long\"]"));
        List<String> bodies = new ArrayList<>();
        for (int m = 0; m < names.size(); m++) {
            List<String> others = new ArrayList<>();
            for (int o = 0; o < names.size(); o++) {
                if (o != m) {
                    others.add(
                            "\"" + names.get(o).get(0) + "\": " + values.get(o).get(0));
                }
            }
            for (List<String> sent : sendings(names.get(m), values.get(m))) {
                for (boolean first : new boolean[] {true, false}) {
                    List<String> members = new ArrayList<>(others);
                    members.addAll(first ? 0 : members.size(), sent);
                    bodies.add("{" + String.join(", ", members) + "}");
                }
            }
        }
        int read = 0;
        for (String body : bodies) {
            for (boolean forbid : new boolean[] {false, true}) {
                ValidationErrors treeErrors = new ValidationErrors(forbid);
                Aliased fromTree = Params.body(Json.mapper().readTree(body), binder, true, treeErrors);
                ValidationErrors wireErrors = new ValidationErrors(forbid);
                Aliased fromWire = Params.body(Buffer.buffer(body), "application/json", binder, true, wireErrors);
                assertEquals(fromTree, fromWire, body);
                assertEquals(treeErrors.detail(), wireErrors.detail(), body);
                Aliased fromTokens = streamed(binder, body, forbid);
                if (fromTokens != null) {
                    assertTrue(treeErrors.isEmpty(), () -> "the reader bound a body the tree refuses: " + body);
                    assertEquals(fromTree, fromTokens, body);
                    read++;
                }
            }
        }
        assertTrue(bodies.size() > 300, "bodies: " + bodies.size());
        assertTrue(read > bodies.size() / 2 && read < 2 * bodies.size(), "read by the reader: " + read);
        // spelled out: the name wins over an alias sent after it, an earlier alias over a later one
        assertEquals(
                "ann@x",
                streamed(binder, "{\"email\": \"ann@x\", \"e-mail\": \"bob@y\"}", false)
                        .email());
        assertEquals(
                "bob@y",
                streamed(binder, "{\"e-mail\": \"ann@x\", \"mail\": \"bob@y\"}", false)
                        .email());
        assertEquals(
                new Aliased("ann@x", null, "Bob", Optional.empty()),
                streamed(binder, "{\"mail\": \"ann@x\", \"nick\": \"Ann\", \"nick\": \"Bob\"}", false));
    }

    /**
     * Primitive members are read without a box and their numeric bounds compared as numbers: at each bound,
     * one step either side of it, at the edges of the Java type and beyond, in every lax form (a string, a
     * float for a whole number, a boolean) and as {@code null}, the reader binds exactly what the tree binds
     * and refuses exactly what the tree reports, whether the bound is compared in the reader or left to its
     * check (a decimal bound no {@code double} holds, a fractional bound on a whole number, {@code @Digits}).
     */
    @Test
    void primitiveMembersAreReadAndCheckedAsTheTreeBindsThem() throws Exception {
        Binder<Bounded> binder = binder(Bounded.class);
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("small", "10");
        valid.put("positive", "1");
        valid.put("notAbove", "0");
        valid.put("anyLong", "5");
        valid.put("score", "50.5");
        valid.put("inexact", "0.2");
        valid.put("ratio", "1.5");
        valid.put("halfBound", "-3");
        valid.put("digits", "12");
        valid.put("unit", "0.25");
        valid.put("flag", "true");
        valid.put("letter", "\"k\"");
        Map<String, List<String>> values = Map.ofEntries(
                Map.entry(
                        "small",
                        List.of(
                                "-6",
                                "-5",
                                "150",
                                "151",
                                "2147483647",
                                "2147483648",
                                "-2147483649",
                                "99999999999999999999",
                                "5.0",
                                "5.5",
                                "\"7\"",
                                "\"151\"",
                                "true")),
                Map.entry(
                        "positive",
                        List.of(
                                "0",
                                "1",
                                "-1",
                                "9223372036854775807",
                                "9223372036854775808",
                                "\"1\"",
                                "1.0",
                                "0.5",
                                "false")),
                Map.entry(
                        "notAbove",
                        List.of("0", "1", "-1", "-9223372036854775808", "-9223372036854775809", "-0.0", "\"-0\"")),
                Map.entry(
                        "anyLong",
                        List.of("9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e3", "1e30")),
                Map.entry(
                        "score",
                        List.of(
                                "0",
                                "-0.0",
                                "0.0",
                                "-1e-300",
                                "99.99999999999999",
                                "100",
                                "100.0",
                                "1e400",
                                "-1e400",
                                "\"NaN\"",
                                "\"inf\"",
                                "\"-inf\"",
                                "\"50\"",
                                "true",
                                "false")),
                Map.entry(
                        "inexact",
                        List.of(
                                "0.1",
                                "0.10000000000000001",
                                "0.1000000000000001",
                                "0.09999999999999999",
                                "\"0.1\"",
                                "1")),
                Map.entry(
                        "ratio",
                        List.of("0", "-0.0", "-1e-50", "3", "3.0000001", "3.01", "3.4028236e38", "1e-50", "\"NaN\"")),
                Map.entry("halfBound", List.of("-11", "-10", "-1", "0", "-32768", "-32769", "-10.0", "\"-10\"")),
                Map.entry("digits", List.of("99", "100", "-99", "-100", "127", "128", "9.0")),
                Map.entry("unit", List.of("0", "1", "1.0000000000000002", "-0.0", "-4.9e-324", "\"1\"")),
                Map.entry("flag", List.of("false", "\"yes\"", "\"off\"", "1", "0", "2", "0.0")),
                Map.entry("letter", List.of("\"\"", "\"ab\"", "5", "\"\\u00e9\"")));
        List<String> bodies = new ArrayList<>();
        bodies.add(object(valid));
        for (String member : valid.keySet()) {
            List<String> sent = new ArrayList<>(values.get(member));
            sent.add("null");
            sent.add("[]");
            sent.add("{}");
            for (String value : sent) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(member, value);
                bodies.add(object(body));
            }
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.remove(member);
            bodies.add(object(without));
        }
        int read = 0;
        for (String body : bodies) {
            ValidationErrors treeErrors = new ValidationErrors(false);
            Bounded fromTree = Params.body(Json.mapper().readTree(body), binder, true, treeErrors);
            Bounded fromTokens = streamed(binder, body, false);
            if (fromTokens == null) {
                assertFalse(treeErrors.isEmpty(), () -> "the reader refused a body the tree binds: " + body);
                continue;
            }
            assertTrue(
                    treeErrors.isEmpty(), () -> "the reader bound a body the tree refuses: " + body + " " + treeErrors);
            assertEquals(fromTree, fromTokens, body);
            read++;
        }
        assertTrue(bodies.size() > 100, "bodies: " + bodies.size());
        assertTrue(read > 40 && read < bodies.size() - 40, "read by the reader: " + read + " of " + bodies.size());
        // the bounds themselves pass, one step beyond them does not, over the wire too
        TestResponse atBounds = client.post(
                "/readers/bounded",
                "{\"small\": -5, \"positive\": 1, \"notAbove\": 0, \"anyLong\": -9223372036854775808, \"score\": -0.0,"
                        + " \"inexact\": 0.10000000000000002, \"ratio\": 3, \"halfBound\": -10, \"digits\": -99,"
                        + " \"unit\": 1, \"flag\": false, \"letter\": \"a\"}");
        assertEquals(200, atBounds.status(), atBounds::text);
        assertEquals(-5, Json.mapper().readTree(atBounds.text()).get("small").asInt());
        Map<String, String> beyond = new LinkedHashMap<>(valid);
        beyond.put("small", "151");
        beyond.put("score", "100");
        TestResponse refused = client.post("/readers/bounded", object(beyond));
        assertEquals(422, refused.status(), refused::text);
        JsonNode detail = Json.mapper().readTree(refused.text()).get("detail");
        assertEquals(2, detail.size(), refused::text);
        assertEquals("less_than_equal", detail.get(0).get("type").asText(), refused::text);
        assertEquals("[\"body\",\"small\"]", detail.get(0).get("loc").toString());
        assertEquals("less_than", detail.get(1).get("type").asText(), refused::text);
        assertEquals("[\"body\",\"score\"]", detail.get(1).get("loc").toString());
    }

    private static String object(Map<String, String> members) {
        List<String> pairs = new ArrayList<>();
        members.forEach((name, value) -> pairs.add("\"" + name + "\": " + value));
        return "{" + String.join(", ", pairs) + "}";
    }

    /**
     * A bean gets a reader too: it binds what the properties bind from a tree, stores every value through
     * its setter or public field, and refuses a body a setter refuses (the tree's {@code value_error}).
     */
    @Test
    void beansAreReadByTheirReaderAsTheirPropertiesBindThem() throws Exception {
        assertTrue(
                Arrays.stream(routes().getDeclaredMethods())
                        .map(Method::getName)
                        .anyMatch("readSubscriber"::equals),
                "ReaderApi_Routes has no readSubscriber");
        Binder<Subscriber> binder = binder(Subscriber.class);
        ObjectNode body = (ObjectNode) Json.mapper().readTree("""
                {"name": "Ann", "age": 30, "email": "ann@x", "code": "abc", "tags": ["a", "b"],
                 "inner": {"label": "in", "weight": 2}, "status": "active", "level": 3, "nickname": "an",
                 "created": "now"}""");
        Subscriber valid = streamed(binder, body, false);
        assertNotNull(valid, "the generated reader refused a valid bean");
        assertEquals("never read", valid.getCreated());
        assertEquals(3, valid.level);
        assertEquals("an", valid.nickname);
        List<JsonNode> variants = new ArrayList<>(variants(body));
        variants.add(with(body, b -> b.put("status", "banned")));
        variants.add(with(body, b -> {
            b.remove("nickname");
            b.put("nick", "al");
        }));
        variants.add(with(body, b -> b.put("nick", "al")));
        variants.add(with(body, b -> {
            b.remove("nickname");
            b.put("nick", "alice");
        }));
        int read = 0;
        for (JsonNode variant : variants) {
            for (boolean forbid : new boolean[] {false, true}) {
                if (sameAsTree(binder, variant, forbid)) {
                    read++;
                }
            }
        }
        assertTrue(variants.size() > 250, "variants: " + variants.size());
        assertTrue(
                read > 100 && read < 2 * variants.size(), "read by the reader: " + read + " of " + 2 * variants.size());
        Subscriber defaults = streamed(binder, "{\"name\": \"Al\", \"age\": 0, \"tags\": []}", false);
        assertEquals(5, defaults.level);
        assertEquals("new", defaults.getStatus());
        assertEquals(Optional.empty(), defaults.getCode());
        assertEquals(null, streamed(binder, with(body, b -> b.put("status", "banned")), false));
        // over the wire: the bean is echoed, and a refused setter is the tree's value_error
        TestResponse echoed = client.post("/readers/subscriber", body.toString());
        assertEquals(200, echoed.status(), echoed::text);
        assertEquals(Json.mapper().writeValueAsString(valid), echoed.text());
        TestResponse refused = client.post(
                "/readers/subscriber",
                with(body, b -> b.put("status", "banned")).toString());
        assertEquals(422, refused.status(), refused::text);
        assertEquals(
                "value_error",
                Json.mapper().readTree(refused.text()).at("/detail/0/type").asText(),
                refused::text);
        // the field's @Size(max = 10) and the setter's @Size(min = 2) both hold
        for (String name : List.of("A", "Abcdefghijk")) {
            TestResponse sized = client.post(
                    "/readers/subscriber", with(body, b -> b.put("name", name)).toString());
            assertEquals(422, sized.status(), sized::text);
            JsonNode error = Json.mapper().readTree(sized.text()).at("/detail/0");
            assertEquals(
                    name.length() == 1 ? "string_too_short" : "string_too_long",
                    error.get("type").asText());
            assertEquals(
                    name.length() == 1 ? "{\"min_length\":2}" : "{\"max_length\":10}",
                    error.get("ctx").toString());
        }
        // the field's element bound holds though the setter's parameter does not repeat it, beside the setter's own
        TestResponse elements = client.post(
                "/readers/subscriber",
                with(body, b -> b.putArray("tags").add("abcd").add(" ")).toString());
        assertEquals(422, elements.status(), elements::text);
        assertEquals(
                "[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"tags\",0],"
                        + "\"msg\":\"String should have at most 3 characters\",\"input\":\"abcd\","
                        + "\"ctx\":{\"max_length\":3}},"
                        + "{\"type\":\"string_too_short\",\"loc\":[\"body\",\"tags\",1],"
                        + "\"msg\":\"String should have at least 1 character\",\"input\":\" \","
                        + "\"ctx\":{\"min_length\":1}}]",
                Json.mapper().readTree(elements.text()).get("detail").toString(),
                elements::text);
    }

    /** A member sent under none, one or two of its names (in both orders, and one name twice), with each value. */
    private static List<List<String>> sendings(List<String> names, List<String> values) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String name : names) {
            for (String value : values) {
                out.add(List.of("\"" + name + "\": " + value));
            }
        }
        for (String a : names) {
            for (String b : names) {
                for (String x : values) {
                    for (String y : values) {
                        if (!x.equals(y) || !a.equals(b)) {
                            out.add(List.of("\"" + a + "\": " + x, "\"" + b + "\": " + y));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Each top-level member removed, set to null, to each JSON type; bounds; order; repeats. */
    private static List<JsonNode> variants(ObjectNode base) {
        List<JsonNode> out = new ArrayList<>();
        out.add(base);
        List<JsonNode> values = List.of(
                NODES.nullNode(),
                NODES.textNode("x"),
                NODES.textNode("5"),
                NODES.textNode(""),
                NODES.numberNode(5),
                NODES.numberNode(-1),
                NODES.numberNode(1.5),
                NODES.numberNode(2.0),
                NODES.numberNode(101),
                NODES.booleanNode(true),
                NODES.arrayNode(),
                NODES.objectNode(),
                NODES.arrayNode().add("a").add("b").add("c").add("d"),
                NODES.arrayNode().add("a").add("b").add("c").add("d").add("e"),
                NODES.arrayNode().add("abcd"),
                NODES.arrayNode().add(1).add(NODES.nullNode()),
                NODES.objectNode().put("label", "ok"),
                NODES.objectNode().put("label", " "),
                NODES.objectNode().put("label", "refused"),
                NODES.objectNode().put("a", "x"),
                NODES.textNode("abcdefgh"),
                NODES.textNode("abcdefghi"),
                NODES.textNode("AB"),
                NODES.textNode("RED"),
                NODES.textNode("2026-02-30"),
                NODES.textNode("true"));
        Iterator<String> names = base.fieldNames();
        List<String> members = new ArrayList<>();
        names.forEachRemaining(members::add);
        members.add("ignored");
        for (String member : members) {
            out.add(with(base, b -> b.remove(member)));
            for (JsonNode value : values) {
                out.add(with(base, b -> b.set(member, value)));
            }
        }
        out.add(with(
                base,
                b -> b.set("inners", NODES.arrayNode().add(NODES.objectNode().put("label", "refused")))));
        out.add(with(
                base, b -> b.set("inner", NODES.objectNode().put("label", "x").put("weight", "heavy"))));
        // reversed order, and a member sent twice (the last one wins, as in the tree)
        ObjectNode reversed = NODES.objectNode();
        List<String> backwards = new ArrayList<>(members.subList(0, members.size() - 1));
        java.util.Collections.reverse(backwards);
        backwards.forEach(m -> reversed.set(m, base.get(m)));
        out.add(reversed);
        out.add(NODES.objectNode());
        out.add(NODES.arrayNode());
        out.add(NODES.textNode("{}"));
        out.add(NODES.nullNode());
        return out;
    }

    private static ObjectNode with(ObjectNode base, Consumer<ObjectNode> change) {
        ObjectNode copy = base.deepCopy();
        change.accept(copy);
        return copy;
    }

    /**
     * Binds {@code body} by the reader and by the tree; the reader must bind the tree's value or refuse a body
     * the tree reports. {@code true} when the reader bound it.
     */
    private static <T> boolean sameAsTree(Binder<T> binder, JsonNode body, boolean forbid) throws Exception {
        ValidationErrors treeErrors = new ValidationErrors(forbid);
        T fromTree = Params.body(body, binder, true, treeErrors);
        T fromTokens = streamed(binder, body, forbid);
        if (fromTokens == null) {
            assertFalse(treeErrors.isEmpty(), () -> "the reader refused a body the tree binds: " + body);
            return false;
        }
        assertTrue(treeErrors.isEmpty(), () -> "the reader bound a body the tree refuses: " + body + " " + treeErrors);
        assertEquals(fromTree, fromTokens, () -> "different values for " + body);
        // and over the wire, the body's own path gives the same
        ValidationErrors errors = new ValidationErrors(forbid);
        assertEquals(fromTree, Params.body(Buffer.buffer(body.toString()), "application/json", binder, true, errors));
        return true;
    }

    /** What the binder's streaming read gives, or {@code null} when it throws {@link Unbound}. */
    private static <T> T streamed(Binder<T> binder, JsonNode body, boolean forbid) throws Exception {
        return streamed(binder, body.toString(), forbid);
    }

    private static <T> T streamed(Binder<T> binder, String body, boolean forbid) throws Exception {
        try (JsonParser p = Json.mapper().getFactory().createParser(body)) {
            p.nextToken();
            return binder.fromParser(p, new ValidationErrors(forbid));
        } catch (Unbound e) {
            return null;
        }
    }

    private static Class<?> routes() throws ClassNotFoundException {
        return Class.forName(ReaderApi.class.getName() + "_Routes");
    }

    /** The generated {@code static final Binder<T>} constant of {@code ReaderApi_Routes} for {@code type}. */
    @SuppressWarnings("unchecked")
    private static <T> Binder<T> binder(Class<T> type) throws Exception {
        for (java.lang.reflect.Field f : routes().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getGenericType() instanceof ParameterizedType t
                    && t.getRawType() == Binder.class
                    && t.getActualTypeArguments()[0] == type) {
                f.setAccessible(true);
                return (Binder<T>) f.get(null);
            }
        }
        return fail("no binder of " + type);
    }
}
