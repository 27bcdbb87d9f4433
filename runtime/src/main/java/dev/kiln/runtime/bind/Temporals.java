package dev.kiln.runtime.bind;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Dates and date-times in ISO 8601 / RFC 3339 form, parsed by hand so that a failure carries the
 * same explanation Pydantic's parser (speedate) gives, e.g.
 * {@code "Input should be a valid date in the format YYYY-MM-DD, month value is outside expected range of 1-12"}.
 */
final class Temporals {
    private Temporals() {}

    static final String TOO_SHORT = "input is too short";
    static final String EXTRA = "unexpected extra characters at the end of the input";

    /** Thrown inside the parser with speedate's explanation; never leaves this class. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** A cursor over the text being parsed. */
    private static final class Cursor {
        final String s;
        int at;

        Cursor(String s) {
            this.s = s;
        }

        boolean done() {
            return at >= s.length();
        }

        int digits(int count, String what) throws Invalid {
            if (at + count > s.length()) {
                throw new Invalid(TOO_SHORT);
            }
            int value = 0;
            for (int i = 0; i < count; i++) {
                char c = s.charAt(at + i);
                if (c < '0' || c > '9') {
                    throw new Invalid("invalid character in " + what);
                }
                value = value * 10 + (c - '0');
            }
            at += count;
            return value;
        }

        void expect(char c, String error) throws Invalid {
            if (done()) {
                throw new Invalid(TOO_SHORT);
            }
            if (s.charAt(at) != c) {
                throw new Invalid(error);
            }
            at++;
        }
    }

    private static LocalDate date(Cursor in) throws Invalid {
        int year = in.digits(4, "year");
        in.expect('-', "invalid date separator, expected `-`");
        int month = in.digits(2, "month");
        in.expect('-', "invalid date separator, expected `-`");
        int day = in.digits(2, "day");
        if (month < 1 || month > 12) {
            throw new Invalid("month value is outside expected range of 1-12");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Invalid("day value is outside expected range");
        }
    }

    private static LocalDate parseDate(String text) throws Invalid {
        Cursor in = new Cursor(text);
        LocalDate date = date(in);
        if (!in.done()) {
            throw new Invalid(EXTRA);
        }
        return date;
    }

    /** A date-time and its offset ({@code null} when the text has none). */
    private record Parsed(LocalDateTime local, ZoneOffset offset) {}

    private static Parsed parseDateTime(String text) throws Invalid {
        Cursor in = new Cursor(text);
        LocalDate date = date(in);
        if (in.done()) {
            return new Parsed(date.atStartOfDay(), null);
        }
        char sep = text.charAt(in.at);
        if (sep != 'T' && sep != 't' && sep != '_' && sep != ' ') {
            throw new Invalid("invalid datetime separator, expected `T`, `t`, `_` or space");
        }
        in.at++;
        int hour = in.digits(2, "hour");
        in.expect(':', "invalid time separator, expected `:`");
        int minute = in.digits(2, "minute");
        int second = 0;
        int nanos = 0;
        if (!in.done() && text.charAt(in.at) == ':') {
            in.at++;
            second = in.digits(2, "second");
            if (!in.done() && (text.charAt(in.at) == '.' || text.charAt(in.at) == ',')) {
                in.at++;
                int digits = 0;
                while (!in.done() && Character.isDigit(text.charAt(in.at))) {
                    if (digits < 9) {
                        nanos = nanos * 10 + (text.charAt(in.at) - '0');
                    }
                    digits++;
                    in.at++;
                }
                if (digits == 0) {
                    throw new Invalid("invalid character in second fraction");
                }
                for (int i = Math.min(digits, 9); i < 9; i++) {
                    nanos *= 10;
                }
            }
        }
        if (hour > 23) {
            throw new Invalid("hour value is outside expected range of 0-23");
        }
        if (minute > 59) {
            throw new Invalid("minute value is outside expected range of 0-59");
        }
        if (second > 59) {
            throw new Invalid("second value is outside expected range of 0-59");
        }
        LocalDateTime local = date.atTime(LocalTime.of(hour, minute, second, nanos));
        if (in.done()) {
            return new Parsed(local, null);
        }
        char sign = text.charAt(in.at);
        ZoneOffset offset;
        if (sign == 'Z' || sign == 'z') {
            in.at++;
            offset = ZoneOffset.UTC;
        } else if (sign == '+' || sign == '-') {
            in.at++;
            int tzHour = in.digits(2, "timezone hour");
            int tzMinute = 0;
            if (!in.done()) {
                if (text.charAt(in.at) == ':') {
                    in.at++;
                }
                tzMinute = in.digits(2, "timezone minute");
            }
            if (tzHour > 23 || tzMinute > 59) {
                throw new Invalid("timezone offset must be less than 24 hours");
            }
            int seconds = tzHour * 3600 + tzMinute * 60;
            offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        } else {
            throw new Invalid("invalid timezone sign");
        }
        if (!in.done()) {
            throw new Invalid(EXTRA);
        }
        return new Parsed(local, offset);
    }

