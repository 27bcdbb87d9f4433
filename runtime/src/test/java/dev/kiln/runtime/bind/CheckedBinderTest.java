package dev.kiln.runtime.bind;

import static dev.kiln.runtime.bind.BindersTest.errorsOf;
import static dev.kiln.runtime.bind.BindersTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constraints chained onto binders: what the client sees in the 422. */
class CheckedBinderTest {
    private final ValidationErrors errors = new ValidationErrors();

    private void assertErrors(String expected) {
        assertEquals(json(expected), json(errorsOf(errors).toString()));
    }

    @Test
    void aQueryValueIsReportedAsTheStringTheClientSent() {
        Binder<Integer> limit = Binders.INT.check(Checks.min(0)).check(Checks.max(100));
        assertEquals(5, limit.fromString("5", Loc.query("limit"), errors));
        assertNull(limit.fromString("-1", Loc.query("limit"), errors));
        assertNull(limit.fromString("101", Loc.query("limit"), errors));
        assertErrors("""
                [{"type":"greater_than_equal","loc":["query","limit"],"msg":"Input should be greater than or equal to 0",
                  "input":"-1","ctx":{"ge":0}},
                 {"type":"less_than_equal","loc":["query","limit"],"msg":"Input should be less than or equal to 100",
                  "input":"101","ctx":{"le":100}}]""");
    }

    @Test
    void aBodyValueIsReportedAsTheJsonTheClientSent() {
        Binder<BigDecimal> price = Binders.BIG_DECIMAL.check(Checks.decimalMin("0.5", false));
        assertNull(price.fromJson(json("0.5"), Loc.body().field("price"), errors));
        assertErrors("""
                [{"type":"greater_than","loc":["body","price"],"msg":"Input should be greater than 0.5",
                  "input":0.5,"ctx":{"gt":0.5}}]""");
    }

    @Test
    void boundsCompareExactlyAcrossNumericTypes() {
        Loc loc = Loc.body();
        // a long beyond 2^53 against a fractional bound, where doubles would round
        assertEquals(
                9007199254740993L,
                Binders.LONG
                        .check(Checks.decimalMax("9007199254740993.5", false))
                        .fromJson(json("9007199254740993"), loc, errors));
        assertNull(Binders.LONG
                .check(Checks.decimalMin("9007199254740992.5", true))
                .fromJson(json("9007199254740992"), loc, errors));
        // -0.0 is not below 0; NaN passes no bound; a float compares as written (0.1f is not above 0.1)
        assertEquals(-0.0, Binders.DOUBLE.check(Checks.positiveOrZero()).fromJson(json("-0.0"), loc, errors));
        assertNull(Binders.DOUBLE.check(Checks.max(10)).fromString("NaN", loc, errors));
        assertNull(Binders.FLOAT.check(Checks.decimalMin("0.1", false)).fromString("0.1", loc, errors));
        assertEquals(
                List.of("greater_than_equal", "less_than_equal", "greater_than"),
                errors.list().stream().map(ValidationError::type).toList());
    }

    @Test
    void aValueThatDoesNotParseIsNotAlsoChecked() {
        Binder<Integer> limit = Binders.INT.check(Checks.min(10));
        assertNull(limit.fromString("abc", Loc.query("limit"), errors));
        assertEquals(1, errors.size());
        assertEquals("int_parsing", errors.list().get(0).type());
    }

    @Test
    void onlyTheFirstFailingConstraintIsReportedAsPydanticDoes() {
        Binder<String> name = Binders.STRING.check(Checks.length(3, 10)).check(Checks.pattern("^[a-z]+$"));
        assertNull(name.fromJson(json("\"A\""), Loc.body().field("name"), errors));
        assertNull(name.fromJson(json("\"ABCD\""), Loc.body().field("name"), errors));
        assertErrors("""
                [{"type":"string_too_short","loc":["body","name"],"msg":"String should have at least 3 characters",
                  "input":"A","ctx":{"min_length":3}},
                 {"type":"string_pattern_mismatch","loc":["body","name"],"msg":"String should match pattern '^[a-z]+$'",
                  "input":"ABCD","ctx":{"pattern":"^[a-z]+$"}}]""");
    }

    @Test
    void elementsAndTheCollectionAreCheckedAtTheirOwnLocations() {
        Binder<List<String>> tags =
                Binders.list(Binders.STRING.check(Checks.maxLength(3))).check(Checks.maxItems(2));
        assertNull(tags.fromJson(json("[\"ab\", \"abcd\"]"), Loc.body().field("tags"), errors));
        assertNull(tags.fromJson(json("[\"a\", \"b\", \"c\"]"), Loc.body().field("tags"), errors));
        assertErrors("""
                [{"type":"string_too_long","loc":["body","tags",1],"msg":"String should have at most 3 characters",
                  "input":"abcd","ctx":{"max_length":3}},
                 {"type":"too_long","loc":["body","tags"],"msg":"List should have at most 2 items after validation, not 3",
                  "input":["a","b","c"],"ctx":{"field_type":"List","max_length":2,"actual_length":3}}]""");
    }

    @Test
    void lengthsCountCodePointsAsPythonDoes() {
        // four emoji: eight chars, four code points
        String emoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03";
        assertEquals(emoji, Binders.STRING.check(Checks.length(4, 4)).fromString(emoji, Loc.query("q"), errors));
        assertNull(Binders.STRING.check(Checks.minLength(5)).fromString(emoji, Loc.query("q"), errors));
        assertNull(Binders.STRING.check(Checks.maxLength(3)).fromString(emoji, Loc.query("q"), errors));
        assertEquals(
                List.of("string_too_short", "string_too_long"),
                errors.list().stream().map(ValidationError::type).toList());
    }

