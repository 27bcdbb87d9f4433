package dev.kiln.runtime.bind;

import static dev.kiln.runtime.bind.BindersTest.errorsOf;
import static dev.kiln.runtime.bind.BindersTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Constraint checks produce the error Pydantic gives for the FastAPI equivalent. */
class ChecksTest {
    private final ValidationErrors errors = new ValidationErrors();
    private final Loc q = Loc.query("q");

    /** Runs {@code check} on {@code value}, reporting the value itself as the input. */
    private <T> boolean test(Check<? super T> check, T value) {
        return check.test(value, value, q, errors);
    }

    private void assertErrors(String expected) {
        assertEquals(json(expected), json(errorsOf(errors).toString()));
    }

    @Test
    void numericBounds() {
        assertTrue(test(Checks.min(1), 5));
        assertTrue(test(Checks.max(5), 5L));
        assertTrue(test(Checks.positive(), new BigDecimal("0.01")));
        assertTrue(test(Checks.negativeOrZero(), -0.0));
        assertTrue(errors.isEmpty());

        assertFalse(test(Checks.min(1), 0));
        assertFalse(test(Checks.max(10), 11.5));
        assertFalse(test(Checks.positive(), 0));
        assertFalse(test(Checks.negative(), 0));
        assertFalse(test(Checks.decimalMax("2.5", true), new BigDecimal("2.51")));
        assertFalse(test(Checks.decimalMin("1", false), 1));
        assertFalse(test(Checks.max(10), Double.NaN));
        assertErrors("""
                [{"type":"greater_than_equal","loc":["query","q"],"msg":"Input should be greater than or equal to 1",
                  "input":0,"ctx":{"ge":1}},
                 {"type":"less_than_equal","loc":["query","q"],"msg":"Input should be less than or equal to 10",
                  "input":11.5,"ctx":{"le":10}},
                 {"type":"greater_than","loc":["query","q"],"msg":"Input should be greater than 0","input":0,"ctx":{"gt":0}},
                 {"type":"less_than","loc":["query","q"],"msg":"Input should be less than 0","input":0,"ctx":{"lt":0}},
                 {"type":"less_than_equal","loc":["query","q"],"msg":"Input should be less than or equal to 2.5",
                  "input":2.51,"ctx":{"le":2.5}},
                 {"type":"greater_than","loc":["query","q"],"msg":"Input should be greater than 1","input":1,"ctx":{"gt":1}},
                 {"type":"less_than_equal","loc":["query","q"],"msg":"Input should be less than or equal to 10",
                  "input":"NaN","ctx":{"le":10}}]""");
    }

    @Test
    void lengths() {
        assertTrue(test(Checks.length(1, 3), "abc"));
        assertFalse(test(Checks.length(1, 3), ""));
        assertFalse(test(Checks.length(1, 3), "abcd"));
        assertFalse(test(Checks.items(1, 5), List.of()));
        assertFalse(test(Checks.maxItems(1), Set.of(1, 2)));
        assertFalse(test(Checks.notBlank(), "  "));
        assertFalse(test(Checks.minEntries(1), Map.of()));
        assertErrors("""
                [{"type":"string_too_short","loc":["query","q"],"msg":"String should have at least 1 character",
                  "input":"","ctx":{"min_length":1}},
                 {"type":"string_too_long","loc":["query","q"],"msg":"String should have at most 3 characters",
                  "input":"abcd","ctx":{"max_length":3}},
                 {"type":"too_short","loc":["query","q"],"msg":"List should have at least 1 item after validation, not 0",
                  "input":[],"ctx":{"field_type":"List","min_length":1,"actual_length":0}},
                 {"type":"too_long","loc":["query","q"],"msg":"Set should have at most 1 item after validation, not 2",
                  "input":%s,"ctx":{"field_type":"Set","max_length":1,"actual_length":2}},
                 {"type":"string_too_short","loc":["query","q"],"msg":"String should have at least 1 character",
                  "input":"  ","ctx":{"min_length":1}},
                 {"type":"too_short","loc":["query","q"],
                  "msg":"Dictionary should have at least 1 item after validation, not 0",
                  "input":{},"ctx":{"field_type":"Dictionary","min_length":1,"actual_length":0}}]""".formatted(json(errorsOf(errors).toString()).at("/3/input")));
    }

    @Test
    void patternsAndEmails() {
        assertTrue(test(Checks.pattern("[A-Z]{3}"), "ABC"));
        assertFalse(test(Checks.pattern("[A-Z]{3}"), "ABCD"));
        assertTrue(test(Checks.email(), "a@example.com"));
        assertFalse(test(Checks.email(), "a.example.com"));
        assertErrors("""
                [{"type":"string_pattern_mismatch","loc":["query","q"],"msg":"String should match pattern '[A-Z]{3}'",
                  "input":"ABCD","ctx":{"pattern":"[A-Z]{3}"}},
                 {"type":"value_error","loc":["query","q"],
                  "msg":"value is not a valid email address: An email address must have an @-sign.",
                  "input":"a.example.com",
                  "ctx":{"reason":"An email address must have an @-sign."}}]""");
    }

    /**
     * The one-pass acceptance of plain addresses never accepts what the full rules refuse, and accepts the
     * usual shapes: random strings over the characters the rules care about (white space inside and outside
     * ASCII, {@code @}, periods, a non-ASCII letter, a control character), each decided both ways.
     */
    @Test
    void theEmailFastPathAgreesWithTheFullRules() {
        char[] alphabet = {'a', 'b', '@', '.', '.', ' ', '\t', '\u2028', '\u00e9', '\u0001', '-', '+'};
        java.util.Random random = new java.util.Random(21);
        int fast = 0;
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            // half of them shaped like an address (local@domain.tld, any part possibly odd), half anything
            String text = random.nextBoolean()
                    ? word(random, alphabet, 9)
                    : word(random, alphabet, 3) + "@" + word(random, alphabet, 3) + "." + word(random, alphabet, 3);
            boolean validByRules = Checks.emailProblem(text) == null;
            if (Checks.plainValidEmail(text)) {
                assertTrue(validByRules, text);
                fast++;
            }
            valid += validByRules ? 1 : 0;
            assertEquals(validByRules, test(Checks.email(), text), text);
        }
        // most valid addresses (those of visible ASCII) are taken by the fast path
        assertTrue(fast > valid / 2 && valid > fast, fast + " taken by the fast path of " + valid + " valid");
        for (String plain : List.of("ann@example.com", "a.b+c@d-e.f.g", "x@y.z", "-a-@b-c.d")) {
            assertTrue(Checks.plainValidEmail(plain), plain);
        }
        for (String refused : List.of(
                "a@.b.c",
                "a@b.c.",
                "a@b",
                "@b.c",
                "a@b@c.d",
                ".@b",
                "a b@c.d",
                "é@b.c",
                "a..b@c.d",
                ".a@b.c",
                "a.@b.c",
                "a@b..c",
                "a@-b.c",
                "a@b-.c",
                "a@b.-c",
                "a@b.c-")) {
            assertFalse(Checks.plainValidEmail(refused), refused);
        }
    }

    private static String word(java.util.Random random, char[] alphabet, int longest) {
        StringBuilder word = new StringBuilder();
        for (int j = random.nextInt(longest + 1); j > 0; j--) {
            word.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'a');
        }
        return word.toString();
    }
}
