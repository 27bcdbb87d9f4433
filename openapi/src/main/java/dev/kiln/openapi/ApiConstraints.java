package dev.kiln.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema validation keywords Kiln documents, read from Jakarta constraints. Every field is
 * optional ({@code null} = not constrained). Numeric bounds use OpenAPI 3.1's form: the exclusive
 * bounds are numbers of their own, not booleans.
 *
 * @param minimum          inclusive lower bound ({@code @Min}, {@code @PositiveOrZero}, {@code @DecimalMin})
 * @param maximum          inclusive upper bound ({@code @Max}, {@code @NegativeOrZero}, {@code @DecimalMax})
 * @param exclusiveMinimum exclusive lower bound ({@code @Positive}, {@code @DecimalMin(inclusive = false)})
 * @param exclusiveMaximum exclusive upper bound ({@code @Negative}, {@code @DecimalMax(inclusive = false)})
 * @param minLength        shortest string ({@code @Size}, {@code @NotEmpty}, {@code @NotBlank})
 * @param maxLength        longest string ({@code @Size})
 * @param patterns         regular expressions the string must contain a match of, each ({@code @Pattern},
 *                         anchored, and {@code @NotBlank}); JSON Schema has one "pattern" keyword, so the first is
 *                         written there and any other in an {@code allOf} member of its own
 * @param minItems         fewest array items ({@code @Size}, {@code @NotEmpty})
 * @param maxItems         most array items ({@code @Size})
 * @param minProperties    fewest map entries ({@code @Size}, {@code @NotEmpty} on a map)
 * @param maxProperties    most map entries ({@code @Size} on a map)
 */
public record ApiConstraints(
        BigDecimal minimum,
        BigDecimal maximum,
        BigDecimal exclusiveMinimum,
        BigDecimal exclusiveMaximum,
        Integer minLength,
        Integer maxLength,
        List<String> patterns,
        Integer minItems,
        Integer maxItems,
        Integer minProperties,
        Integer maxProperties) {

    /** No constraint at all. */
    public static final ApiConstraints NONE =
            new ApiConstraints(null, null, null, null, null, null, List.of(), null, null, null, null);

    public ApiConstraints {
        patterns = List.copyOf(patterns);
    }

    /** Whether no keyword is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** A copy with an inclusive lower bound. */
    public ApiConstraints withMinimum(BigDecimal value) {
        return new ApiConstraints(
                value,
                maximum,
                exclusiveMinimum,
                exclusiveMaximum,
                minLength,
                maxLength,
                patterns,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy with an inclusive upper bound. */
    public ApiConstraints withMaximum(BigDecimal value) {
        return new ApiConstraints(
                minimum,
                value,
                exclusiveMinimum,
                exclusiveMaximum,
                minLength,
                maxLength,
                patterns,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy with an exclusive lower bound. */
    public ApiConstraints withExclusiveMinimum(BigDecimal value) {
        return new ApiConstraints(
                minimum,
                maximum,
                value,
                exclusiveMaximum,
                minLength,
                maxLength,
                patterns,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy with an exclusive upper bound. */
    public ApiConstraints withExclusiveMaximum(BigDecimal value) {
        return new ApiConstraints(
                minimum,
                maximum,
                exclusiveMinimum,
                value,
                minLength,
                maxLength,
                patterns,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy with string length bounds ({@code null} leaves a bound unset). */
    public ApiConstraints withLength(Integer min, Integer max) {
        return new ApiConstraints(
                minimum,
                maximum,
                exclusiveMinimum,
                exclusiveMaximum,
                min,
                max,
                patterns,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy that also requires a match of {@code value} (once: a pattern already required is not added again). */
    public ApiConstraints plusPattern(String value) {
        if (patterns.contains(value)) {
            return this;
        }
        List<String> more = new ArrayList<>(patterns);
        more.add(value);
        return new ApiConstraints(
                minimum,
                maximum,
                exclusiveMinimum,
                exclusiveMaximum,
                minLength,
                maxLength,
                more,
                minItems,
                maxItems,
                minProperties,
                maxProperties);
    }

    /** A copy with array size bounds ({@code null} leaves a bound unset). */
    public ApiConstraints withItems(Integer min, Integer max) {
        return new ApiConstraints(
                minimum,
                maximum,
                exclusiveMinimum,
                exclusiveMaximum,
                minLength,
                maxLength,
                patterns,
                min,
                max,
                minProperties,
                maxProperties);
    }

    /** A copy with map size bounds ({@code null} leaves a bound unset). */
    public ApiConstraints withProperties(Integer min, Integer max) {
        return new ApiConstraints(
                minimum,
                maximum,
                exclusiveMinimum,
                exclusiveMaximum,
                minLength,
                maxLength,
                patterns,
                minItems,
                maxItems,
                min,
                max);
    }
}