    @Test
    void setsAndMapsNameTheirKindInCtx() {
        assertNull(Binders.set(Binders.INT).check(Checks.minItems(3)).fromJson(json("[1, 2]"), Loc.body(), errors));
        assertNull(Binders.map(Binders.INT)
                .check(Checks.maxEntries(1))
                .fromJson(json("{\"a\":1,\"b\":2}"), Loc.body(), errors));
        assertErrors("""
                [{"type":"too_short","loc":["body"],"msg":"Set should have at least 3 items after validation, not 2",
                  "input":[1,2],"ctx":{"field_type":"Set","min_length":3,"actual_length":2}},
                 {"type":"too_long","loc":["body"],"msg":"Dictionary should have at most 1 item after validation, not 2",
                  "input":{"a":1,"b":2},"ctx":{"field_type":"Dictionary","max_length":1,"actual_length":2}}]""");
    }

    @Test
    void digitsCountWholeDigitsAndPlacesWithoutTrailingZeros() {
        Binder<BigDecimal> amount = Binders.BIG_DECIMAL.check(Checks.digits(3, 2));
        assertEquals(0, new BigDecimal("999.10").compareTo(amount.fromJson(json("999.10"), Loc.body(), errors)));
        assertNull(amount.fromJson(json("1000"), Loc.body(), errors));
        assertNull(amount.fromString("1.234", Loc.query("amount"), errors));
        assertErrors("""
                [{"type":"decimal_whole_digits","loc":["body"],
                  "msg":"Decimal input should have no more than 3 digits before the decimal point",
                  "input":1000,"ctx":{"whole_digits":3}},
                 {"type":"decimal_max_places","loc":["query","amount"],
                  "msg":"Decimal input should have no more than 2 decimal places","input":"1.234","ctx":{"decimal_places":2}}]""");
    }

    @Test
    void emailAndNotBlank() {
        assertNull(
                Binders.STRING.check(Checks.email()).fromString("someone.example.com", Loc.header("x-mail"), errors));
        assertNull(Binders.STRING.check(Checks.notBlank()).fromString(" ", Loc.cookie("c"), errors));
        assertErrors("""
                [{"type":"value_error","loc":["header","x-mail"],
                  "msg":"value is not a valid email address: An email address must have an @-sign.",
                  "input":"someone.example.com",
                  "ctx":{"reason":"An email address must have an @-sign."}},
                 {"type":"string_too_short","loc":["cookie","c"],"msg":"String should have at least 1 character",
                  "input":" ","ctx":{"min_length":1}}]""");
    }

    @Test
    void emailProblemsInEmailValidatorsWords() {
        Binder<String> email = Binders.STRING.check(Checks.email());
        List<String> bad = List.of(
                "@example.com",
                "ann@",
                "a@b@example.com",
                "ann smith@example.com",
                "ann@exa mple.com",
                "ann@.example.com",
                "ann@example.com.",
                "ann@example",
                "ann.@example.com",
                ".ann@example.com",
                "an..n@example.com",
                "ann@exa..mple.com",
                "ann@.example.com.",
                "ann@example.com-",
                "ann@-example.com",
                "ann@example-.com");
        for (String address : bad) {
            assertNull(email.fromString(address, Loc.query("e"), errors), address);
        }
        assertEquals(
                List.of(
                        "There must be something before the @-sign.",
                        "There must be something after the @-sign.",
                        "The email address contains invalid characters before the @-sign: '@'.",
                        "The email address contains invalid characters before the @-sign: SPACE.",
                        "The part after the @-sign contains invalid characters: SPACE.",
                        "An email address cannot have a period immediately after the @-sign.",
                        "An email address cannot end with a period.",
                        "The part after the @-sign is not valid. It should have a period.",
                        "An email address cannot have a period immediately before the @-sign.",
                        "An email address cannot start with a period.",
                        "An email address cannot have two periods in a row.",
                        "An email address cannot have two periods in a row.",
                        "An email address cannot end with a period.",
                        "An email address cannot end with a hyphen.",
                        "An email address cannot have a hyphen immediately after the @-sign.",
                        "An email address cannot have a period and a hyphen next to each other."),
                errors.list().stream().map(e -> e.ctx().get("reason")).toList());
        assertEquals(
                "ann.smith+kiln@example.co.uk",
                email.fromString("ann.smith+kiln@example.co.uk", Loc.query("e"), errors));
    }

    record Point(int x, int y) {}

    private static final Binder<Point> POINT = Binders.record(
            "Point",
            v -> new Point((Integer) v[0], (Integer) v[1]),
            Field.required("x", Binders.INT),
            Field.required("y", Binders.INT.check(Checks.min(0))));

    @Test
    void unknownMembersAreIgnoredByDefault() {
        assertEquals(new Point(1, 2), POINT.fromJson(json("{\"x\":1,\"y\":2,\"z\":3}"), Loc.body(), errors));
    }

    @Test
    void unknownMembersAreErrorsWhenForbiddenAfterTheDeclaredMembersErrors() {
        ValidationErrors strict = new ValidationErrors(true);
        assertNull(POINT.fromJson(json("{\"z\":[3],\"x\":1,\"y\":-2}"), Loc.body(), strict));
        assertEquals(json("""
                [{"type":"greater_than_equal","loc":["body","y"],"msg":"Input should be greater than or equal to 0",
                  "input":-2,"ctx":{"ge":0}},
                 {"type":"extra_forbidden","loc":["body","z"],"msg":"Extra inputs are not permitted","input":[3]}]"""), json(errorsOf(strict).toString()));
    }
}
