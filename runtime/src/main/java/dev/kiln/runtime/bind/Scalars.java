package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The binders of simple values, with Pydantic v2's lax-mode rules and its exact messages. A string
 * from the path, query, headers or cookies goes through {@code fromString}; a JSON value through
 * {@code fromJson}, where a JSON string is parsed like a query value (lax mode: {@code "5"} is an int).
 */
final class Scalars {
    private Scalars() {}

    static final String INT_TYPE = "Input should be a valid integer";
    static final String INT_PARSING = "Input should be a valid integer, unable to parse string as an integer";
    static final String INT_FROM_FLOAT = "Input should be a valid integer, got a number with a fractional part";
    static final String FLOAT_TYPE = "Input should be a valid number";
    static final String FLOAT_PARSING = "Input should be a valid number, unable to parse string as a number";
    static final String BOOL_TYPE = "Input should be a valid boolean";
    static final String BOOL_PARSING = "Input should be a valid boolean, unable to interpret input";
    static final String STRING_TYPE = "Input should be a valid string";
    static final String UUID_TYPE = "UUID input should be a string, bytes or UUID object";
    static final String DECIMAL_TYPE = "Decimal input should be an integer, float, string or Decimal object";
    static final String DECIMAL_PARSING = "Input should be a valid decimal";
    static final String FINITE_NUMBER = "Input should be a finite number";

    /** A binder whose JSON strings are read like wire strings (Pydantic's lax mode for scalars). */
    abstract static class Scalar<T> implements Binder<T> {
        @Override
        public final T fromString(String raw, Loc loc, ValidationErrors errors) {
            return parse(raw, raw, loc, errors);
        }

        /** Parses {@code text}; on failure records an error whose input is {@code input}. */
        abstract T parse(String text, Object input, Loc loc, ValidationErrors errors);

