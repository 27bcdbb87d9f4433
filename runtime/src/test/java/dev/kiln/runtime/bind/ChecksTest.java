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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Constraint checks produce the error Pydantic gives for the FastAPI equivalent. */
class ChecksTest {
    private final ValidationErrors errors = new ValidationErrors();
    private final Loc q = Loc.query("q");

    private void assertErrors(String expected) {
        assertEquals(json(expected), json(errorsOf(errors).toString()));
    }

    @Test
    void numericBounds() {
        assertTrue(Checks.min(5, 1, q, errors));
        assertTrue(Checks.max(5L, 5, q, errors));
        assertTrue(Checks.positive(new BigDecimal("0.01"), q, errors));
        assertTrue(Checks.min(null, 1, q, errors), "absence is the binder's business");
        assertTrue(errors.isEmpty());

        assertFalse(Checks.min(0, 1, q, errors));
        assertFalse(Checks.max(11.5, 10, q, errors));
        assertFalse(Checks.positive(0, q, errors));
        assertFalse(Checks.negative(0, q, errors));
        assertFalse(Checks.decimalMax(new BigDecimal("2.51"), "2.5", true, q, errors));
        assertFalse(Checks.decimalMin(1, "1", false, q, errors));
        assertFalse(Checks.max(Double.NaN, 10, q, errors));
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
        assertTrue(Checks.size("abc", 1, 3, q, errors));
        assertFalse(Checks.size("", 1, 3, q, errors));
        assertFalse(Checks.size("abcd", 1, 3, q, errors));
        assertFalse(Checks.size(List.of(), 1, 5, q, errors));
        assertFalse(Checks.size(Set.of(1, 2), 0, 1, q, errors));
        assertFalse(Checks.notBlank("  ", q, errors));
        assertFalse(Checks.notEmpty(Map.of(), q, errors));
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
        Pattern code = Pattern.compile("[A-Z]{3}");
        assertTrue(Checks.pattern("ABC", code, q, errors));
        assertFalse(Checks.pattern("ABCD", code, q, errors));
        assertTrue(Checks.email("a@example.com", q, errors));
        assertFalse(Checks.email("a.example.com", q, errors));
        assertErrors("""
                [{"type":"string_pattern_mismatch","loc":["query","q"],"msg":"String should match pattern '[A-Z]{3}'",
                  "input":"ABCD","ctx":{"pattern":"[A-Z]{3}"}},
                 {"type":"value_error","loc":["query","q"],
                  "msg":"value is not a valid email address: An email address must have an @-sign.",
                  "input":"a.example.com",
                  "ctx":{"reason":"An email address must have an @-sign."}}]""");
    }
}
