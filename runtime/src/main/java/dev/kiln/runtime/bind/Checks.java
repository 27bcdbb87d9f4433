package dev.kiln.runtime.bind;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code jakarta.validation} constraints as generated code checks them, each recording Pydantic's
 * error for the equivalent FastAPI constraint ({@code ge}, {@code min_length}, {@code pattern}, ...)
 * and returning whether the value passed. A {@code null} value passes every check but
 * {@link #notNull}: absence is the binder's business ({@code missing}), as in Bean Validation.
 *
 * <pre>{@code
 * Integer limit = Params.orDefault(ex.query("limit"), Binders.INT, Loc.query("limit"), errors, 10);
 * Checks.min(limit, 1, Loc.query("limit"), errors);        // @Min(1)
 * }</pre>
 */
public final class Checks {
    private Checks() {
    }

    /** {@code @Min}: {@code greater_than_equal}, ctx {@code ge}. */
    public static boolean min(Number value, long min, Loc loc, ValidationErrors errors) {
        return value == null || holds(compare(value, BigDecimal.valueOf(min)), c -> c >= 0)
                || fail(errors, "greater_than_equal", loc, "Input should be greater than or equal to " + min, value,
                Map.of("ge", min));
    }

    /** {@code @Max}: {@code less_than_equal}, ctx {@code le}. */
    public static boolean max(Number value, long max, Loc loc, ValidationErrors errors) {
        return value == null || holds(compare(value, BigDecimal.valueOf(max)), c -> c <= 0)
                || fail(errors, "less_than_equal", loc, "Input should be less than or equal to " + max, value,
                Map.of("le", max));
    }

    /** {@code @Positive}: {@code greater_than} 0. */
    public static boolean positive(Number value, Loc loc, ValidationErrors errors) {
        return value == null || holds(compare(value, BigDecimal.ZERO), c -> c > 0)
                || fail(errors, "greater_than", loc, "Input should be greater than 0", value, Map.of("gt", 0));
    }

    /** {@code @PositiveOrZero}: {@code greater_than_equal} 0. */
    public static boolean positiveOrZero(Number value, Loc loc, ValidationErrors errors) {
        return min(value, 0, loc, errors);
    }

    /** {@code @Negative}: {@code less_than} 0. */
    public static boolean negative(Number value, Loc loc, ValidationErrors errors) {
        return value == null || holds(compare(value, BigDecimal.ZERO), c -> c < 0)
                || fail(errors, "less_than", loc, "Input should be less than 0", value, Map.of("lt", 0));
    }

    /** {@code @NegativeOrZero}: {@code less_than_equal} 0. */
    public static boolean negativeOrZero(Number value, Loc loc, ValidationErrors errors) {
        return max(value, 0, loc, errors);
    }

    /** {@code @DecimalMin(value, inclusive)}: {@code greater_than_equal} or {@code greater_than}. */
    public static boolean decimalMin(Number value, String min, boolean inclusive, Loc loc, ValidationErrors errors) {
        if (value == null) {
            return true;
        }
        BigDecimal bound = new BigDecimal(min);
        if (holds(compare(value, bound), c -> inclusive ? c >= 0 : c > 0)) {
            return true;
        }
        return inclusive
                ? fail(errors, "greater_than_equal", loc, "Input should be greater than or equal to " + min, value,
                Map.of("ge", number(bound)))
                : fail(errors, "greater_than", loc, "Input should be greater than " + min, value,
                Map.of("gt", number(bound)));
    }

    /** {@code @DecimalMax(value, inclusive)}: {@code less_than_equal} or {@code less_than}. */
    public static boolean decimalMax(Number value, String max, boolean inclusive, Loc loc, ValidationErrors errors) {
        if (value == null) {
            return true;
        }
        BigDecimal bound = new BigDecimal(max);
        if (holds(compare(value, bound), c -> inclusive ? c <= 0 : c < 0)) {
            return true;
        }
        return inclusive
                ? fail(errors, "less_than_equal", loc, "Input should be less than or equal to " + max, value,
                Map.of("le", number(bound)))
                : fail(errors, "less_than", loc, "Input should be less than " + max, value, Map.of("lt", number(bound)));
    }

    /** {@code @Size} on a string: {@code string_too_short} / {@code string_too_long} (Unicode code points). */
    public static boolean size(CharSequence value, int min, int max, Loc loc, ValidationErrors errors) {
        if (value == null) {
            return true;
        }
        int length = Character.codePointCount(value, 0, value.length());
        if (length < min) {
            return fail(errors, "string_too_short", loc,
                    "String should have at least " + min + " character" + plural(min), value.toString(),
                    Map.of("min_length", min));
        }
        if (length > max) {
            return fail(errors, "string_too_long", loc,
                    "String should have at most " + max + " character" + plural(max), value.toString(),
                    Map.of("max_length", max));
        }
        return true;
    }

    /**
     * {@code @Size} on a list, set or map: {@code too_short} / {@code too_long}, whose ctx names the
     * kind of collection as Pydantic does ({@code List}, {@code Set}, {@code Dictionary}).
     */
    public static boolean size(Object collection, int min, int max, Loc loc, ValidationErrors errors) {
        if (collection == null) {
            return true;
        }
        if (collection instanceof CharSequence text) {
            return size(text, min, max, loc, errors);
        }
        int length;
        String kind;
        if (collection instanceof Map<?, ?> map) {
            length = map.size();
            kind = "Dictionary";
        } else if (collection instanceof Collection<?> items) {
            length = items.size();
            kind = items instanceof java.util.Set<?> ? "Set" : "List";
        } else {
            throw new IllegalArgumentException("@Size applies to strings, collections and maps, not "
                    + collection.getClass().getName());
        }
        if (length < min) {
            return fail(errors, "too_short", loc, kind + " should have at least " + min + " item" + plural(min)
                    + " after validation, not " + length, collection,
                    Map.of("field_type", kind, "min_length", min, "actual_length", length));
        }
        if (length > max) {
            return fail(errors, "too_long", loc, kind + " should have at most " + max + " item" + plural(max)
                    + " after validation, not " + length, collection,
                    Map.of("field_type", kind, "max_length", max, "actual_length", length));
        }
        return true;
    }

    /** {@code @NotEmpty}: at least one character or element. */
    public static boolean notEmpty(Object value, Loc loc, ValidationErrors errors) {
        return size(value, 1, Integer.MAX_VALUE, loc, errors);
    }

    /** {@code @NotBlank}: at least one character that is not white space ({@code string_too_short}). */
    public static boolean notBlank(CharSequence value, Loc loc, ValidationErrors errors) {
        if (value == null || !value.toString().isBlank()) {
            return true;
        }
        return fail(errors, "string_too_short", loc, "String should have at least 1 character", value.toString(),
                Map.of("min_length", 1));
    }

    /** {@code @Pattern(regexp)}: the whole value must match, as Bean Validation says; {@code string_pattern_mismatch}. */
    public static boolean pattern(CharSequence value, Pattern pattern, Loc loc, ValidationErrors errors) {
        if (value == null || pattern.matcher(value).matches()) {
            return true;
        }
        return fail(errors, "string_pattern_mismatch", loc, "String should match pattern '" + pattern.pattern() + "'",
                value.toString(), Map.of("pattern", pattern.pattern()));
    }

    /**
     * {@code @Email}: the shape Pydantic's {@code EmailStr} reports as a {@code value_error}: exactly
     * one {@code @}, something before it, and a domain with a dot after it.
     */
    public static boolean email(CharSequence value, Loc loc, ValidationErrors errors) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        int at = text.indexOf('@');
        String reason = null;
        if (at < 0 || at != text.lastIndexOf('@')) {
            reason = "The email address is not valid. It must have exactly one @-sign.";
        } else if (at == 0) {
            reason = "There must be something before the @-sign.";
        } else if (at == text.length() - 1) {
            reason = "There must be something after the @-sign.";
        } else if (text.indexOf('.', at) < 0 || text.endsWith(".") || text.charAt(at + 1) == '.') {
            reason = "The part after the @-sign is not valid. It should have a period.";
        } else if (text.chars().anyMatch(Character::isWhitespace)) {
            reason = "The email address contains invalid characters.";
        }
        if (reason == null) {
            return true;
        }
        return fail(errors, "value_error", loc, "value is not a valid email address: " + reason, text,
                Map.of("reason", reason));
    }

    /** {@code @NotNull} on a value that may be absent or null: {@code missing}. */
    public static boolean notNull(Object value, Loc loc, ValidationErrors errors) {
        if (value != null) {
            return true;
        }
        errors.missing(loc);
        return false;
    }

    private static boolean fail(ValidationErrors errors, String type, Loc loc, String msg, Object input,
                                Map<String, Object> ctx) {
        errors.add(type, loc, msg, input, ctx);
        return false;
    }

    private static boolean holds(Integer comparison, java.util.function.IntPredicate test) {
        return comparison != null && test.test(comparison);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** The comparison with the bound, or {@code null} for NaN, which fails every bound (as in Python). */
    private static Integer compare(Number value, BigDecimal bound) {
        BigDecimal v;
        if (value instanceof BigDecimal d) {
            v = d;
        } else if (value instanceof java.math.BigInteger i) {
            v = new BigDecimal(i);
        } else if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d)) {
                return null;
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? 1 : -1;
            }
            v = BigDecimal.valueOf(d);
        } else {
            v = BigDecimal.valueOf(value.longValue());
        }
        return v.compareTo(bound);
    }

    /** A bound as JSON shows it: {@code 1} for a whole number, {@code 1.5} otherwise. */
    private static Number number(BigDecimal bound) {
        BigDecimal plain = bound.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return plain.longValueExact();
        }
        return bound.doubleValue();
    }
}
