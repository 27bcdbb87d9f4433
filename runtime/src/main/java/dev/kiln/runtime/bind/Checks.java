package dev.kiln.runtime.bind;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code jakarta.validation} constraints as generated code checks them, each recording Pydantic's
 * error for the equivalent FastAPI constraint ({@code ge}, {@code min_length}, {@code pattern}, ...)
 * and returning whether the value passed. A check sees only values that bound cleanly: absence is
 * the binder's business ({@code missing}), as in Bean Validation.
 *
 * <p>Generated code attaches them to binders, so a constraint runs where its value is bound, at any
 * depth of a body, and reports what the client sent as the error's {@code input}:
 * <pre>{@code
 * Integer limit = Params.orDefault(ex.query("limit"), Binders.INT.check(Checks.min(1)), Loc.query("limit"),
 *         errors, 10);
 * Field.required("name", Binders.STRING.check(Checks.length(1, 20)).check(Checks.pattern("^[a-z]+$")))
 * }</pre>
 *
 * <p>One implementation per constraint: every numeric bound ({@code @Min}, {@code @Max},
 * {@code @Positive}..., {@code @DecimalMin}, {@code @DecimalMax}) is one lower or upper bound check;
 * every string length ({@code @Size}, {@code @NotEmpty}) is {@link #length}; every collection size
 * {@link #items} or {@link #entries}. Each Pydantic error is worded in one place ({@link #belowBound},
 * {@link #aboveBound}, {@link #tooShort}, {@link #tooLong}, ...), which the scalar binders use too
 * for a value outside its Java type.
 */
public final class Checks {
    /** What {@link Bound#compare} answers for NaN, which fails every bound (as in Python). */
    private static final int UNORDERED = Integer.MIN_VALUE;

    private Checks() {}

    // ------------------------------------------------------------------ numbers

    /** {@code @Min(min)}: {@code greater_than_equal}, ctx {@code ge}. */
    public static Check<Number> min(long min) {
        return atLeast(BigDecimal.valueOf(min), Long.toString(min), true);
    }

    /** {@code @Max(max)}: {@code less_than_equal}, ctx {@code le}. */
    public static Check<Number> max(long max) {
        return atMost(BigDecimal.valueOf(max), Long.toString(max), true);
    }

    /** {@code @Positive}: {@code greater_than}, ctx {@code gt} 0. */
    public static Check<Number> positive() {
        return POSITIVE;
    }

    /** {@code @PositiveOrZero}: {@code greater_than_equal}, ctx {@code ge} 0. */
    public static Check<Number> positiveOrZero() {
        return POSITIVE_OR_ZERO;
    }

    /** {@code @Negative}: {@code less_than}, ctx {@code lt} 0. */
    public static Check<Number> negative() {
        return NEGATIVE;
    }

    /** {@code @NegativeOrZero}: {@code less_than_equal}, ctx {@code le} 0. */
    public static Check<Number> negativeOrZero() {
        return NEGATIVE_OR_ZERO;
    }

    private static final Check<Number> POSITIVE = atLeast(BigDecimal.ZERO, "0", false);
    private static final Check<Number> POSITIVE_OR_ZERO = atLeast(BigDecimal.ZERO, "0", true);
    private static final Check<Number> NEGATIVE = atMost(BigDecimal.ZERO, "0", false);
    private static final Check<Number> NEGATIVE_OR_ZERO = atMost(BigDecimal.ZERO, "0", true);

    /**
     * {@code @DecimalMin(min, inclusive)}: {@code greater_than_equal} ({@code ge}) or
     * {@code greater_than} ({@code gt}).
     */
    public static Check<Number> decimalMin(String min, boolean inclusive) {
        return atLeast(new BigDecimal(min), min, inclusive);
    }

    /** {@code @DecimalMax(max, inclusive)}: {@code less_than_equal} ({@code le}) or {@code less_than} ({@code lt}). */
    public static Check<Number> decimalMax(String max, boolean inclusive) {
        return atMost(new BigDecimal(max), max, inclusive);
    }

    /** Every lower bound: {@code bound} as written is {@code shown} in the message. */
    private static Check<Number> atLeast(BigDecimal exact, String shown, boolean inclusive) {
        Bound bound = new Bound(exact);
        Number ctx = number(exact);
        int lowest = inclusive ? 0 : 1;
        return (value, input, loc, errors) -> {
            int comparison = bound.compare(value);
            return comparison != UNORDERED && comparison >= lowest
                    || belowBound(errors, loc, input, ctx, shown, inclusive);
        };
    }

    /** Every upper bound: {@code bound} as written is {@code shown} in the message. */
    private static Check<Number> atMost(BigDecimal exact, String shown, boolean inclusive) {
        Bound bound = new Bound(exact);
        Number ctx = number(exact);
        int highest = inclusive ? 0 : -1;
        return (value, input, loc, errors) -> {
            int comparison = bound.compare(value);
            return comparison != UNORDERED && comparison <= highest
                    || aboveBound(errors, loc, input, ctx, shown, inclusive);
        };
    }

    /**
     * Records Pydantic's error for a value under a lower bound ({@code greater_than_equal}, ctx
     * {@code ge}, or {@code greater_than}, ctx {@code gt}); returns {@code false}. Also what the
     * binders report for a number under its Java type's range.
     */
    static boolean belowBound(
            ValidationErrors errors, Loc loc, Object input, Number bound, String shown, boolean inclusive) {
        return inclusive
                ? fail(
                        errors,
                        "greater_than_equal",
                        loc,
                        "Input should be greater than or equal to " + shown,
                        input,
                        Map.of("ge", bound))
                : fail(
                        errors,
                        "greater_than",
                        loc,
                        "Input should be greater than " + shown,
                        input,
                        Map.of("gt", bound));
    }

    /** Records {@code less_than_equal} ({@code le}) or {@code less_than} ({@code lt}); returns {@code false}. */
    static boolean aboveBound(
            ValidationErrors errors, Loc loc, Object input, Number bound, String shown, boolean inclusive) {
        return inclusive
                ? fail(
                        errors,
                        "less_than_equal",
                        loc,
                        "Input should be less than or equal to " + shown,
                        input,
                        Map.of("le", bound))
                : fail(errors, "less_than", loc, "Input should be less than " + shown, input, Map.of("lt", bound));
    }

    /**
     * {@code @Digits(integer, fraction)}, as Pydantic's {@code condecimal} reports it: too many digits
     * before the point is {@code decimal_whole_digits} (ctx {@code whole_digits}), too many after it
     * {@code decimal_max_places} (ctx {@code decimal_places}). Trailing zeros do not count.
     */
    public static Check<Number> digits(int integer, int fraction) {
        return (value, input, loc, errors) -> {
            BigDecimal number = decimal(value);
            if (number == null) {
                return true;
            }
            // precision - scale counts the digits before the point, trailing zeros or not; only a value
            // with too many places needs its trailing zeros stripped (an allocation) to be sure
            int whole = number.precision() - number.scale();
            if (whole > integer) {
                return fail(
                        errors,
                        "decimal_whole_digits",
                        loc,
                        "Decimal input should have no more than " + integer + " digit" + plural(integer)
                                + " before the decimal point",
                        input,
                        Map.of("whole_digits", integer));
            }
            if (number.scale() > fraction && number.stripTrailingZeros().scale() > fraction) {
                return fail(
                        errors,
                        "decimal_max_places",
                        loc,
                        "Decimal input should have no more than " + fraction + " decimal place" + plural(fraction),
                        input,
                        Map.of("decimal_places", fraction));
            }
            return true;
        };
    }

    // ------------------------------------------------------------------ strings

    /** {@code @Size(min)} on a string: {@code string_too_short}, ctx {@code min_length}. */
    public static Check<CharSequence> minLength(int min) {
        return length(min, Integer.MAX_VALUE);
    }

    /** {@code @Size(max)} on a string: {@code string_too_long}, ctx {@code max_length}. */
    public static Check<CharSequence> maxLength(int max) {
        return length(0, max);
    }

    /** {@code @Size(min, max)} (and {@code @NotEmpty}) on a string, counted in Unicode code points as Python counts. */
    public static Check<CharSequence> length(int min, int max) {
        return (value, input, loc, errors) -> {
            int chars = value.length();
            // n chars hold between ceil(n / 2) and n code points: most values pass without counting
            if (chars <= max && (chars + 1) / 2 >= min) {
                return true;
            }
            int length = Character.codePointCount(value, 0, chars);
            if (length < min) {
                return tooShort(errors, loc, input, min);
            }
            return length <= max || tooLong(errors, loc, input, max);
        };
    }

    /**
     * Records {@code string_too_short} (ctx {@code min_length}); returns {@code false}. Also what
     * {@code @NotBlank} and the {@code char} binder report.
     */
    static boolean tooShort(ValidationErrors errors, Loc loc, Object input, int min) {
        return fail(
                errors,
                "string_too_short",
                loc,
                "String should have at least " + min + " character" + plural(min),
                input,
                Map.of("min_length", min));
    }

    /** Records {@code string_too_long} (ctx {@code max_length}); returns {@code false}. */
    static boolean tooLong(ValidationErrors errors, Loc loc, Object input, int max) {
        return fail(
                errors,
                "string_too_long",
                loc,
                "String should have at most " + max + " character" + plural(max),
                input,
                Map.of("max_length", max));
    }

    /** {@code @NotBlank}: {@code string_too_short} (ctx {@code min_length} 1) for a string of only white space. */
    public static Check<CharSequence> notBlank() {
        return NOT_BLANK;
    }

    private static final Check<CharSequence> NOT_BLANK =
            (value, input, loc, errors) -> !value.toString().isBlank() || tooShort(errors, loc, input, 1);

    /**
     * {@code @Pattern(regexp)}: the whole value must match, as Bean Validation says;
     * {@code string_pattern_mismatch}, ctx {@code pattern} as written. Compiled once, here; a pattern of
     * fixed-count characters and classes ({@code [A-Z]{3}-\d{4}}) is matched by {@link FixedPattern}, the
     * others by {@code java.util.regex}.
     */
    public static Check<CharSequence> pattern(String regexp) {
        Pattern pattern = Pattern.compile(regexp); // a bad pattern fails here, whichever matches it
        FixedPattern fixed = FixedPattern.of(regexp);
        if (fixed != null) {
            return (value, input, loc, errors) -> fixed.matches(value) || patternMismatch(errors, loc, input, regexp);
        }
        return (value, input, loc, errors) ->
                pattern.matcher(value).matches() || patternMismatch(errors, loc, input, regexp);
    }

    private static boolean patternMismatch(ValidationErrors errors, Loc loc, Object input, String regexp) {
        return fail(
                errors,
                "string_pattern_mismatch",
                loc,
                "String should match pattern '" + regexp + "'",
                input,
                Map.of("pattern", regexp));
    }

    /** {@code @Email}: the {@code value_error} of Pydantic's {@code EmailStr} (email-validator 2 wording). */
    public static Check<CharSequence> email() {
        return EMAIL;
    }

    private static final Check<CharSequence> EMAIL = (value, input, loc, errors) -> {
        String text = value.toString();
        if (plainValidEmail(text)) {
            return true;
        }
        String reason = emailProblem(text);
        return reason == null
                || fail(
                        errors,
                        "value_error",
                        loc,
                        "value is not a valid email address: " + reason,
                        input,
                        Map.of("reason", reason));
    };

    /**
     * Whether {@code text} is an address {@link #emailProblem} accepts, decided in one pass for the common
     * case: visible ASCII only (no white space, nothing {@link Character#isWhitespace} must be asked about),
     * one {@code @} with something before it, and after it a period; no period first, last, beside the
     * {@code @} or beside another, and after the {@code @} no hyphen beside it, beside a period or last. {@code false} is not a verdict: {@link #emailProblem} then decides, and words it.
     */
    static boolean plainValidEmail(String text) {
        int n = text.length();
        int at = -1;
        int lastPeriod = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
            if (c == '@') {
                if (at >= 0 || lastPeriod == i - 1) {
                    return false; // a second @-sign, or a period just before it (or an address starting "@")
                }
                at = i;
            } else if (c == '.') {
                if (lastPeriod == i - 1 || i == 0 || at == i - 1 || at >= 0 && text.charAt(i - 1) == '-') {
                    return false; // two in a row, one first, one just after the @-sign, or "-." after it
                }
                lastPeriod = i;
            } else if (c == '-' && at >= 0 && (at == i - 1 || lastPeriod == i - 1)) {
                return false; // a hyphen just after the @-sign or a period of the domain
            }
        }
        return at > 0 && lastPeriod > at && lastPeriod < n - 1 && text.charAt(n - 1) != '-';
    }

    /**
     * What is wrong with an email address, in the words of the {@code email-validator} 2 package behind
     * Pydantic's {@code EmailStr} (the address splits at its last {@code @}), or {@code null}. Only the
     * shape is checked: no length limits, internationalized or quoted forms, or DNS.
     */
    static String emailProblem(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return "An email address must have an @-sign.";
        }
        if (at == 0) {
            return "There must be something before the @-sign.";
        }
        if (at == text.length() - 1) {
            return "There must be something after the @-sign.";
        }
        String invalidBefore = invalidCharacters(text, 0, at, true);
        if (invalidBefore != null) {
            return "The email address contains invalid characters before the @-sign: " + invalidBefore + ".";
        }
        // the periods of the part before the @-sign, then of the part after, each in email-validator's order
        String local = text.substring(0, at);
        if (local.endsWith(".")) {
            return "An email address cannot have a period immediately before the @-sign.";
        }
        if (local.startsWith(".")) {
            return "An email address cannot start with a period.";
        }
        if (local.contains("..")) {
            return "An email address cannot have two periods in a row.";
        }
        String invalidAfter = invalidCharacters(text, at + 1, text.length(), false);
        if (invalidAfter != null) {
            return "The part after the @-sign contains invalid characters: " + invalidAfter + ".";
        }
        if (text.endsWith(".")) {
            return "An email address cannot end with a period.";
        }
        if (text.charAt(at + 1) == '.') {
            return "An email address cannot have a period immediately after the @-sign.";
        }
        if (text.indexOf("..", at) >= 0) {
            return "An email address cannot have two periods in a row.";
        }
        if (text.endsWith("-")) {
            return "An email address cannot end with a hyphen.";
        }
        if (text.charAt(at + 1) == '-') {
            return "An email address cannot have a hyphen immediately after the @-sign.";
        }
        if (text.indexOf(".-", at) >= 0 || text.indexOf("-.", at) >= 0) {
            return "An email address cannot have a period and a hyphen next to each other.";
        }
        if (text.indexOf('.', at) < 0) {
            return "The part after the @-sign is not valid. It should have a period.";
        }
        return null;
    }

    /**
     * The white space (and, before the {@code @}, other {@code @}s) in {@code text[from, to)}, sorted and
     * shown as {@code email-validator} shows them ({@code SPACE}, {@code '@'}), or {@code null}.
     */
    private static String invalidCharacters(String text, int from, int to, boolean atIsInvalid) {
        java.util.TreeSet<Character> bad = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || atIsInvalid && c == '@') {
                if (bad == null) {
                    bad = new java.util.TreeSet<>();
                }
                bad.add(c);
            }
        }
        if (bad == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        for (char c : bad) {
            shown.append(shown.length() == 0 ? "" : ", ")
                    .append(
                            switch (c) {
                                case ' ' -> "SPACE";
                                case '\t' -> "CHARACTER TABULATION";
                                case '\n' -> "LINE FEED (LF)";
                                case '\r' -> "CARRIAGE RETURN (CR)";
                                default -> "'" + c + "'";
                            });
        }
        return shown.toString();
    }

    // ------------------------------------------------------------------ collections

    /** {@code @Size(min)} on a list or set: {@code too_short}. */
    public static Check<Collection<?>> minItems(int min) {
        return items(min, Integer.MAX_VALUE);
    }

    /** {@code @Size(max)} on a list or set: {@code too_long}. */
    public static Check<Collection<?>> maxItems(int max) {
        return items(0, max);
    }

    /**
     * {@code @Size(min, max)} (and {@code @NotEmpty}) on a list or set: {@code too_short} /
     * {@code too_long}, ctx naming the kind of collection as Pydantic does ({@code List}, {@code Set}).
     * Passing costs one {@code size()} call: the kind is looked at only to word a failure.
     */
    public static Check<Collection<?>> items(int min, int max) {
        return (value, input, loc, errors) -> {
            int size = value.size();
            return size >= min && size <= max
                    || countFailure(
                            value instanceof java.util.Set<?> ? "Set" : "List", size, min, max, input, loc, errors);
        };
    }

    /** {@code @Size(min)} on a map: {@code too_short}, ctx {@code field_type} {@code Dictionary}. */
    public static Check<Map<?, ?>> minEntries(int min) {
        return entries(min, Integer.MAX_VALUE);
    }

    /** {@code @Size(max)} on a map: {@code too_long}, ctx {@code field_type} {@code Dictionary}. */
    public static Check<Map<?, ?>> maxEntries(int max) {
        return entries(0, max);
    }

    /** {@code @Size(min, max)} (and {@code @NotEmpty}) on a map: {@code too_short} / {@code too_long}. */
    public static Check<Map<?, ?>> entries(int min, int max) {
        return (value, input, loc, errors) -> {
            int size = value.size();
            return size >= min && size <= max || countFailure("Dictionary", size, min, max, input, loc, errors);
        };
    }

    /** Records {@code too_short} or {@code too_long} for a collection of {@code length} items; returns false. */
    private static boolean countFailure(
            String kind, int length, int min, int max, Object input, Loc loc, ValidationErrors errors) {
        if (length < min) {
            return fail(
                    errors,
                    "too_short",
                    loc,
                    kind + " should have at least " + min + " item" + plural(min) + " after validation, not " + length,
                    input,
                    orderedCtx("field_type", kind, "min_length", min, "actual_length", length));
        }
        return fail(
                errors,
                "too_long",
                loc,
                kind + " should have at most " + max + " item" + plural(max) + " after validation, not " + length,
                input,
                orderedCtx("field_type", kind, "max_length", max, "actual_length", length));
    }

    // ------------------------------------------------------------------ helpers

    private static boolean fail(
            ValidationErrors errors, String type, Loc loc, String msg, Object input, Map<String, Object> ctx) {
        errors.add(type, loc, msg, input, ctx);
        return false;
    }

    /** A ctx of three entries in Pydantic's order (the 422 body is compared byte for byte). */
    private static Map<String, Object> orderedCtx(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> ctx = new java.util.LinkedHashMap<>(4);
        ctx.put(k1, v1);
        ctx.put(k2, v2);
        ctx.put(k3, v3);
        return java.util.Collections.unmodifiableMap(ctx);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * A numeric bound, prepared once so that comparing a value costs no allocation on the common path:
     * whole values compare as {@code long}s, floating point as {@code double}s when the bound is exact
     * in a {@code double}, and everything else exactly as {@code BigDecimal}s.
     */
    private static final class Bound {
        private static final long EXACT_IN_DOUBLE = 1L << 53;
        final BigDecimal exact;
        private final boolean whole;
        private final long asLong;
        private final boolean exactDouble;
        private final double asDouble;

        Bound(BigDecimal exact) {
            this.exact = exact;
            BigDecimal plain = exact.stripTrailingZeros();
            this.whole = plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            this.asLong = whole ? plain.longValueExact() : 0;
            this.asDouble = exact.doubleValue();
            this.exactDouble = Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(exact) == 0;
        }

        /** -1, 0 or 1 as {@code value} is below, at or above the bound; {@link #UNORDERED} for NaN. */
        int compare(Number value) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                long v = value.longValue();
                if (whole) {
                    return Long.compare(v, asLong);
                }
                if (exactDouble && Math.abs(v) <= EXACT_IN_DOUBLE) {
                    return compareDoubles((double) v, asDouble);
                }
                return BigDecimal.valueOf(v).compareTo(exact);
            }
            if (value instanceof Double || value instanceof Float) {
                double d = value.doubleValue();
                if (Double.isNaN(d)) {
                    return UNORDERED;
                }
                if (exactDouble || Double.isInfinite(d)) {
                    return Double.isInfinite(d) ? (d > 0 ? 1 : -1) : compareDoubles(d, asDouble);
                }
            }
            return decimal(value).compareTo(exact);
        }

        /** Numeric order, with -0.0 equal to 0.0 (unlike {@link Double#compare}). */
        private static int compareDoubles(double a, double b) {
            return a < b ? -1 : a > b ? 1 : 0;
        }
    }

    /** {@code value} as a {@code BigDecimal}, or {@code null} for NaN and the infinities. */
    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            // the shortest text that reads back as this value: 0.1f is 0.1, not 0.100000001490116...
            return new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d));
        }
        return BigDecimal.valueOf(value.longValue());
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
