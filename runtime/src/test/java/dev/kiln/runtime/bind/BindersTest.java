package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Every binder against Pydantic v2's exact error JSON (as FastAPI sends it in a 422). */
class BindersTest {
    enum Color {
        RED,
        GREEN,
        BLUE
    }

    record Tag(String name, Optional<Integer> weight) {}

    record Order(String id, int quantity, List<Tag> tags, Map<String, Double> prices) {}

    record Range(int low, int high) {
        Range {
            if (low > high) {
                throw new IllegalArgumentException("low must not exceed high");
            }
        }
    }

    static final Binder<Tag> TAG = Binders.record(
            "Tag",
            v -> new Tag((String) v[0], cast(v[1])),
            Field.required("name", Binders.STRING),
            Field.optional("weight", Binders.INT));
    static final Binder<Order> ORDER = Binders.record(
            "Order",
            v -> new Order((String) v[0], (Integer) v[1], cast(v[2]), cast(v[3])),
            Field.required("id", Binders.STRING),
            Field.required("quantity", Binders.INT),
            Field.withDefault("tags", Binders.list(TAG), List.of()),
            Field.nullable("prices", Binders.map(Binders.DOUBLE)));

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The errors as FastAPI would print them. */
    static JsonNode errorsOf(ValidationErrors errors) {
        return Json.mapper().valueToTree(errors.detail());
    }

    static <T> JsonNode fromString(Binder<T> binder, String raw) {
        ValidationErrors errors = new ValidationErrors();
        T value = binder.fromString(raw, Loc.query("q"), errors);
        assertNull(value, "a failed bind returns null");
        return errorsOf(errors);
    }

    static <T> JsonNode fromJson(Binder<T> binder, String jsonText) {
        ValidationErrors errors = new ValidationErrors();
        T value = binder.fromJson(json(jsonText), Loc.body(), errors);
        assertNull(value, "a failed bind returns null");
        return errorsOf(errors);
    }

    static <T> T ok(Binder<T> binder, String raw) {
        ValidationErrors errors = new ValidationErrors();
        T value = binder.fromString(raw, Loc.query("q"), errors);
        assertTrue(errors.isEmpty(), errors::toString);
        return value;
    }

    static <T> T okJson(Binder<T> binder, String jsonText) {
        ValidationErrors errors = new ValidationErrors();
        T value = binder.fromJson(json(jsonText), Loc.body(), errors);
        assertTrue(errors.isEmpty(), errors::toString);
        return value;
    }

    /** Compared as the client sees it: serialised and parsed again. */
    static void assertError(String expected, JsonNode actual) {
        assertEquals(json(expected), json(actual.toString()));
    }

    @Test
    void integers() {
        assertEquals(42, ok(Binders.INT, "42"));
        assertEquals(-7, ok(Binders.INT, " -7 "));
        assertEquals(1000, ok(Binders.INT, "1_000"));
        assertEquals(5, ok(Binders.INT, "5.0"));
        assertEquals(5, okJson(Binders.INT, "5.0"));
        assertEquals(5, okJson(Binders.INT, "\"5\""));
        assertEquals(1, okJson(Binders.INT, "true"));
        assertEquals(Long.MAX_VALUE, ok(Binders.LONG, "9223372036854775807"));
        assertEquals(
                new BigInteger("123456789012345678901234567890"),
                ok(Binders.BIG_INTEGER, "123456789012345678901234567890"));

        assertError("""
                [{"type":"int_parsing","loc":["query","q"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"abc"}]""", fromString(Binders.INT, "abc"));
        assertError("""
                [{"type":"int_parsing","loc":["query","q"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"1.5"}]""", fromString(Binders.INT, "1.5"));
        assertError("""
                [{"type":"int_from_float","loc":["body"],
                  "msg":"Input should be a valid integer, got a number with a fractional part","input":4.5}]""", fromJson(Binders.INT, "4.5"));
        assertError("""
                [{"type":"int_type","loc":["body"],"msg":"Input should be a valid integer","input":[1]}]""", fromJson(Binders.INT, "[1]"));
        assertError("""
                [{"type":"int_type","loc":["body"],"msg":"Input should be a valid integer","input":null}]""", fromJson(Binders.INT, "null"));
        assertError("""
                [{"type":"int_parsing","loc":["body"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"}]""", fromJson(Binders.INT, "\"x\""));
    }

