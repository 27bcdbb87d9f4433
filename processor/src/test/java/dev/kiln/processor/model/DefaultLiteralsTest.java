package dev.kiln.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defaults are parsed at compile time exactly as strictly as the user would expect of a literal. */
class DefaultLiteralsTest {
    private static TypeShape simple(SimpleKind kind) {
        return new TypeShape.Simple(kind, null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BOOLEAN | TRUE   | true",
                "BYTE    | 127    | 127",
                "SHORT   | ' -3 ' | -3",
                "INT     | +10    | 10",
                "LONG    | 9000000000 | 9000000000",
                "DOUBLE  | 1e3    | 1000.0",
                "FLOAT   | 0.5    | 0.5",
                "CHAR    | x      | x",
                "UUID    | 123e4567-e89b-12d3-a456-426614174000 | 123e4567-e89b-12d3-a456-426614174000",
                "BIG_INTEGER | 12345678901234567890 | 12345678901234567890",
                "INSTANT | 2024-01-01T10:15:30Z | 2024-01-01T10:15:30Z",
            })
    void parsesValidDefaults(SimpleKind kind, String text, String canonical) {
        DefaultLiterals.Result result = DefaultLiterals.parse(text, simple(kind));
        assertTrue(result.ok(), () -> result.error());
        assertEquals(canonical, String.valueOf(result.parsed().value()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BOOLEAN | yes        | not true or false",
                "BYTE    | 300        | from -128 to 127",
                "INT     | 1.5        | not a whole number",
                "DOUBLE  | NaN        | not a finite number",
                "CHAR    | xy         | not exactly one character",
                "UUID    | 1-2-3-4-5  | not a UUID",
                "BIG_DECIMAL | one    | not a number",
                "LOCAL_DATE | 2023-02-29 | not an ISO-8601 date",
            })
    void rejectsBadDefaultsWithAReason(SimpleKind kind, String text, String reason) {
        DefaultLiterals.Result result = DefaultLiterals.parse(text, simple(kind));
        assertFalse(result.ok());
        assertTrue(result.error().contains(reason), result.error());
    }

    @ParameterizedTest
    @CsvSource({"1.50, 1.50", "2024-02-29, 2024-02-29"})
    void keepsValuesExactly(String text, String expected) {
        Object parsed = DefaultLiterals.parse(
                        text, simple(text.contains("-") ? SimpleKind.LOCAL_DATE : SimpleKind.BIG_DECIMAL))
                .parsed()
                .value();
        assertEquals(text.contains("-") ? LocalDate.parse(expected) : new BigDecimal(expected), parsed);
    }
}
