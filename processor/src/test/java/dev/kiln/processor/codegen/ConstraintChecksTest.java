package dev.kiln.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.Constraint;
import java.util.List;
import javax.lang.model.type.TypeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparisons a generated reader writes for a primitive member's numeric constraints, and the constraints it
 * leaves to their {@code Checks} calls because no exact comparison exists ({@code -} in the table). That the
 * comparisons pass exactly what the checks pass is {@code JsonReadersIT}'s to show, over real bodies.
 */
class ConstraintChecksTest {
    @ParameterizedTest(name = "{0}({1}, inclusive {2}) on {3}: {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MIN              | 0                    | true  | INT    | v < 0",
                "MAX              | 150                  | true  | SHORT  | v > 150",
                "MIN              | -9223372036854775808 | true  | LONG   | v < -9223372036854775808L",
                "MAX              | 10000000000          | true  | LONG   | v > 10000000000L",
                "MAX              | 10000000000          | true  | INT    | -",
                "MAX              | 127                  | true  | BYTE   | v > 127",
                "MAX              | 200                  | true  | BYTE   | -",
                "MIN              | -32769               | true  | SHORT  | -",
                "DECIMAL_MIN      | 5.00                 | true  | INT    | v < 5",
                "DECIMAL_MIN      | 5                    | false | BYTE   | v <= 5",
                "DECIMAL_MAX      | -2                   | false | LONG   | v >= -2",
                "DECIMAL_MIN      | 0.5                  | true  | INT    | -",
                "DECIMAL_MAX      | 1e30                 | true  | LONG   | -",
                "POSITIVE         |                      | true  | LONG   | v <= 0",
                "NEGATIVE_OR_ZERO |                      | true  | INT    | v > 0",
                "MIN              | 0                    | true  | DOUBLE | !(v >= 0.0)",
                "DECIMAL_MAX      | 100                  | false | DOUBLE | !(v < 100.0)",
                "DECIMAL_MIN      | 0.5                  | true  | FLOAT  | !(v >= 0.5)",
                "DECIMAL_MIN      | 0.1                  | true  | DOUBLE | -",
                "DECIMAL_MAX      | 1e400                | true  | DOUBLE | -",
                "MAX              | 9007199254740993     | true  | DOUBLE | -",
                "POSITIVE         |                      | true  | FLOAT  | !(v > 0.0)",
                "NEGATIVE         |                      | true  | DOUBLE | !(v < 0.0)",
                "DIGITS           |                      | true  | INT    | -",
                "MIN              | 0                    | true  | CHAR   | -",
            })
    void aPrimitiveBoundIsAComparisonWhenOneIsExact(
            Constraint.Kind kind, String bound, boolean inclusive, TypeKind type, String expected) {
        Constraint constraint = new Constraint(kind, null, null, bound, inclusive, 2, 0, null, List.of());
        CodeBlock failure = ConstraintChecks.primitiveFailure(constraint, type, "v");
        assertEquals(expected, failure == null ? "-" : failure.toString());
    }
}