    @Test
    void outOfRangeIsAConstraintOfTheJavaType() {
        assertError("""
                [{"type":"less_than_equal","loc":["query","q"],"msg":"Input should be less than or equal to 2147483647",
                  "input":"2147483648","ctx":{"le":2147483647}}]""", fromString(Binders.INT, "2147483648"));
        assertError("""
                [{"type":"greater_than_equal","loc":["body"],"msg":"Input should be greater than or equal to -128",
                  "input":-129,"ctx":{"ge":-128}}]""", fromJson(Binders.BYTE, "-129"));
        assertError("""
                [{"type":"less_than_equal","loc":["body"],
                  "msg":"Input should be less than or equal to 9223372036854775807",
                  "input":99999999999999999999,"ctx":{"le":9223372036854775807}}]""", fromJson(Binders.LONG, "99999999999999999999"));
        assertEquals((short) 32767, ok(Binders.SHORT, "32767"));
    }

    @Test
    void floats() {
        assertEquals(1.5, ok(Binders.DOUBLE, "1.5"));
        assertEquals(1e3, ok(Binders.DOUBLE, "1e3"));
        assertEquals(Double.NEGATIVE_INFINITY, ok(Binders.DOUBLE, "-inf"));
        assertTrue(ok(Binders.DOUBLE, "NaN").isNaN());
        assertEquals(2.0, okJson(Binders.DOUBLE, "2"));
        assertEquals(2.5f, okJson(Binders.FLOAT, "\"2.5\""));
        assertError("""
                [{"type":"float_parsing","loc":["query","q"],
                  "msg":"Input should be a valid number, unable to parse string as a number","input":"1.5d"}]""", fromString(Binders.DOUBLE, "1.5d"));
        assertError("""
                [{"type":"float_type","loc":["body"],"msg":"Input should be a valid number","input":{}}]""", fromJson(Binders.DOUBLE, "{}"));
    }

    @Test
    void booleans() {
        for (String yes : List.of("true", "True", "1", "yes", "on", "t", "Y")) {
            assertEquals(true, ok(Binders.BOOLEAN, yes), yes);
        }
        for (String no : List.of("false", "0", "NO", "off", "f", "n")) {
            assertEquals(false, ok(Binders.BOOLEAN, no), no);
        }
        assertEquals(true, okJson(Binders.BOOLEAN, "1"));
        assertEquals(false, okJson(Binders.BOOLEAN, "\"off\""));
        assertError("""
                [{"type":"bool_parsing","loc":["query","q"],
                  "msg":"Input should be a valid boolean, unable to interpret input","input":"maybe"}]""", fromString(Binders.BOOLEAN, "maybe"));
        assertError("""
                [{"type":"bool_parsing","loc":["body"],
                  "msg":"Input should be a valid boolean, unable to interpret input","input":2}]""", fromJson(Binders.BOOLEAN, "2"));
        assertError("""
                [{"type":"bool_type","loc":["body"],"msg":"Input should be a valid boolean","input":null}]""", fromJson(Binders.BOOLEAN, "null"));
    }

    @Test
    void stringsAndChars() {
        assertEquals("5", ok(Binders.STRING, "5"));
        assertError("""
                [{"type":"string_type","loc":["body"],"msg":"Input should be a valid string","input":5}]""", fromJson(Binders.STRING, "5"));
        assertEquals('x', okJson(Binders.CHAR, "\"x\""));
        assertError("""
                [{"type":"string_too_long","loc":["query","q"],"msg":"String should have at most 1 character",
                  "input":"xy","ctx":{"max_length":1}}]""", fromString(Binders.CHAR, "xy"));
    }

