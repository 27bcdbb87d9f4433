package dev.kiln.processor.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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

    private DefaultLiterals() {
    }

    /**
     * A parsed default.
     *
     * @param shape the simple or enum shape it was parsed for
     * @param value the parsed value: a box, {@code String}, {@code BigDecimal}, a {@code java.time} value,
     *              a {@code UUID}, or the enum constant's name
     */
    public record Parsed(TypeShape shape, Object value) {
    }

    /** The outcome of parsing: the value, or why it does not parse. */
    public record Result(Parsed parsed, String error) {
        public boolean ok() {
            return parsed != null;
        }
    }

    /** Parses {@code text} as a value of {@code shape} (a simple or enum shape). */
    public static Result parse(String text, TypeShape shape) {
        if (shape instanceof TypeShape.EnumShape enumShape) {
            return enumShape.constants().contains(text)
                    ? ok(shape, text)
                    : fail("it is not a constant of " + enumShape.element().getSimpleName() + " "
                            + enumShape.constants());
        }
        if (!(shape instanceof TypeShape.Simple simple)) {
            return fail("defaults are only supported for simple types and enums");
        }
        try {
            return switch (simple.kind()) {
                case BOOLEAN -> parseBoolean(shape, text);
                case BYTE -> ok(shape, Byte.parseByte(text.trim()));
                case SHORT -> ok(shape, Short.parseShort(text.trim()));
                case INT -> ok(shape, Integer.parseInt(text.trim()));
                case LONG -> ok(shape, Long.parseLong(text.trim()));
                case FLOAT -> finite(shape, Float.parseFloat(text.trim()));
                case DOUBLE -> finite(shape, Double.parseDouble(text.trim()));
                case CHAR -> text.length() == 1 ? ok(shape, text.charAt(0)) : fail("it is not one character");
                case STRING -> ok(shape, text);
                case UUID -> CANONICAL_UUID.matcher(text.trim()).matches()
                        ? ok(shape, java.util.UUID.fromString(text.trim()))
                        : fail("it is not a UUID such as 123e4567-e89b-12d3-a456-426614174000");
                case BIG_DECIMAL -> ok(shape, new BigDecimal(text.trim()));
                case BIG_INTEGER -> ok(shape, new BigInteger(text.trim()));
                case LOCAL_DATE -> ok(shape, LocalDate.parse(text.trim()));
                case LOCAL_DATE_TIME -> ok(shape, LocalDateTime.parse(text.trim()));
                case OFFSET_DATE_TIME -> ok(shape, OffsetDateTime.parse(text.trim()));
                case INSTANT -> ok(shape, Instant.parse(text.trim()));
            };
        } catch (NumberFormatException e) {
            return fail("it is not a valid " + simple.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " number in range");
        } catch (DateTimeParseException e) {
            return fail("it is not an ISO-8601 " + simple.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
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
