package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The streaming body read ({@link Params#body(Buffer, String, Binder, boolean, ValidationErrors)}) against the
 * tree binders it replaces, which stay the oracle: for every body, the same value and the same 422 detail
 * (type, loc, msg, input, ctx, in order), byte for byte; and a clean body is bound by the streaming read alone.
 */
class StreamingBodyTest {
    enum Color {
        RED,
        GREEN
    }

    record Part(String name, int qty) {
        Part {
            if (qty == 13) {
                throw new IllegalArgumentException("unlucky");
            }
        }
    }

    record Item(
            String name,
            int count,
            Double price,
            Optional<String> note,
            List<Part> parts,
            Map<String, Integer> tags,
            Set<String> labels,
            Color color,
            LocalDate day,
            UUID id,
            boolean flag,
            long big,
            BigDecimal amount,
            JsonNode extra,
            List<Item> children,
            float ratio,
            String hidden) {}

    static final Binder<Part> PART = Binders.record(
            "Part",
            v -> new Part((String) v[0], (Integer) v[1]),
            Field.required("name", Binders.STRING.check(Checks.length(1, 5))),
            Field.withDefault("qty", Binders.INT.check(Checks.min(0)), 1));

    static final Binder<Item> ITEM = Binders.record(
            "Item",
            v -> new Item(
                    (String) v[0],
                    (Integer) v[1],
                    (Double) v[2],
                    cast(v[3]),
                    cast(v[4]),
                    cast(v[5]),
                    cast(v[6]),
                    (Color) v[7],
                    (LocalDate) v[8],
                    (UUID) v[9],
                    (Boolean) v[10],
                    (Long) v[11],
                    (BigDecimal) v[12],
                    (JsonNode) v[13],
                    cast(v[14]),
                    (Float) v[15],
                    (String) v[16]),
            Field.required("name", Binders.STRING.check(Checks.pattern("^[a-z]+$")))
                    .withAliases("title", "label"),
            Field.required("count", Binders.INT.check(Checks.min(1)).check(Checks.max(100))),
            Field.nullable("price", Binders.DOUBLE.check(Checks.positive())),
            Field.optional("note", Binders.STRING.check(Checks.maxLength(3))),
            Field.withDefault("parts", Binders.list(PART).check(Checks.maxItems(3)), List.of()),
            Field.withDefault("tags", Binders.map(Binders.INT), Map.of()),
            Field.withDefault("labels", Binders.set(Binders.STRING), Set.of()),
            Field.withDefault("color", Binders.enumOf("Color", Color.values()), Color.RED),
            Field.nullable("day", Binders.LOCAL_DATE),
            Field.nullable("id", Binders.UUID_),
            Field.withDefault("flag", Binders.BOOLEAN, false),
            Field.withDefault("big", Binders.LONG, 0L),
            Field.nullable("amount", Binders.BIG_DECIMAL.check(Checks.digits(4, 2))),
            Field.nullable("extra", Binders.JSON_NODE),
            Field.withDefault("children", Binders.list(Binders.lazy(() -> StreamingBodyTest.ITEM)), List.of()),
            Field.withDefault("ratio", Binders.FLOAT, 0f),
            Field.notRead("hidden", "secret"));

    /** A bean: a public field, a setter, and a member Kiln leaves to Jackson. */
    public static final class Gadget {
        public String label;
        private int size;
        private Map<String, Object> meta;

        public void setSize(int size) {
            this.size = size;
        }

        public void setMeta(Map<String, Object> meta) {
            this.meta = meta;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gadget g
                    && java.util.Objects.equals(label, g.label)
                    && size == g.size
                    && java.util.Objects.equals(meta, g.meta);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(label, size, meta);
        }
    }

    static final Binder<Gadget> GADGET = Binders.bean(
            "Gadget",
            Gadget::new,
            Binders.property(Field.required("label", Binders.STRING), (Gadget g, String v) -> g.label = v),
            Binders.property(Field.withDefault("size", Binders.INT.check(Checks.min(0)), 1), Gadget::setSize),
            Binders.property(
                    Field.nullable(
                            "meta",
                            Binders.jackson(
                                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {})),
                    Gadget::setMeta));

    static final Binder<Item> ITEM_IGNORING_UNKNOWN = Binders.ignoringUnknownFields(ITEM);

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    private static final String CLEAN = """
            {"name":"pen","count":3,"price":1.5,"note":"ab","parts":[{"name":"nib","qty":2},{"name":"cap"}],
             "tags":{"a":1,"b":"2"},"labels":["x","y","x"],"color":"GREEN","day":"2024-02-29",
             "id":"12345678-1234-5678-1234-567812345678","flag":"yes","big":9007199254740993,
             "amount":"12.5","extra":{"any":[1,{"deep":null}]},"children":[{"name":"sub","count":"7"}],
             "ratio":2,"hidden":"sent anyway"}""";

    /** Hand-picked bodies: each error kind, at several depths, and the syntax errors. */
    private static final List<String> TABLE = List.of(
            CLEAN,
            "{\"name\":\"pen\",\"count\":1}",
            "{\"count\":1,\"name\":\"pen\"}",
            "{\"title\":\"pen\",\"count\":1}",
            "{\"label\":\"pen\",\"title\":\"PEN\",\"count\":1}",
            "{\"name\":\"pen\",\"title\":\"PEN\",\"count\":1}",
            "{\"name\":\"PEN\",\"name\":\"pen\",\"count\":1}",
            "{\"name\":\"pen\",\"count\":1,\"count\":\"x\"}",
            "{\"name\":\"pen\",\"count\":5.0,\"big\":1e3,\"ratio\":3.5e39}",
            "{\"name\":\"pen\",\"count\":5.5}",
            "{\"name\":\"pen\",\"count\":true,\"price\":null,\"note\":null,\"day\":null}",
            "{\"name\":\"pen\",\"count\":0}",
            "{\"name\":\"pen\",\"count\":101,\"price\":-1,\"note\":\"long\"}",
            "{\"name\":\"pen\",\"count\":99999999999999999999999}",
            "{\"name\":\"pen\",\"count\":1,\"big\":99999999999999999999999}",
            "{\"name\":\"pen\",\"count\":1,\"parts\":[{\"name\":\"\"},{\"qty\":-1},{\"name\":\"n\",\"qty\":13}]}",
            "{\"name\":\"pen\",\"count\":1,\"parts\":[{},{},{},{}]}",
            "{\"name\":\"pen\",\"count\":1,\"parts\":{\"name\":\"x\"}}",
            "{\"name\":\"pen\",\"count\":1,\"tags\":{\"a\":\"x\"},\"labels\":[1]}",
            "{\"name\":\"pen\",\"count\":1,\"color\":\"BLUE\",\"day\":\"2024-02-30\",\"id\":\"nope\"}",
            "{\"name\":\"pen\",\"count\":1,\"amount\":123.456,\"flag\":\"maybe\"}",
            "{\"name\":\"pen\",\"count\":1,\"children\":[{\"name\":\"x\",\"count\":1,\"children\":[{\"count\":0}]}]}",
            "{\"name\":\"pen\",\"count\":1,\"unknown\":{\"a\":[1,2]},\"other\":3}",
            "{\"name\":\"pen\",\"count\":1,\"hidden\":{\"not\":\"read\"}}",
            "{}",
            "[]",
            "[1,2]",
            "\"text\"",
            "5",
            "null",
            "   ",
            "{\"name\":\"pen\",\"count\":1} trailing",
            "{\"name\":\"pen\",\"count\":1}{}",
            "{\"name\":\"pen\",\"count\":}",
            "{\"name\":\"pen\",\"count\":1,}",
            "{\"name\":\"pen\" \"count\":1}",
            "{\"name\":\"PEN\",\"count\":1",
            "{\"name\":\"pen\",\"count\":0,\"note\":\"unterminated",
            "{name:\"pen\"}",
            "{\"name\":\"p\\qen\",\"count\":1}",
            "{\"name\":\"caf\u00e9\",\"count\":1}",
            "\uFEFF{\"name\":\"pen\",\"count\":1}",
            "{\"name\":\"pen\",\"count\":1,\"extra\":[" + "[".repeat(600) + "]".repeat(600) + "]}");

    @Test
    void everyBodyOfTheTableBindsAsTheTreeBindersBindIt() {
        for (String body : TABLE) {
            assertSameAsTree(body, ITEM);
            assertSameAsTree(body, ITEM_IGNORING_UNKNOWN);
            assertSameAsTree(body, Binders.optional(ITEM));
            assertSameAsTree(body, Binders.map(Binders.JSON_NODE));
        }
    }

    @Test
    void beansAndTypesLeftToJacksonBindAsTheTreeBindersBindThem() {
        for (String body : List.of(
                "{\"label\":\"a\",\"size\":2,\"meta\":{\"k\":[1,\"x\",null]}}",
                "{\"label\":\"a\"}",
                "{\"label\":\"a\",\"meta\":null,\"other\":1}",
                "{\"label\":\"a\",\"meta\":[1]}",
                "{\"label\":\"a\",\"meta\":\"text\"}",
                "{\"size\":-1,\"meta\":{}}",
                "{\"label\":1,\"size\":\"x\"}",
                "[{\"label\":\"a\"}]")) {
            assertSameAsTree(body, GADGET);
            assertSameAsTree(body, Binders.list(GADGET));
            assertSameAsTree("[" + body + "," + body + "]", Binders.list(GADGET));
        }
    }

    @Test
    void aCleanBodyIsBoundFromItsTokensAlone() throws IOException {
        Item streamed;
        try (JsonParser p = Json.bodyParser(CLEAN.getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            streamed = ITEM.fromParser(p, new ValidationErrors());
        }
        ValidationErrors errors = new ValidationErrors();
        assertEquals(ITEM.fromJson(Json.mapper().readTree(CLEAN), Loc.body(), errors), streamed);
        assertTrue(errors.isEmpty());
        assertEquals("secret", streamed.hidden());
        assertEquals(List.of("x", "y"), List.copyOf(streamed.labels()));
    }

    /** {@link #ITEM} from a parser only: binding from a tree or a string fails the test. */
    private static final Binder<Item> STREAMING_ONLY = new Binder<>() {
        @Override
        public Item fromString(String raw, Loc loc, ValidationErrors errors) {
            throw new AssertionError("bound from a string");
        }

        @Override
        public Item fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            throw new AssertionError("bound from a tree: " + node);
        }

        @Override
        public Item fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            return ITEM.fromParser(p, errors);
        }
    };

    @Test
    void aCleanBodyNeverReachesTheTreeBinders() {
        ValidationErrors errors = new ValidationErrors(true);
        Item item = Params.body(Buffer.buffer(CLEAN), "application/json", STREAMING_ONLY, true, errors);
        assertEquals("pen", item.name());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aBodyIsReadInPlaceWhereverItsBytesLie() {
        // a slice of a larger array (read at its offset; what lies around it would not parse) and a direct
        // buffer (no array: copied) are read from their tokens, as the whole
        Buffer framed = Buffer.buffer("[0,\u0000" + CLEAN + "\u0000]");
        Buffer slice = framed.slice(4, framed.length() - 2);
        ByteBuf direct = Unpooled.directBuffer().writeBytes(CLEAN.getBytes(StandardCharsets.UTF_8));
        Item expected = Params.body(Buffer.buffer(CLEAN), "application/json", ITEM, true, new ValidationErrors());
        for (Buffer body : List.of(slice, BufferInternal.buffer(direct))) {
            ValidationErrors errors = new ValidationErrors();
            assertEquals(expected, Params.body(body, "application/json", STREAMING_ONLY, true, errors));
            assertTrue(errors.isEmpty(), errors.list()::toString);
        }
        // a malformed slice is reported as the same bytes alone, positions counted within the slice
        ValidationErrors alone = new ValidationErrors();
        Params.body(Buffer.buffer("{\"name\": }"), "application/json", ITEM, true, alone);
        ValidationErrors errors = new ValidationErrors();
        assertEquals(
                null,
                Params.body(Buffer.buffer("xx{\"name\": }").slice(2, 12), "application/json", ITEM, true, errors));
        assertEquals(alone.list(), errors.list());
        assertEquals("json_invalid", errors.list().get(0).type());
    }

    @Test
    void aHugeArrayOfNumbersIsBoundWithoutTheTreesTokenCap() {
        String body = "[" + "0,".repeat(2_000_000) + "0]";
        Binder<List<Integer>> ints = Binders.list(Binders.INT);
        ValidationErrors errors = new ValidationErrors();
        List<Integer> bound = Params.body(Buffer.buffer(body), "application/json", ints, true, errors);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(2_000_001, bound.size());
        // the same body with one bad element is reported by the tree path, whose cap still holds
        ValidationErrors bad = new ValidationErrors();
        Params.body(Buffer.buffer(body.replace("]", ",\"x\"]")), "application/json", ints, true, bad);
        assertEquals("json_invalid", bad.list().get(0).type());
    }

    @Test
    void treesInABodyAreBuiltFromItsFirstMillionTokensOnly() {
        String body = "[" + "{},".repeat(600_000) + "{}]";
        for (Binder<?> trees : List.of(Binders.JSON_NODE, Binders.list(Binders.JSON_NODE))) {
            ValidationErrors errors = new ValidationErrors();
            assertEquals(null, Params.body(Buffer.buffer(body), "application/json", trees, true, errors));
            assertEquals("json_invalid", errors.list().get(0).type());
            assertEquals(
                    "Document too large or too deeply nested",
                    errors.list().get(0).ctx().get("error"));
        }
    }

    @Test
    void seededFuzzedBodiesBindAsTheTreeBindersBindThem() {
        Random random = new Random(21);
        int clean = 0;
        for (int i = 0; i < 3000; i++) {
            String body = Fuzz.item(random, 0);
            if (random.nextInt(8) == 0) {
                body = Fuzz.corrupt(random, body);
            }
            clean += assertSameAsTree(body, ITEM) ? 1 : 0;
        }
        // both sides are exercised: bodies bound cleanly (by the streaming read) and 422s (by the tree)
        assertTrue(clean > 300 && clean < 2700, clean + " clean bodies of 3000");
    }

    /**
     * Both paths, for both unknown-member rules and for a JSON and a text body: the same value and the same
     * detail JSON. Returns whether the JSON body bound cleanly with unknown members ignored.
     */
    private static <T> boolean assertSameAsTree(String body, Binder<T> binder) {
        boolean clean = false;
        for (boolean forbid : new boolean[] {false, true}) {
            for (String type : new String[] {"application/json", "text/plain"}) {
                ValidationErrors treeErrors = new ValidationErrors(forbid);
                treeErrors.missing(Loc.query("q"));
                T tree = Params.body(Params.json(Buffer.buffer(body), type, treeErrors), binder, true, treeErrors);
                ValidationErrors streamErrors = new ValidationErrors(forbid);
                streamErrors.missing(Loc.query("q"));
                T streamed = Params.body(Buffer.buffer(body), type, binder, true, streamErrors);
                String what = body + " (forbid extra: " + forbid + ", " + type + ")";
                assertEquals(tree, streamed, what);
                assertEquals(detail(treeErrors), detail(streamErrors), what);
                clean |= !forbid && type.equals("application/json") && streamErrors.size() == 1;
            }
        }
        return clean;
    }

    private static String detail(ValidationErrors errors) {
        try {
            return Json.mapper().writeValueAsString(errors.detail());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Random bodies near {@link Item}'s shape: right and wrong types, absent, unknown and repeated members. */
    private static final class Fuzz {
        private static final String[] NAMES = {
            "name",
            "title",
            "label",
            "count",
            "price",
            "note",
            "parts",
            "tags",
            "labels",
            "color",
            "day",
            "id",
            "flag",
            "big",
            "amount",
            "extra",
            "children",
            "ratio",
            "hidden",
            "unknown"
        };

        static String item(Random random, int depth) {
            List<String> members = new ArrayList<>();
            for (String name : NAMES) {
                boolean required = name.equals("count") || name.equals("name");
                if (random.nextInt(required ? 30 : 4) != 0) {
                    members.add(quote(name) + ":" + value(random, name, depth));
                }
            }
            if (random.nextInt(10) == 0 && !members.isEmpty()) {
                members.add(members.get(random.nextInt(members.size())));
            }
            if (random.nextInt(3) == 0) {
                java.util.Collections.shuffle(members, random);
            }
            return "{" + String.join(",", members) + "}";
        }

        /** Mostly a value the field takes (so that many bodies are clean), sometimes one it refuses. */
        private static String value(Random random, String name, int depth) {
            boolean bad = random.nextInt(12) == 0;
            return switch (name) {
                case "name", "title", "label" ->
                    bad
                            ? pick(random, "\"PEN\"", "\"\"", "true", "null", "1", "[]")
                            : pick(random, "\"pen\"", "\"ab\"");
                case "count" ->
                    bad
                            ? pick(random, "0", "101", "5.5", "null", "\"x\"", "{}", "1e400")
                            : pick(random, "1", "100", "\"7\"", "5.0", "true", "\" 1_0 \"");
                case "price" ->
                    bad
                            ? pick(random, "-2", "0", "\"x\"", "[1]")
                            : pick(random, "1.5", "\"3\"", "null", "\"inf\"", "7");
                case "note" -> bad ? pick(random, "\"abcd\"", "1", "false") : pick(random, "\"ab\"", "null");
                case "parts" -> parts(random, bad);
                case "tags" ->
                    bad
                            ? pick(random, "{\"a\":\"x\"}", "[]", "{\"a\":null}")
                            : pick(random, "{}", "{\"a\":1}", "{\"a\":1,\"a\":2}");
                case "labels" -> bad ? pick(random, "[1]", "\"x\"", "[null]") : pick(random, "[]", "[\"x\",\"x\"]");
                case "color" -> bad ? pick(random, "\"red\"", "0", "null") : pick(random, "\"RED\"", "\"GREEN\"");
                case "day" -> bad ? pick(random, "\"2024-13-01\"", "20240101") : pick(random, "\"2024-01-01\"", "null");
                case "id" ->
                    bad
                            ? pick(random, "\"{1234}\"", "5")
                            : pick(random, "\"12345678123456781234567812345678\"", "null");
                case "flag" ->
                    bad ? pick(random, "2", "\"maybe\"", "null") : pick(random, "true", "\"no\"", "0", "1.0");
                case "big" ->
                    bad
                            ? pick(random, "9223372036854775808", "1.5", "\"x\"")
                            : pick(random, "1", "-9223372036854775808", "1.0", "\"1_000\"", "false");
                case "amount" ->
                    bad ? pick(random, "\"1.234\"", "\"nan\"", "123456") : pick(random, "1.25", "12", "null", "1e2");
                case "extra" -> any(random);
                case "children" -> depth > 1 || bad ? "[]" : "[" + item(random, depth + 1) + "]";
                case "ratio" ->
                    bad ? pick(random, "3.5e39", "\"x\"", "null") : pick(random, "1", "1.5", "\"2\"", "false");
                case "hidden" -> any(random);
                default -> bad ? any(random) : "{\"a\":[1,2]}";
            };
        }

        private static String parts(Random random, boolean bad) {
            List<String> parts = new ArrayList<>();
            for (int i = random.nextInt(bad ? 5 : 4); i > 0; i--) {
                parts.add(
                        bad
                                ? pick(
                                        random,
                                        "{\"name\":\"toolong\"}",
                                        "{\"qty\":1}",
                                        "{\"name\":\"n\",\"qty\":13}",
                                        "{\"name\":\"n\",\"qty\":-1}",
                                        "7")
                                : pick(random, "{\"name\":\"nib\",\"qty\":2}", "{\"name\":\"cap\"}"));
            }
            return "[" + String.join(",", parts) + "]";
        }

        private static String any(Random random) {
            return pick(random, "null", "true", "1", "-1.5", "\"s\"", "[]", "{}", "[1,{\"a\":[null]}]", "{\"k\":{}}");
        }

        /** Truncates the body, or puts a stray character in it. */
        static String corrupt(Random random, String body) {
            int at = random.nextInt(body.length() + 1);
            if (random.nextBoolean()) {
                return body.substring(0, at);
            }
            return body.substring(0, at) + pick(random, ",", "}", "]", "\"", ":", "x", " ") + body.substring(at);
        }

        private static String pick(Random random, String... options) {
            return options[random.nextInt(options.length)];
        }

        private static String quote(String name) {
            return "\"" + name + "\"";
        }
    }
}
