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
 * stage reports it, the document just does not claim it. Where several constraints bound the same thing
 * (a bean's field and setter both carry {@code @Size}), the tightest is documented, as all of them are checked;
 * every distinct {@code @Pattern} is documented, anchored to the whole value as it is checked.
 */
final class Constraints {
    private Constraints() {}

    /**
     * {@code schema} with {@code constraints} applied to its non-null part. An inclusive bound the schema
     * already has (a {@code byte}'s own -128 to 127) still holds: a constraint replaces it only where the
     * constraint is at least as tight, and a constraint looser than it is left out, since the type's
     * bound is what the 422 reports.
     */
    static ApiSchema apply(ApiSchema schema, List<Constraint> constraints) {
        if (constraints.isEmpty()) {
            return schema;
        }
        ApiConstraints own = schema.constraints();
        ApiConstraints c = own.withMinimum(null).withMaximum(null);
        String format = schema.format();
        Kind kind = schema.kind();
        boolean numeric = kind == Kind.INTEGER || kind == Kind.NUMBER;
        for (Constraint constraint : constraints) {
            switch (constraint.kind()) {
                case MIN, MAX, DECIMAL_MIN, DECIMAL_MAX -> c = numeric ? bound(c, constraint) : c;
                case POSITIVE -> c = numeric ? lower(c, BigDecimal.ZERO, false) : c;
                case POSITIVE_OR_ZERO -> c = numeric ? lower(c, BigDecimal.ZERO, true) : c;
                case NEGATIVE -> c = numeric ? upper(c, BigDecimal.ZERO, false) : c;
                case NEGATIVE_OR_ZERO -> c = numeric ? upper(c, BigDecimal.ZERO, true) : c;
                case SIZE -> c = size(c, kind, constraint.min(), constraint.max());
                case NOT_EMPTY -> c = size(c, kind, 1, null);
                case NOT_BLANK -> {
                    if (kind == Kind.STRING) {
                        // contains a non-white-space character: JSON Schema patterns are not anchored
                        c = size(c, kind, 1, null).plusPattern("\\S");
                    }
                }
                case PATTERN -> c = kind == Kind.STRING ? c.plusPattern(wholeValue(constraint.regexp())) : c;
                case EMAIL -> format = kind == Kind.STRING ? "email" : format;
                default -> {
                    // @NotNull, @Digits, constraints Kiln does not check: no JSON Schema keyword
                    // (@NotNull shows as `required`)
                }
            }
        }
        c = atLeast(c, own.minimum());
        c = atMost(c, own.maximum());
        return schema.withConstraints(c).withFormat(format);
    }

    /** {@code c}'s lower bounds where they are at least {@code floor}; {@code floor} itself if none is. */
    private static ApiConstraints atLeast(ApiConstraints c, BigDecimal floor) {
        if (floor == null) {
            return c;
        }
        BigDecimal minimum = c.minimum() != null && c.minimum().compareTo(floor) >= 0 ? c.minimum() : null;
        BigDecimal exclusive =
                c.exclusiveMinimum() != null && c.exclusiveMinimum().compareTo(floor) >= 0
                        ? c.exclusiveMinimum()
                        : null;
        return c.withMinimum(minimum == null && exclusive == null ? floor : minimum)
                .withExclusiveMinimum(exclusive);
    }

    /** {@code c}'s upper bounds where they are at most {@code ceiling}; {@code ceiling} itself if none is. */
    private static ApiConstraints atMost(ApiConstraints c, BigDecimal ceiling) {
        if (ceiling == null) {
            return c;
        }
        BigDecimal maximum = c.maximum() != null && c.maximum().compareTo(ceiling) <= 0 ? c.maximum() : null;
        BigDecimal exclusive =
                c.exclusiveMaximum() != null && c.exclusiveMaximum().compareTo(ceiling) <= 0
                        ? c.exclusiveMaximum()
                        : null;
        return c.withMaximum(maximum == null && exclusive == null ? ceiling : maximum)
                .withExclusiveMaximum(exclusive);
    }

    /**
     * A {@code @Pattern}'s expression as JSON Schema must read it: Bean Validation (and Kiln's check) match it
     * against the whole value, JSON Schema's {@code pattern} against any part, so {@code \d{5}} is written
     * {@code ^(?:\d{5})$}. One already anchored at both ends with no alternation ({@code ^v\d$}) is kept as
     * written; {@code ^a|b$} is not such a one (it is "starts with a, or ends with b" unanchored).
     */
    static String wholeValue(String regexp) {
        boolean anchored = regexp.length() > 1
                && regexp.startsWith("^")
                && regexp.endsWith("$")
                && !regexp.endsWith("\\$")
                && regexp.indexOf('|') < 0;
        return anchored ? regexp : "^(?:" + regexp + ")$";
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
            case MIN -> lower(c, value, true);
            case MAX -> upper(c, value, true);
            case DECIMAL_MIN -> lower(c, value, constraint.inclusive());
            default -> upper(c, value, constraint.inclusive());
        };
    }

    /** {@code c} with a lower bound; of two bounds of one kind (a field's and a setter's) the higher holds. */
    private static ApiConstraints lower(ApiConstraints c, BigDecimal value, boolean inclusive) {
        if (inclusive) {
            return c.withMinimum(c.minimum() == null ? value : c.minimum().max(value));
        }
        return c.withExclusiveMinimum(
                c.exclusiveMinimum() == null ? value : c.exclusiveMinimum().max(value));
    }

    /** {@code c} with an upper bound; of two bounds of one kind the lower holds. */
    private static ApiConstraints upper(ApiConstraints c, BigDecimal value, boolean inclusive) {
        if (inclusive) {
            return c.withMaximum(c.maximum() == null ? value : c.maximum().min(value));
        }
        return c.withExclusiveMaximum(
                c.exclusiveMaximum() == null ? value : c.exclusiveMaximum().min(value));
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
            case STRING -> c.withLength(larger(c.minLength(), lower), smaller(c.maxLength(), upper));
            case ARRAY -> c.withItems(larger(c.minItems(), lower), smaller(c.maxItems(), upper));
            case MAP -> c.withProperties(larger(c.minProperties(), lower), smaller(c.maxProperties(), upper));
            default -> c;
        };
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    private static Integer smaller(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }
}