    @Test
    void enums() {
        Binder<Color> color = Binders.enumOf("Color", Color.values());
        assertEquals(Color.GREEN, ok(color, "GREEN"));
        assertError("""
                [{"type":"enum","loc":["query","q"],"msg":"Input should be 'RED', 'GREEN' or 'BLUE'",
                  "input":"green","ctx":{"expected":"'RED', 'GREEN' or 'BLUE'"}}]""", fromString(color, "green"));
        assertError("""
                [{"type":"enum","loc":["body"],"msg":"Input should be 'RED', 'GREEN' or 'BLUE'",
                  "input":1,"ctx":{"expected":"'RED', 'GREEN' or 'BLUE'"}}]""", fromJson(color, "1"));
    }

    @Test
    void enumsByWireValue() {
        Binder<Color> renamed = Binders.enumOf("Color", Color.values(), "red", "green", "BLUE");
        assertEquals(Color.RED, ok(renamed, "red"));
        assertEquals(Color.BLUE, okJson(renamed, "\"BLUE\""));
        assertError("""
                [{"type":"enum","loc":["query","q"],"msg":"Input should be 'red', 'green' or 'BLUE'",
                  "input":"RED","ctx":{"expected":"'red', 'green' or 'BLUE'"}}]""", fromString(renamed, "RED"));
        // a @JsonValue member asked once for each constant
        Binder<Color> valued =
                Binders.enumOf("Color", Color.values(), c -> c.name().substring(0, 1));
        assertEquals(Color.GREEN, okJson(valued, "\"G\""));
        assertError("""
                [{"type":"enum","loc":["body"],"msg":"Input should be 'R', 'G' or 'B'",
                  "input":"GREEN","ctx":{"expected":"'R', 'G' or 'B'"}}]""", fromJson(valued, "\"GREEN\""));
    }