    /** {@link LocalDate}: {@code date_parsing} / {@code date_type}. */
    static final class DateBinder extends Scalars.Scalar<LocalDate> {
        @Override
        LocalDate parse(String text, Object input, Loc loc, ValidationErrors errors) {
            try {
                return parseDate(text);
            } catch (Invalid e) {
                errors.add(
                        "date_parsing",
                        loc,
                        "Input should be a valid date in the format YYYY-MM-DD, " + e.getMessage(),
                        input,
                        Map.of("error", e.getMessage()));
                return null;
            }
        }

        @Override
        public LocalDate fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("date_type", loc, "Input should be a valid date", node);
            return null;
        }
    }

    /**
     * A date-time type: {@code datetime_parsing} / {@code datetime_type}. How a text with or without an
     * offset becomes {@code T} is {@code convert}'s choice (see {@link Binders#LOCAL_DATE_TIME} and co.).
     */
    static final class DateTimeBinder<T> extends Scalars.Scalar<T> {
        private final Function<Parsed, T> convert;

        private DateTimeBinder(Function<Parsed, T> convert) {
            this.convert = convert;
        }

        @Override
        T parse(String text, Object input, Loc loc, ValidationErrors errors) {
            try {
                return convert.apply(parseDateTime(text));
            } catch (Invalid e) {
                errors.add(
                        "datetime_parsing",
                        loc,
                        "Input should be a valid datetime, " + e.getMessage(),
                        input,
                        Map.of("error", e.getMessage()));
                return null;
            }
        }

        @Override
        public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add("datetime_type", loc, "Input should be a valid datetime", node);
            return null;
        }
    }

    /** The wall-clock time as written; an offset, if given, is dropped. */
    static DateTimeBinder<LocalDateTime> localDateTime() {
        return new DateTimeBinder<>(Parsed::local);
    }

    /** The time with its offset; a text without one is read as UTC. */
    static DateTimeBinder<OffsetDateTime> offsetDateTime() {
        return new DateTimeBinder<>(
                p -> OffsetDateTime.of(p.local(), p.offset() == null ? ZoneOffset.UTC : p.offset()));
    }

    /** The instant; a text without an offset is read as UTC. */
    static DateTimeBinder<java.time.Instant> instant() {
        return new DateTimeBinder<>(p -> p.local().toInstant(p.offset() == null ? ZoneOffset.UTC : p.offset()));
    }

    /**
     * A date or date-time in a {@code @JsonFormat(pattern = ...)} of its member, parsed as Jackson parses
     * it ({@code DateTimeFormatter.ofPattern(pattern, Locale.getDefault())}): {@code date_parsing} /
     * {@code datetime_parsing} naming the pattern, {@code date_type} / {@code datetime_type} for a value
     * that is not a string.
     */
    static final class Patterned<T> extends Scalars.Scalar<T> {
        private final String pattern;
        private final DateTimeFormatter formatter;
        private final TemporalQuery<T> query;
        private final String what;

        Patterned(String pattern, TemporalQuery<T> query, boolean date) {
            this.pattern = pattern;
            this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.getDefault());
            this.query = query;
            this.what = date ? "date" : "datetime";
        }

        @Override
        T parse(String text, Object input, Loc loc, ValidationErrors errors) {
            try {
                return formatter.parse(text, query);
            } catch (DateTimeException e) {
                String error = "expected the format " + pattern;
                errors.add(
                        what + "_parsing",
                        loc,
                        "Input should be a valid " + what + ", " + error,
                        input,
                        Map.of("error", error));
                return null;
            }
        }

        @Override
        public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (node.isTextual()) {
                return parse(node.textValue(), node, loc, errors);
            }
            errors.add(what + "_type", loc, "Input should be a valid " + what, node);
            return null;
        }
    }
}
