package dev.kiln.processor.model;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses a {@code @Default} at compile time, so that a bad default is a compile error and the
 * generated code holds a Java literal. The validator and the code generator share this one parser.
 */
public final class DefaultLiterals {
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DefaultLiterals() {}

    /**
     * A parsed default.
     *
     * @param shape the simple or enum shape it was parsed for
     * @param value the parsed value: a box, {@code String}, {@code BigDecimal}, a {@code java.time} value,
     *              a {@code UUID}, or the enum constant's name (the default is written as its wire value)
     */
    public record Parsed(TypeShape shape, Object value) {}

    /** The outcome of parsing: the value, or why it does not parse. */
    public record Result(Parsed parsed, String error) {
        public boolean ok() {
            return parsed != null;
        }
    }

    /** Parses {@code text} as a value of {@code shape} (a simple or enum shape). */
    public static Result parse(String text, TypeShape shape) {
        if (shape instanceof TypeShape.EnumShape enumShape) {
            if (!enumShape.valuesKnown()) {
                return fail("the values of " + enumShape.element().getSimpleName() + " come from its @JsonValue "
                        + "member, which only running code can tell");
            }
            String constant = enumShape.constantOf(text);
            return constant != null
                    ? ok(shape, constant)
                    : fail("it is not a value of " + enumShape.element().getSimpleName() + " "
                            + enumShape.wireValues());
        }
        if (!(shape instanceof TypeShape.Simple simple)) {
            return fail("defaults are only supported for simple types and enums");
        }
        String trimmed = text.trim();
        try {
            return switch (simple.kind()) {
                case BOOLEAN -> parseBoolean(shape, trimmed);
                case BYTE -> ok(shape, Byte.parseByte(trimmed));
                case SHORT -> ok(shape, Short.parseShort(trimmed));
                case INT -> ok(shape, Integer.parseInt(trimmed));
                case LONG -> ok(shape, Long.parseLong(trimmed));
                case FLOAT -> finite(shape, Float.parseFloat(trimmed));
                case DOUBLE -> finite(shape, Double.parseDouble(trimmed));
                case CHAR -> text.length() == 1 ? ok(shape, text.charAt(0)) : fail("it is not exactly one character");
                case STRING -> ok(shape, text);
                case UUID ->
                    CANONICAL_UUID.matcher(trimmed).matches()
                            ? ok(shape, java.util.UUID.fromString(trimmed))
                            : fail("it is not a UUID such as 123e4567-e89b-12d3-a456-426614174000");
                case BIG_DECIMAL -> ok(shape, new BigDecimal(trimmed));
                case BIG_INTEGER -> ok(shape, new BigInteger(trimmed));
                case LOCAL_DATE -> ok(shape, LocalDate.parse(trimmed, formatter(simple, ISO_LOCAL_DATE)));
                case LOCAL_DATE_TIME -> ok(shape, LocalDateTime.parse(trimmed, formatter(simple, ISO_LOCAL_DATE_TIME)));
                case OFFSET_DATE_TIME ->
                    ok(shape, OffsetDateTime.parse(trimmed, formatter(simple, ISO_OFFSET_DATE_TIME)));
                case INSTANT -> ok(shape, Instant.parse(trimmed));
            };
        } catch (NumberFormatException e) {
            return fail(
                    switch (simple.kind()) {
                        case BYTE -> "it is not a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
                        case SHORT -> "it is not a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
                        case INT -> "it is not a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
                        case LONG -> "it is not a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
                        case BIG_INTEGER -> "it is not a whole number";
                        default -> "it is not a number";
                    });
        } catch (DateTimeParseException e) {
            if (simple.pattern() != null) {
                return fail("it does not match the @JsonFormat pattern " + simple.pattern());
            }
            return fail(
                    switch (simple.kind()) {
                        case LOCAL_DATE -> "it is not an ISO-8601 date such as 2024-01-31";
                        case LOCAL_DATE_TIME -> "it is not an ISO-8601 date-time such as 2024-01-31T10:15:30";
                        case OFFSET_DATE_TIME ->
                            "it is not an ISO-8601 date-time with an offset such as 2024-01-31T10:15:30+01:00";
                        default -> "it is not an ISO-8601 instant such as 2024-01-31T10:15:30Z";
                    });
        }
    }

    /** The member's {@code @JsonFormat} pattern, as Jackson applies it, else ISO 8601. */
    private static DateTimeFormatter formatter(TypeShape.Simple simple, DateTimeFormatter iso) {
        return simple.pattern() == null ? iso : DateTimeFormatter.ofPattern(simple.pattern(), Locale.getDefault());
    }

    private static Result parseBoolean(TypeShape shape, String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return ok(shape, Boolean.valueOf(lower));
        }
        return fail("it is not true or false");
    }

    private static Result finite(TypeShape shape, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return fail("it is not a finite number");
        }
        return ok(shape, ((TypeShape.Simple) shape).kind() == SimpleKind.FLOAT ? (Object) (float) value : value);
    }

    private static Result ok(TypeShape shape, Object value) {
        return new Result(new Parsed(shape, value), null);
    }

    private static Result fail(String error) {
        return new Result(null, error);
    }
}