        /** A JSON string is parsed as {@code fromJson} parses it; other tokens go to {@link #fromToken}. */
        @Override
        public final T fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                int before = errors.size();
                return Streamed.clean(parse(p.getText(), null, Loc.body(), errors), errors, before);
            }
            return fromToken(p, errors);
        }

        /**
         * The value in front of {@code p}, which is not a JSON string: by default as {@code fromJson} binds
         * its tree (a scalar node, or {@link Unbound} for anything else); numbers override it where they
         * are common.
         */
        T fromToken(JsonParser p, ValidationErrors errors) throws IOException {
            if (p.currentToken().isStructStart()) {
                throw Unbound.INSTANCE;
            }
            return Streamed.viaTree(this, p, errors);
        }
    }

    // ---------------------------------------------------------------- integers

    /**
     * A whole number in {@code [min, max]}. Out of range is reported like a Pydantic constraint
     * ({@code less_than_equal} with {@code ctx.le}, or {@code greater_than_equal} with {@code ctx.ge}),
     * because Python ints have no range: the Java type's bounds are this field's constraint.
     */
    static final class Whole<T> extends Scalar<T> {
        private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
        private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

        private final long min;
        private final long max;

        /** The range of {@code byte}, {@code short}, {@code int} or {@code long}: {@code T} is its box. */
        Whole(long min, long max) {
            this.min = min;
            this.max = max;
        }

        /**
         * {@code value} in {@code T}'s box. A branch per width rather than a {@code LongFunction} per binder: the
         * four functions would make one megamorphic call for every whole number bound.
         */
        @SuppressWarnings("unchecked") // the constructor's range says which box T is
        private T box(long value) {
            Object boxed;
            if (max == Integer.MAX_VALUE) {
                boxed = (int) value;
            } else if (max == Long.MAX_VALUE) {
                boxed = value;
            } else if (max == Short.MAX_VALUE) {
                boxed = (short) value;
            } else {
                boxed = (byte) value;
            }
            return (T) boxed;
        }

        @Override
        T parse(String text, Object input, Loc loc, ValidationErrors errors) {
            BigInteger value = parseInteger(text);
            if (value == null) {
                errors.add("int_parsing", loc, INT_PARSING, input);
                return null;
            }
            return inRange(value, input, loc, errors);
        }

        @Override
        public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isIntegralNumber()) {
                if (node.canConvertToLong()) {
                    return inRange(node.longValue(), node, loc, errors);
                }
                return inRange(node.bigIntegerValue(), node, loc, errors);
            }
            if (node.isNumber()) {
                BigInteger whole = wholeFromFloat(node, loc, errors);
                return whole == null ? null : inRange(whole, node, loc, errors);
            }
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            if (node.isBoolean()) {
                return box(node.booleanValue() ? 1 : 0);
            }
            errors.add("int_type", loc, INT_TYPE, node);
            return null;
        }

        /** An integer that fits a {@code long}, and booleans, without a tree; the rest as {@code fromJson}. */
        @Override
        T fromToken(JsonParser p, ValidationErrors errors) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                int before = errors.size();
                return Streamed.clean(inRange(p.getLongValue(), null, Loc.body(), errors), errors, before);
            }
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return box(token == JsonToken.VALUE_TRUE ? 1 : 0);
            }
            return super.fromToken(p, errors);
        }

        private T inRange(BigInteger value, Object input, Loc loc, ValidationErrors errors) {
            if (value.compareTo(LONG_MIN) < 0) {
                return inRange(Long.MIN_VALUE, true, input, loc, errors);
            }
            if (value.compareTo(LONG_MAX) > 0) {
                return inRange(Long.MAX_VALUE, true, input, loc, errors);
            }
            return inRange(value.longValue(), input, loc, errors);
        }

        private T inRange(long value, Object input, Loc loc, ValidationErrors errors) {
            return inRange(value, false, input, loc, errors);
        }

        private T inRange(long value, boolean beyondLong, Object input, Loc loc, ValidationErrors errors) {
            if (value > max || (beyondLong && value == Long.MAX_VALUE)) {
                Checks.aboveBound(errors, loc, input, max, Long.toString(max), true);
                return null;
            }
            if (value < min || (beyondLong && value == Long.MIN_VALUE)) {
                Checks.belowBound(errors, loc, input, min, Long.toString(min), true);
                return null;
            }
            return box(value);
        }
    }

    /** An unbounded whole number. */
    static final class Big extends Scalar<BigInteger> {
        @Override
        BigInteger parse(String text, Object input, Loc loc, ValidationErrors errors) {
            BigInteger value = parseInteger(text);
            if (value == null) {
                errors.add("int_parsing", loc, INT_PARSING, input);
            }
            return value;
        }

        @Override
        public BigInteger fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isIntegralNumber()) {
                return node.bigIntegerValue();
            }
            if (node.isNumber()) {
                return wholeFromFloat(node, loc, errors);
            }
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            if (node.isBoolean()) {
                return node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
            }
            errors.add("int_type", loc, INT_TYPE, node);
            return null;
        }
    }

    /** A JSON float for an int field: accepted when it has no fractional part ({@code 5.0}). */
    private static BigInteger wholeFromFloat(JsonNode node, Loc loc, ValidationErrors errors) {
        double d = node.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            errors.add("finite_number", loc, FINITE_NUMBER, node);
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            errors.add("int_from_float", loc, INT_FROM_FLOAT, node);
            return null;
        }
        return value.toBigInteger();
    }

    /**
     * Python's {@code int(str)} as Pydantic applies it: surrounding whitespace, a sign, single
     * underscores between digits, and a fraction of zeros ({@code "5.00"}) are accepted.
     */
    static BigInteger parseInteger(String text) {
        String s = text.strip();
        int end = s.length();
        int dot = s.indexOf('.');
        if (dot >= 0) {
            for (int i = dot + 1; i < end; i++) {
                if (s.charAt(i) != '0') {
                    return null;
                }
            }
            end = dot;
        }
        int start = 0;
        if (end > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            start = 1;
        }
        if (start == end) {
            return null;
        }
        StringBuilder digits = null;
        boolean previousDigit = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits != null) {
                    digits.append(c);
                }
                previousDigit = true;
            } else if (c == '_' && previousDigit && i + 1 < end) {
                if (digits == null) {
                    digits = new StringBuilder(end).append(s, 0, i);
                }
                previousDigit = false;
            } else {
                return null;
            }
        }
        if (!previousDigit) {
            return null;
        }
        String plain = digits != null ? digits.toString() : s.substring(0, end);
        if (plain.length() - start <= 18) {
            return BigInteger.valueOf(Long.parseLong(plain));
        }
        return new BigInteger(plain);
    }

    // ---------------------------------------------------------------- floats

    // Python's float() grammar: digits with single underscores, an optional fraction and exponent.
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    /** Python's {@code float(str)}: also {@code inf}, {@code infinity} and {@code nan}, any case, signed. */
    static Double parseDouble(String text) {
        String s = text.strip();
        if (FLOAT.matcher(s).matches()) {
            return Double.parseDouble(s.indexOf('_') >= 0 ? s.replace("_", "") : s);
        }
        String word = s.toLowerCase(java.util.Locale.ROOT);
        boolean negative = word.startsWith("-");
        if (negative || word.startsWith("+")) {
            word = word.substring(1);
        }
        return switch (word) {
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> null;
        };
    }

    /** A {@code double}, or a {@code float} checked against {@link Float#MAX_VALUE}. */
    static final class Real<T> extends Scalar<T> {
        private final double limit;

        /** The largest {@code float} or {@code double}: {@code T} is its box. */
        Real(double limit) {
            this.limit = limit;
        }

        /** {@code value} in {@code T}'s box (a branch, not a megamorphic {@code DoubleFunction} call). */
        @SuppressWarnings("unchecked") // the constructor's limit says which box T is
        private T box(double value) {
            Object boxed = limit == Float.MAX_VALUE ? (Object) (float) value : (Object) value;
            return (T) boxed;
        }

        @Override
        T parse(String text, Object input, Loc loc, ValidationErrors errors) {
            Double value = parseDouble(text);
            if (value == null) {
                errors.add("float_parsing", loc, FLOAT_PARSING, input);
                return null;
            }
            return inRange(value, input, loc, errors);
        }

        @Override
        public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isNumber()) {
                return inRange(node.doubleValue(), node, loc, errors);
            }
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            if (node.isBoolean()) {
                return box(node.booleanValue() ? 1 : 0);
            }
            errors.add("float_type", loc, FLOAT_TYPE, node);
            return null;
        }

        @Override
        T fromToken(JsonParser p, ValidationErrors errors) throws IOException {
            JsonToken token = p.currentToken();
            if (token.isNumeric()) {
                int before = errors.size();
                return Streamed.clean(inRange(p.getDoubleValue(), null, Loc.body(), errors), errors, before);
            }
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return box(token == JsonToken.VALUE_TRUE ? 1 : 0);
            }
            return super.fromToken(p, errors);
        }

        private T inRange(double value, Object input, Loc loc, ValidationErrors errors) {
            if (!Double.isInfinite(value) && !Double.isNaN(value)) {
                if (value > limit) {
                    Checks.aboveBound(errors, loc, input, limit, Double.toString(limit), true);
                    return null;
                }
                if (value < -limit) {
                    Checks.belowBound(errors, loc, input, -limit, Double.toString(-limit), true);
                    return null;
                }
            }
            return box(value);
        }
    }

    /** {@link BigDecimal}: strings, ints and floats; {@code NaN} and infinities are not finite decimals. */
    static final class Decimal extends Scalar<BigDecimal> {
        @Override
        BigDecimal parse(String text, Object input, Loc loc, ValidationErrors errors) {
            String s = text.strip();
            if (s.indexOf('_') >= 0 && FLOAT.matcher(s).matches()) {
                s = s.replace("_", "");
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                Double special = parseDouble(s);
                if (special != null && (special.isNaN() || special.isInfinite())) {
                    errors.add("finite_number", loc, FINITE_NUMBER, input);
                } else {
                    errors.add("decimal_parsing", loc, DECIMAL_PARSING, input);
                }
                return null;
            }
        }

        /** Numbers as {@code fromJson} reads their tree nodes, without the node. */
        @Override
        BigDecimal fromToken(JsonParser p, ValidationErrors errors) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new BigDecimal(p.getBigIntegerValue())
                        : BigDecimal.valueOf(p.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal literal = shortFloat(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                if (literal != null) {
                    return literal;
                }
                // the text of the double, as the tree's DoubleNode gives it (asText)
                int before = errors.size();
                return Streamed.clean(
                        parse(Double.toString(p.getDoubleValue()), null, Loc.body(), errors), errors, before);
            }
            return super.fromToken(p, errors);
        }

        /**
         * The decimal a JSON float literal binds to, {@code new BigDecimal(Double.toString(double))}, read
         * from the literal itself when that is sure to give the same value and scale; otherwise {@code null}.
         * It is sure for a plain literal ({@code -?digits.digits}, no exponent) of at most 15 significant
         * digits between 0.001 and 10^7: such a decimal survives the trip through a double, so the double's
         * shortest text has the same digits, trailing zeros dropped down to one place ({@code 100.00} is
         * {@code 100.0}), and {@code Double.toString} writes plain notation in that range. This skips the
         * parse, the double's printing and the second parse (checked against them in {@code BindersTest}).
         */
        static BigDecimal shortFloat(char[] text, int offset, int length) {
            int end = offset + length;
            int i = offset;
            boolean negative = i < end && text[i] == '-';
            if (negative) {
                i++;
            }
            long unscaled = 0;
            int significant = 0; // digits from the first non-zero one, zeros included
            int lastNonZero = 0; // significant digits up to the last non-zero one
            int point = -1; // significant digits before the point
            int leadingFractionZeros = 0; // zeros between the point and the first significant digit
            for (; i < end; i++) {
                char c = text[i];
                if (c == '.') {
                    if (point >= 0) {
                        return null;
                    }
                    point = significant;
                } else if (c >= '0' && c <= '9') {
                    if (c == '0' && significant == 0) {
                        if (point >= 0) {
                            leadingFractionZeros++;
                        }
                        continue;
                    }
                    if (++significant > 15) {
                        return null;
                    }
                    unscaled = unscaled * 10 + (c - '0');
                    if (c != '0') {
                        lastNonZero = significant;
                    }
                } else {
                    return null; // an exponent, or not a number
                }
            }
            if (point < 0 || significant == 0 || point > 7 || (point == 0 && leadingFractionZeros > 2)) {
                return null; // no point, zero, 10^7 or more, below 0.001
            }
            // drop the trailing zeros; keep at least one place
            int scale = Math.max(1, lastNonZero - point + leadingFractionZeros);
            unscaled /= POWERS_OF_TEN[significant - lastNonZero];
            int shift = scale - (lastNonZero - point + leadingFractionZeros);
            unscaled *= POWERS_OF_TEN[shift];
            return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        }

        private static final long[] POWERS_OF_TEN = {
            1L,
            10L,
            100L,
            1_000L,
            10_000L,
            100_000L,
            1_000_000L,
            10_000_000L,
            100_000_000L,
            1_000_000_000L,
            10_000_000_000L,
            100_000_000_000L,
            1_000_000_000_000L,
            10_000_000_000_000L,
            100_000_000_000_000L,
            1_000_000_000_000_000L
        };

        @Override
        public BigDecimal fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isIntegralNumber() || node.isBigDecimal()) {
                return node.decimalValue();
            }
            if (node.isNumber()) {
                // As Python's Decimal(str(float)): the shortest text of the double, not its binary expansion.
                return parse(node.asText(), node, loc, errors);
            }
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("decimal_type", loc, DECIMAL_TYPE, node);
            return null;
        }
    }

    // ---------------------------------------------------------------- booleans

    /** Pydantic's words for booleans, compared case-insensitively. */
    static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "on", "t", "true", "y", "yes" -> Boolean.TRUE;
            case "0", "off", "f", "false", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    static final class Bool extends Scalar<Boolean> {
        @Override
        Boolean parse(String text, Object input, Loc loc, ValidationErrors errors) {
            Boolean value = parseBoolean(text);
            if (value == null) {
                errors.add("bool_parsing", loc, BOOL_PARSING, input);
            }
            return value;
        }

        @Override
        Boolean fromToken(JsonParser p, ValidationErrors errors) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return super.fromToken(p, errors);
        }

        @Override
        public Boolean fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            if (node.isNumber()) {
                // 0 and 1 (also 0.0 and 1.0) are booleans in lax mode; other numbers are not.
                double d = node.doubleValue();
                if (d == 0 || d == 1) {
                    return d == 1;
                }
                errors.add("bool_parsing", loc, BOOL_PARSING, node);
                return null;
            }
            errors.add("bool_type", loc, BOOL_TYPE, node);
            return null;
        }
    }

    // ---------------------------------------------------------------- strings

    /** A string: JSON strings only (Pydantic v2 does not turn numbers into strings). */
    static final class Text implements Binder<String> {
        @Override
        public String fromString(String raw, Loc loc, ValidationErrors errors) {
            return raw;
        }

        @Override
        public String fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            throw Unbound.INSTANCE;
        }

        @Override
        public String fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return node.textValue();
            }
            errors.add("string_type", loc, STRING_TYPE, node);
            return null;
        }
    }

    /** One UTF-16 character: a string of length 1, reported with Pydantic's length errors. */
    static final class Char extends Scalar<Character> {
        @Override
        Character parse(String text, Object input, Loc loc, ValidationErrors errors) {
            if (text.isEmpty()) {
                Checks.tooShort(errors, loc, input, 1);
                return null;
            }
            if (text.length() > 1) {
                Checks.tooLong(errors, loc, input, 1);
                return null;
            }
            return text.charAt(0);
        }

        @Override
        public Character fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("string_type", loc, STRING_TYPE, node);
            return null;
        }
    }

    // ---------------------------------------------------------------- UUIDs

    static final class Uuid extends Scalar<UUID> {
        private static final int[] GROUP_STARTS = {0, 9, 14, 19, 24};
        private static final int[] GROUP_LENGTHS = {8, 4, 4, 4, 12};

        @Override
        UUID parse(String text, Object input, Loc loc, ValidationErrors errors) {
            Object parsed = parseUuid(text);
            if (parsed instanceof UUID uuid) {
                return uuid;
            }
            String error = (String) parsed;
            errors.add("uuid_parsing", loc, "Input should be a valid UUID, " + error, input, Map.of("error", error));
            return null;
        }

        @Override
        public UUID fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("uuid_type", loc, UUID_TYPE, node);
            return null;
        }

        /**
         * The forms Pydantic (the Rust {@code uuid} crate) accepts: 32 hex digits, the hyphenated form,
         * braces, or a {@code urn:uuid:} prefix. Returns the UUID, or the crate's error text.
         */
        static Object parseUuid(String input) {
            String s = input;
            int offset = 0;
            boolean simpleAllowed = true;
            if (s.length() >= 2 && s.startsWith("{") && s.endsWith("}")) {
                s = s.substring(1, s.length() - 1);
                offset = 1;
                simpleAllowed = false;
            } else if (s.startsWith("urn:uuid:")) {
                s = s.substring(9);
                offset = 9;
                simpleAllowed = false;
            }
            int hyphens = 0;
            int[] hyphenAt = new int[4];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '-') {
                    if (hyphens < 4) {
                        hyphenAt[hyphens] = i;
                    }
                    hyphens++;
                } else if (Character.digit(c, 16) < 0 || c > 0x7f) {
                    int cp = s.codePointAt(i);
                    return "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                            + new String(Character.toChars(cp)) + "` at "
                            + (s.substring(0, i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + offset + 1);
                }
            }
            if (hyphens == 0 && s.length() == 32) {
                return fromHex(s);
            }
            if (hyphens == 0 && simpleAllowed) {
                return "invalid length: expected length 32 for simple format, found " + input.length();
            }
            if (hyphens != 4) {
                return "invalid group count: expected 5, found " + (hyphens + 1);
            }
            for (int g = 0; g < 4; g++) {
                int expectedEnd = GROUP_STARTS[g] + GROUP_LENGTHS[g];
                if (hyphenAt[g] != expectedEnd) {
                    return "invalid group length in group " + g + ": expected " + GROUP_LENGTHS[g] + ", found "
                            + (hyphenAt[g] - GROUP_STARTS[g]);
                }
            }
            if (s.length() != 36) {
                return "invalid group length in group 4: expected 12, found " + (s.length() - GROUP_STARTS[4]);
            }
            return fromHex(s.replace("-", ""));
        }

        private static UUID fromHex(String hex32) {
            long high = Long.parseUnsignedLong(hex32.substring(0, 16), 16);
            long low = Long.parseUnsignedLong(hex32.substring(16), 16);
            return new UUID(high, low);
        }
    }

    // ---------------------------------------------------------------- enums

    /** An enum by constant name; any other input is the {@code enum} error listing the names. */
    static final class Enumerated<E extends Enum<E>> extends Scalar<E> {
        private final Map<String, E> byWireValue = new LinkedHashMap<>();
        private final String expected;
        private final Map<String, Object> ctx;

        /** {@code wireValues[i]} is how {@code values[i]} is written and read. */
        Enumerated(E[] values, String[] wireValues) {
            if (values.length != wireValues.length) {
                throw new IllegalArgumentException(
                        values.length + " constants but " + wireValues.length + " wire values");
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                byWireValue.put(wireValues[i], values[i]);
                if (i > 0) {
                    text.append(i == values.length - 1 ? " or " : ", ");
                }
                text.append('\'').append(wireValues[i]).append('\'');
            }
            this.expected = text.toString();
            this.ctx = Map.of("expected", expected);
        }

        @Override
        E parse(String text, Object input, Loc loc, ValidationErrors errors) {
            E value = byWireValue.get(text);
            if (value == null) {
                errors.add("enum", loc, "Input should be " + expected, input, ctx);
            }
            return value;
        }

        @Override
        public E fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("enum", loc, "Input should be " + expected, node, ctx);
            return null;
        }
    }
}