    @Test
    void datesInAPattern() {
        assertEquals(LocalDate.of(2024, 1, 31), okJson(Binders.localDate("dd.MM.yyyy"), "\"31.01.2024\""));
        assertEquals(
                LocalDateTime.of(2024, 1, 31, 9, 30),
                ok(Binders.localDateTime("yyyy-MM-dd HH:mm"), "2024-01-31 09:30"));
        assertEquals(
                OffsetDateTime.of(2024, 1, 31, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
                ok(Binders.offsetDateTime("yyyy-MM-dd HH:mmXXX"), "2024-01-31 09:30+01:00"));
        assertError("""
                [{"type":"date_parsing","loc":["query","q"],
                  "msg":"Input should be a valid date, expected the format dd.MM.yyyy",
                  "input":"2024-01-31","ctx":{"error":"expected the format dd.MM.yyyy"}}]""", fromString(Binders.localDate("dd.MM.yyyy"), "2024-01-31"));
        assertError("""
                [{"type":"datetime_type","loc":["body"],"msg":"Input should be a valid datetime","input":3}]""", fromJson(Binders.localDateTime("yyyy-MM-dd HH:mm"), "3"));
    }

    @Test
    void aliasesMembersNotReadAndUnknownMembers() {
        record Contact(String email, String secret) {}
        Binder<Contact> contact = Binders.record(
                "Contact",
                v -> new Contact((String) v[0], (String) v[1]),
                Field.required("email", Binders.STRING).withAliases("mail", "e-mail"),
                Field.notRead("secret", null));
        assertEquals(new Contact("a@b", null), okJson(contact, "{\"e-mail\": \"a@b\", \"secret\": \"s\"}"));
        assertEquals(new Contact("x", null), okJson(contact, "{\"email\": \"x\", \"mail\": \"y\"}"));
        assertError("""
                [{"type":"string_type","loc":["body","mail"],"msg":"Input should be a valid string","input":1}]""", fromJson(contact, "{\"mail\": 1}"));
        assertError("""
                [{"type":"missing","loc":["body","email"],"msg":"Field required","input":{}}]""", fromJson(contact, "{}"));

        // unknown members when the app forbids them: an alias or a member not read is no unknown member
        ValidationErrors strict = new ValidationErrors(true);
        contact.fromJson(json("{\"mail\": \"m\", \"secret\": 1, \"other\": 2}"), Loc.body(), strict);
        assertError("""
                [{"type":"extra_forbidden","loc":["body","other"],"msg":"Extra inputs are not permitted","input":2}]""", errorsOf(strict));
        ValidationErrors lenient = new ValidationErrors(true);
        Contact bound = Binders.ignoringUnknownFields(contact)
                .fromJson(json("{\"mail\": \"m\", \"other\": 2}"), Loc.body(), lenient);
        assertTrue(lenient.isEmpty(), lenient::toString);
        assertEquals(new Contact("m", null), bound);
    }

    @Test
    void uuids() {
        UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertEquals(id, ok(Binders.UUID_, "3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assertEquals(id, ok(Binders.UUID_, "3FA85F6457174562B3FC2C963F66AFA6"));
        assertEquals(id, ok(Binders.UUID_, "urn:uuid:3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assertError("""
                [{"type":"uuid_parsing","loc":["query","q"],
                  "msg":"Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1",
                  "input":"not-a-uuid",
                  "ctx":{"error":"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1"}}]""", fromString(Binders.UUID_, "not-a-uuid"));
        assertError("""
                [{"type":"uuid_parsing","loc":["query","q"],
                  "msg":"Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `z` at 36",
                  "input":"0f9b1c9d-030f-427a-8a0e-6b7c202c5daz",
                  "ctx":{"error":"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `z` at 36"}}]""", fromString(Binders.UUID_, "0f9b1c9d-030f-427a-8a0e-6b7c202c5daz"));
        assertError("""
                [{"type":"uuid_parsing","loc":["query","q"],
                  "msg":"Input should be a valid UUID, invalid length: expected length 32 for simple format, found 3",
                  "input":"123","ctx":{"error":"invalid length: expected length 32 for simple format, found 3"}}]""", fromString(Binders.UUID_, "123"));
        assertError("""
                [{"type":"uuid_type","loc":["body"],"msg":"UUID input should be a string, bytes or UUID object",
                  "input":12}]""", fromJson(Binders.UUID_, "12"));
    }

    @Test
    void dates() {
        assertEquals(LocalDate.of(2024, 2, 29), ok(Binders.LOCAL_DATE, "2024-02-29"));
        assertError("""
                [{"type":"date_parsing","loc":["query","q"],
                  "msg":"Input should be a valid date in the format YYYY-MM-DD, month value is outside expected range of 1-12",
                  "input":"2023-13-01","ctx":{"error":"month value is outside expected range of 1-12"}}]""", fromString(Binders.LOCAL_DATE, "2023-13-01"));
        assertError("""
                [{"type":"date_parsing","loc":["query","q"],
                  "msg":"Input should be a valid date in the format YYYY-MM-DD, input is too short",
                  "input":"abc","ctx":{"error":"input is too short"}}]""", fromString(Binders.LOCAL_DATE, "abc"));
        assertError("""
                [{"type":"date_parsing","loc":["query","q"],
                  "msg":"Input should be a valid date in the format YYYY-MM-DD, day value is outside expected range",
                  "input":"2023-02-29","ctx":{"error":"day value is outside expected range"}}]""", fromString(Binders.LOCAL_DATE, "2023-02-29"));
        assertError("""
                [{"type":"date_type","loc":["body"],"msg":"Input should be a valid date","input":true}]""", fromJson(Binders.LOCAL_DATE, "true"));
    }

    @Test
    void dateTimes() {
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), ok(Binders.LOCAL_DATE_TIME, "2024-01-02T03:04:05"));
        assertEquals(
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000, ZoneOffset.ofHours(2)),
                ok(Binders.OFFSET_DATE_TIME, "2024-01-02 03:04:05.123+02:00"));
        assertEquals(Instant.parse("2024-01-02T01:04:05Z"), ok(Binders.INSTANT, "2024-01-02T03:04:05+0200"));
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), okJson(Binders.INSTANT, "\"2024-01-02\""));
        assertError("""
                [{"type":"datetime_parsing","loc":["query","q"],
                  "msg":"Input should be a valid datetime, invalid datetime separator, expected `T`, `t`, `_` or space",
                  "input":"2024-01-02X03:04","ctx":{"error":"invalid datetime separator, expected `T`, `t`, `_` or space"}}]""", fromString(Binders.LOCAL_DATE_TIME, "2024-01-02X03:04"));
        assertError("""
                [{"type":"datetime_parsing","loc":["query","q"],
                  "msg":"Input should be a valid datetime, hour value is outside expected range of 0-23",
                  "input":"2024-01-02T25:00","ctx":{"error":"hour value is outside expected range of 0-23"}}]""", fromString(Binders.INSTANT, "2024-01-02T25:00"));
        assertError("""
                [{"type":"datetime_type","loc":["body"],"msg":"Input should be a valid datetime","input":[]}]""", fromJson(Binders.OFFSET_DATE_TIME, "[]"));
    }

    @Test
    void decimals() {
        assertEquals(new BigDecimal("0.1"), okJson(Binders.BIG_DECIMAL, "0.1"));
        assertEquals(new BigDecimal("12.50"), ok(Binders.BIG_DECIMAL, "12.50"));
        assertError("""
                [{"type":"decimal_parsing","loc":["query","q"],"msg":"Input should be a valid decimal","input":"1.2.3"}]""", fromString(Binders.BIG_DECIMAL, "1.2.3"));
        assertError("""
                [{"type":"decimal_type","loc":["body"],
                  "msg":"Decimal input should be an integer, float, string or Decimal object","input":[]}]""", fromJson(Binders.BIG_DECIMAL, "[]"));
    }

    @Test
    void aJsonFloatBindsToTheDecimalOfTheDoublesText() throws IOException {
        // the literal's own digits where they are sure to be the double's shortest text; Double.toString otherwise
        for (String literal : List.of(
                "1234.56",
                "100.00",
                "12.0",
                "99.990",
                "0.0010",
                "0.001",
                "-0.5",
                "9999999.5",
                "999999.999999999",
                "0.0005",
                "10000000.0",
                "1e3",
                "1.5E-7",
                "-2.50e1",
                "1234567890123456.7",
                "0.1234567890123456789",
                "-0.0",
                "0.0",
                "0.30000000000000004")) {
            BigDecimal expected = new BigDecimal(Double.toString(Double.parseDouble(literal)));
            BigDecimal streamed;
            try (JsonParser p = Json.bodyParser(literal.getBytes(StandardCharsets.US_ASCII))) {
                p.nextToken();
                streamed = Binders.BIG_DECIMAL.fromParser(p, new ValidationErrors());
            }
            assertEquals(expected, streamed, literal); // equals: the scale too
            assertEquals(expected, okJson(Binders.BIG_DECIMAL, literal), literal);
        }
        // every plain literal of up to 15 significant digits in [0.001, 10^7), sampled
        SplittableRandom random = new SplittableRandom(20261203);
        int taken = 0;
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(15);
            BigDecimal value = BigDecimal.valueOf(random.nextLong(POWERS[digits]), random.nextInt(digits + 4));
            String literal =
                    (random.nextBoolean() ? "-" : "") + value.toPlainString() + (value.scale() == 0 ? ".0" : "");
            BigDecimal fast = Scalars.Decimal.shortFloat(literal.toCharArray(), 0, literal.length());
            if (fast != null) {
                taken++;
                assertEquals(new BigDecimal(Double.toString(Double.parseDouble(literal))), fast, literal);
            }
        }
        assertTrue(taken > 100_000, "most of the sample should take the literal's digits: " + taken);
    }

    private static final long[] POWERS =
            LongStream.iterate(1, p -> p * 10).limit(16).toArray();

    @Test
    void collections() {
        assertEquals(List.of(1, 2), okJson(Binders.list(Binders.INT), "[1, \"2\"]"));
        assertEquals(Set.of("a", "b"), okJson(Binders.set(Binders.STRING), "[\"a\", \"b\", \"a\"]"));
        assertEquals(Map.of("x", 1.5), okJson(Binders.map(Binders.DOUBLE), "{\"x\": 1.5}"));
        assertEquals(Optional.empty(), okJson(Binders.optional(Binders.INT), "null"));
        assertEquals(Optional.of(3), okJson(Binders.optional(Binders.INT), "3"));
        assertError("""
                [{"type":"list_type","loc":["body"],"msg":"Input should be a valid list","input":{"a":1}}]""", fromJson(Binders.list(Binders.INT), "{\"a\":1}"));
        assertError("""
                [{"type":"dict_type","loc":["body"],"msg":"Input should be a valid dictionary","input":[1]}]""", fromJson(Binders.map(Binders.INT), "[1]"));
        assertError("""
                [{"type":"int_parsing","loc":["body",1],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"b"},
                 {"type":"int_parsing","loc":["body",2],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"c"}]""", fromJson(Binders.list(Binders.INT), "[1, \"b\", \"c\"]"));
    }

    /** A map's keys bound by a checked binder: Pydantic's {@code [key]} place, the value still checked beside it. */
    @Test
    void aMapsKeysAreCheckedWhereTheyAreGiven() throws IOException {
        Binder<Map<String, Integer>> counts = Binders.map(Binders.STRING.check(Checks.maxLength(3)), Binders.INT);
        assertEquals(Map.of("abc", 1), okJson(counts, "{\"abc\": 1}"));
        assertError("""
                [{"type":"string_too_long","loc":["body","abcd","[key]"],"msg":"String should have at most 3 characters",
                  "input":"abcd","ctx":{"max_length":3}},
                 {"type":"int_parsing","loc":["body","abcd"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"}]""", fromJson(counts, "{\"abcd\": \"x\"}"));
        try (JsonParser p = Json.bodyParser("{\"abc\": 1}".getBytes(StandardCharsets.US_ASCII))) {
            p.nextToken();
            assertEquals(Map.of("abc", 1), counts.fromParser(p, new ValidationErrors()));
        }
        try (JsonParser p = Json.bodyParser("{\"abcd\": 1}".getBytes(StandardCharsets.US_ASCII))) {
            p.nextToken();
            // a key that fails stops the streaming read; the tree read above reports it
            assertThrows(Unbound.class, () -> counts.fromParser(p, new ValidationErrors()));
        }
    }

    @Test
    void recordsCollectEveryErrorOfEveryFieldAndNestedList() {
        Order order = okJson(ORDER, """
                {"id": "o1", "quantity": "3", "tags": [{"name": "a"}, {"name": "b", "weight": 2}], "extra": true}""");
        assertEquals(
                new Order("o1", 3, List.of(new Tag("a", Optional.empty()), new Tag("b", Optional.of(2))), null), order);

        assertError("""
                [{"type":"missing","loc":["body","id"],"msg":"Field required",
                  "input":{"quantity":"many","tags":[{"weight":1},"x"],"prices":{"p":"cheap"}}},
                 {"type":"int_parsing","loc":["body","quantity"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"many"},
                 {"type":"missing","loc":["body","tags",0,"name"],"msg":"Field required","input":{"weight":1}},
                 {"type":"model_attributes_type","loc":["body","tags",1],
                  "msg":"Input should be a valid dictionary or object to extract fields from","input":"x"},
                 {"type":"float_parsing","loc":["body","prices","p"],
                  "msg":"Input should be a valid number, unable to parse string as a number","input":"cheap"}]""", fromJson(ORDER, """
                        {"quantity": "many", "tags": [{"weight": 1}, "x"], "prices": {"p": "cheap"}}"""));

        assertError("""
                [{"type":"model_attributes_type","loc":["body"],
                  "msg":"Input should be a valid dictionary or object to extract fields from","input":[]}]""", fromJson(ORDER, "[]"));
    }

    @Test
    void aRequiredFieldSentAsNullIsTheTypeError() {
        assertError("""
                [{"type":"string_type","loc":["body","id"],"msg":"Input should be a valid string","input":null}]""", fromJson(ORDER, "{\"id\": null, \"quantity\": 1}"));
    }

    @Test
    void theConstructorRunsOnlyWhenEveryFieldBound() {
        int[] calls = {0};
        Binder<Range> range = Binders.record(
                "Range",
                v -> {
                    calls[0]++;
                    return new Range((Integer) v[0], (Integer) v[1]);
                },
                Field.required("low", Binders.INT),
                Field.required("high", Binders.INT));
        fromJson(range, "{\"low\": \"x\", \"high\": 1}");
        assertEquals(0, calls[0]);
        assertError("""
                [{"type":"value_error","loc":["body"],"msg":"Value error, low must not exceed high",
                  "input":{"low":5,"high":1},"ctx":{"error":"low must not exceed high"}}]""", fromJson(range, "{\"low\": 5, \"high\": 1}"));
        assertEquals(1, calls[0]);
    }

    static final class Bean {
        String name;
        int size;

        void setName(String name) {
            this.name = name;
        }

        void setSize(int size) {
            this.size = size;
        }
    }

    @Test
    void beansAndRecursiveTypes() {
        Binder<Bean> bean = Binders.bean(
                "Bean",
                Bean::new,
                Binders.property(Field.required("name", Binders.STRING), Bean::setName),
                Binders.property(Field.withDefault("size", Binders.INT, 7), Bean::setSize));
        Bean b = okJson(bean, "{\"name\": \"n\"}");
        assertEquals("n", b.name);
        assertEquals(7, b.size);

        record Node(String name, List<Node> children) {}
        Binder<Node>[] node = cast(new Binder<?>[1]);
        node[0] = Binders.record(
                "Node",
                v -> new Node((String) v[0], cast(v[1])),
                Field.required("name", Binders.STRING),
                Field.withDefault("children", Binders.list(Binders.lazy(() -> node[0])), List.of()));
        Node tree = okJson(node[0], "{\"name\": \"root\", \"children\": [{\"name\": \"leaf\"}]}");
        assertEquals("leaf", tree.children().get(0).name());
        assertError(
                """
                [{"type":"string_type","loc":["body","children",0,"children",0,"name"],
                  "msg":"Input should be a valid string","input":1}]""",
                fromJson(
                        node[0],
                        "{\"name\": \"r\", \"children\": [{\"name\": \"a\", \"children\": [{\"name\": 1}]}]}"));
    }

    @Test
    void jacksonForTypesKilnDoesNotBind() {
        Binder<Map<String, Object>> any = Binders.jackson(new com.fasterxml.jackson.core.type.TypeReference<>() {});
        assertEquals(Map.of("a", 1), okJson(any, "{\"a\": 1}"));
        assertError("""
                [{"type":"value_error","loc":["body"],
                  "msg":"Value error, the value cannot be read as Map<String, Object>","input":[1],
                  "ctx":{"error":"the value cannot be read as Map<String, Object>"}}]""", fromJson(any, "[1]"));
        assertEquals(json("[1,{\"a\":null}]"), okJson(Binders.JSON_NODE, "[1,{\"a\":null}]"));
    }
}
