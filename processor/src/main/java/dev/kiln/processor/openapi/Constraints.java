package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiConstraints;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.ApiSchema.Kind;
import dev.kiln.processor.model.Constraint;
import java.math.BigDecimal;
import java.util.List;

/**
 * The model's Bean Validation constraints as JSON Schema keywords, the ones Pydantic writes for its
 * equivalents ({@code Field(ge=..., max_length=..., pattern=...)}, {@code EmailStr}). A constraint
 * that does not apply to the schema's kind (a {@code @Size} on a number) is left out: the validation
 * stage reports it, the document just does not claim it.
 */
final class Constraints {
    private Constraints() {}

    /** {@code schema} with {@code constraints} applied to its non-null part. */
    static ApiSchema apply(ApiSchema schema, List<Constraint> constraints) {
        if (constraints.isEmpty()) {
            return schema;
        }
        ApiConstraints c = schema.constraints();
        String format = schema.format();
        Kind kind = schema.kind();
        boolean numeric = kind == Kind.INTEGER || kind == Kind.NUMBER;
        for (Constraint constraint : constraints) {
            switch (constraint.kind()) {
                case MIN, MAX, DECIMAL_MIN, DECIMAL_MAX -> c = numeric ? bound(c, constraint) : c;
                case POSITIVE -> c = numeric ? c.withExclusiveMinimum(BigDecimal.ZERO) : c;
                case POSITIVE_OR_ZERO -> c = numeric ? c.withMinimum(BigDecimal.ZERO) : c;
                case NEGATIVE -> c = numeric ? c.withExclusiveMaximum(BigDecimal.ZERO) : c;
                case NEGATIVE_OR_ZERO -> c = numeric ? c.withMaximum(BigDecimal.ZERO) : c;
                case SIZE -> c = size(c, kind, constraint.min(), constraint.max());
                case NOT_EMPTY -> c = size(c, kind, 1, null);
                case NOT_BLANK -> {
                    if (kind == Kind.STRING) {
                        // contains a non-white-space character: JSON Schema patterns are not anchored
                        c = size(c, kind, 1, null);
                        c = c.pattern() == null ? c.withPattern("\\S") : c;
                    }
                }
                case PATTERN -> c = kind == Kind.STRING ? c.withPattern(constraint.regexp()) : c;
                case EMAIL -> format = kind == Kind.STRING ? "email" : format;
                default -> {
                    // @NotNull, @Digits, constraints Kiln does not check: no JSON Schema keyword
                    // (@NotNull shows as `required`)
                }
            }
        }
        return schema.withConstraints(c).withFormat(format);
    }

    /** Whether {@code constraints} demand a value ({@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}). */
    static boolean demandsValue(List<Constraint> constraints) {
        return constraints.stream()
                .anyMatch(c -> c.kind() == Constraint.Kind.NOT_NULL
                        || c.kind() == Constraint.Kind.NOT_EMPTY
                        || c.kind() == Constraint.Kind.NOT_BLANK);
    }

    private static ApiConstraints bound(ApiConstraints c, Constraint constraint) {
        BigDecimal value = number(constraint.bound());
        if (value == null) {
            return c;
        }
        return switch (constraint.kind()) {
            case MIN -> c.withMinimum(value);
            case MAX -> c.withMaximum(value);
            case DECIMAL_MIN -> constraint.inclusive() ? c.withMinimum(value) : c.withExclusiveMinimum(value);
            default -> constraint.inclusive() ? c.withMaximum(value) : c.withExclusiveMaximum(value);
        };
    }

    /** A bound as written; {@code null} (no keyword) if it is not a number. */
    private static BigDecimal number(String bound) {
        try {
            return bound == null ? null : new BigDecimal(bound.strip());
        } catch (NumberFormatException notANumber) {
            // the validation stage reports such a bound; the document just does not claim it
            return null;
        }
    }

    /** A size bound on whatever {@code kind} counts: characters, items or entries; 0 and MAX mean unbounded. */
    private static ApiConstraints size(ApiConstraints c, Kind kind, Integer min, Integer max) {
        Integer lower = min == null || min <= 0 ? null : min;
        Integer upper = max == null || max == Integer.MAX_VALUE ? null : max;
        return switch (kind) {
            case STRING -> c.withLength(larger(c.minLength(), lower), upper != null ? upper : c.maxLength());
            case ARRAY -> c.withItems(larger(c.minItems(), lower), upper != null ? upper : c.maxItems());
            case MAP -> c.withProperties(larger(c.minProperties(), lower), upper != null ? upper : c.maxProperties());
            default -> c;
        };
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
