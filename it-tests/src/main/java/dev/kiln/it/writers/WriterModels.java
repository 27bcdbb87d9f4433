package dev.kiln.it.writers;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * What the generated JSON writers must write exactly as Jackson databind does (JsonWritersIT compares the
 * two byte for byte): every member kind, null and empty values, the Jackson annotations Kiln models, and
 * types it leaves to databind. {@link #everything(int)} makes one variant of the values per index.
 */
public final class WriterModels {
    private WriterModels() {}

    public enum PlainKind {
        ONE,
        TWO
    }

    public enum RenamedKind {
        @JsonProperty("first")
        FIRST,
        SECOND
    }

    public enum CodedKind {
        SMALL("s"),
        LARGE("l");

        private final String code;

        CodedKind(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public record Nested(String label, int rank) {}

    public record AllKinds(
            int anInt,
            long aLong,
            short aShort,
            byte aByte,
            double aDouble,
            float aFloat,
            boolean aBoolean,
            char aChar,
            Integer boxedInt,
            Long boxedLong,
            Double boxedDouble,
            Boolean boxedBoolean,
            Character boxedChar,
            String text,
            BigDecimal decimal,
            BigInteger bigInteger,
            UUID id,
            LocalDate day,
            LocalDateTime moment,
            OffsetDateTime offsetMoment,
            Instant instant,
            PlainKind plain,
            RenamedKind renamed,
            CodedKind coded,
            Nested inner,
            List<String> strings,
            Set<Integer> numbers,
            List<Nested> inners,
            List<List<Double>> matrix,
            Map<String, Nested> byName,
            Map<String, List<String>> tags,
            Optional<String> maybeText,
            Optional<Nested> maybeInner,
            @JsonProperty("renamed_member") String renamedMember,
            @JsonIgnore String ignored,
            @JsonInclude(JsonInclude.Include.NON_NULL) String nonNull,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> nonAbsent,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String nonEmptyText,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> nonEmptyList,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> nonEmptyMap,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) int nonEmptyPrimitive) {
        /** A getter Jackson also writes, after the components. */
        public String getSummary() {
            return text == null ? "none" : text.length() + " chars";
        }
    }

    /** Left out when null, every member: the class-level rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SparseValues(String a, Integer b, Optional<String> c) {}

    /** A member format only databind applies: the whole record is left to it. */
    public record DatedNote(
            @JsonFormat(pattern = "dd/MM/yyyy") LocalDate day, String note) {}

    /** An absence Kiln does not model ({@code OptionalInt}): the whole record is left to databind. */
    public record AbsentCount(
            @JsonInclude(JsonInclude.Include.NON_ABSENT) OptionalInt count, String note) {}

    /** A record that contains itself. */
    public record Branch(String name, List<Branch> children, Branch parentless) {}

    /** A generic record, written for one argument. */
    public record Paged<T>(List<T> items, int total, Optional<T> first) {}

    /** The variants of {@link AllKinds}: 0 full, 1 nulls and empties, 2 edge values, 3 odd text. */
    public static AllKinds everything(int variant) {
        return switch (variant) {
            case 0 -> full();
            case 1 -> empty();
            case 2 -> edges();
            default -> oddText();
        };
    }

    private static AllKinds full() {
        Map<String, Nested> byName = new LinkedHashMap<>();
        byName.put("b", new Nested("bee", 2));
        byName.put("a", new Nested("ay", 1));
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("colours", List.of("red", "green"));
        tags.put("none", List.of());
        return new AllKinds(
                42,
                9_000_000_000L,
                (short) 7,
                (byte) -3,
                3.14159,
                2.5f,
                true,
                'x',
                5,
                6L,
                0.1,
                false,
                'y',
                "hello",
                new BigDecimal("12345.6789"),
                new BigInteger("123456789012345678901234567890"),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(2026, 12, 2),
                LocalDateTime.of(2026, 12, 2, 16, 30),
                OffsetDateTime.of(2026, 12, 2, 16, 30, 5, 123_000_000, ZoneOffset.ofHours(2)),
                Instant.ofEpochSecond(1_800_000_000L, 500),
                PlainKind.TWO,
                RenamedKind.FIRST,
                CodedKind.LARGE,
                new Nested("inner", 1),
                List.of("a", "b"),
                new LinkedHashSet<>(List.of(3, 1, 2)),
                List.of(new Nested("i1", 1), new Nested("i2", 2)),
                List.of(List.of(1.0, 2.5), List.of()),
                byName,
                tags,
                Optional.of("maybe"),
                Optional.of(new Nested("opt", 9)),
                "renamed",
                "not written",
                "present",
                Optional.of("here"),
                "full",
                List.of("x"),
                Map.of("k", "v"),
                0);
    }

    private static AllKinds empty() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        Map<String, Nested> nullValue = new LinkedHashMap<>();
        nullValue.put("gone", null);
        return new AllKinds(
                0,
                0L,
                (short) 0,
                (byte) 0,
                0.0,
                0.0f,
                false,
                '\0',
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                withNull,
                Set.of(),
                null,
                List.of(),
                nullValue,
                null,
                Optional.empty(),
                null,
                null,
                null,
                null,
                Optional.empty(),
                "",
                List.of(),
                Map.of(),
                0);
    }

    private static AllKinds edges() {
        AllKinds full = full();
        return new AllKinds(
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Short.MIN_VALUE,
                Byte.MAX_VALUE,
                Double.NaN,
                Float.POSITIVE_INFINITY,
                true,
                '\u00e9',
                Integer.MAX_VALUE,
                Long.MIN_VALUE,
                -0.0,
                true,
                '"',
                "",
                new BigDecimal("1E+10"),
                BigInteger.ZERO,
                new UUID(0, 0),
                LocalDate.of(-5, 1, 1),
                LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1),
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                Instant.EPOCH,
                PlainKind.ONE,
                RenamedKind.SECOND,
                CodedKind.SMALL,
                new Nested(null, -1),
                List.of(),
                Set.of(),
                List.of(),
                List.of(List.of(Double.MAX_VALUE, Double.MIN_VALUE, 1e-7, 1e21)),
                Map.of(),
                Map.of(),
                Optional.of(""),
                Optional.empty(),
                "",
                "",
                "",
                Optional.of(""),
                " ",
                full.strings(),
                full.nonEmptyMap(),
                -1);
    }

    private static AllKinds oddText() {
        String odd = "quote\" backslash\\ slash/ tab\t nl\n cr\r nul\u0000 bell\u0007 del\u007f "
                + "latin é cjk 漢字 emoji 😀 lone-high \ud800x lone-low \udc00 line-sep \u2028 </script>";
        AllKinds full = full();
        Map<String, Nested> oddKeys = new LinkedHashMap<>();
        oddKeys.put(odd, new Nested(odd, 3));
        oddKeys.put("", new Nested("", 0));
        return new AllKinds(
                1,
                1L,
                (short) 1,
                (byte) 1,
                1.0,
                1.0f,
                true,
                '\n',
                1,
                1L,
                1.0,
                true,
                '\\',
                odd,
                BigDecimal.ONE.negate(),
                BigInteger.TEN,
                full.id(),
                full.day(),
                full.moment(),
                full.offsetMoment(),
                full.instant(),
                PlainKind.ONE,
                RenamedKind.FIRST,
                CodedKind.SMALL,
                new Nested(odd, 2),
                List.of(odd),
                Set.of(1),
                List.of(new Nested(odd, 1)),
                List.of(),
                oddKeys,
                Map.of(odd, List.of(odd)),
                Optional.of(odd),
                Optional.of(new Nested(odd, 4)),
                odd,
                odd,
                odd,
                Optional.of(odd),
                odd,
                List.of(odd),
                Map.of(odd, odd),
                1);
    }

    /**
     * A record with getters Jackson also writes: after the components, and an explicitly named one after the
     * others, as Jackson re-inserts explicitly named properties.
     */
    public record Derived(@JsonProperty("zed") String a, int b) {
        @JsonProperty("first")
        public String getDoubled() {
            return a == null ? null : a + a;
        }

        public int getTwice() {
            return 2 * b;
        }
    }

    /** A bean's superclass: its fields come first in Jackson's order. */
    public static class Instrument {
        private String serial;
        public int revision;

        public String getSerial() {
            return serial;
        }

        public void setSerial(String serial) {
            this.serial = serial;
        }
    }

    /**
     * A bean as Jackson writes it: fields (private with getters, and public) in declaration order, superclass
     * first, then getters without a field; explicitly named properties last (even one named as itself, and one
     * named on its setter only); {@code isX}, {@code @JsonIgnore}, {@code @JsonInclude}, a nested bean.
     */
    public static final class Gauge extends Instrument {
        private String label;
        private double reading;
        private String unit;
        private boolean calibrated;
        private String secret;
        private String note;
        private Gauge spare;
        public List<String> marks;
        private String code;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        @JsonProperty("value")
        public double getReading() {
            return reading;
        }

        @JsonProperty
        public String getUnit() {
            return unit;
        }

        public boolean isCalibrated() {
            return calibrated;
        }

        @JsonIgnore
        public String getSecret() {
            return secret;
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String getNote() {
            return note;
        }

        public Gauge getSpare() {
            return spare;
        }

        @JsonProperty("code")
        public String getCode() {
            return code;
        }

        public String getCodeName() {
            return code;
        }

        @JsonProperty("display")
        public void setDisplay(String display) {
            this.label = display;
        }

        public String getDisplay() {
            return label == null ? null : "[" + label + "]";
        }

        public String getComputed() {
            return unit == null ? null : reading + " " + unit;
        }
    }

    /**
     * A bean whose getter declares a checked exception: generated code could not call it without handling
     * it, so the whole bean is left to databind (which wraps what the getter throws).
     */
    public static final class Guarded {
        private String token = "t";
        private String label = "guarded";

        public String getToken() throws Exception {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    /** An explicitly named property listed in {@code @JsonPropertyOrder} stays where the list puts it. */
    @JsonPropertyOrder({"bee"})
    public record Listed(String a, @JsonProperty("bee") String b, String c) {
        @JsonProperty("dee")
        public String getD() {
            return "d";
        }

        public String getE() {
            return "e";
        }
    }

    /** Alphabetic order sorts explicitly named properties with the others. */
    @JsonPropertyOrder(alphabetic = true)
    public static final class Sorted {
        public String z = "z";

        @JsonProperty("bee")
        public String b = "b";

        public String c = "c";

        public void setZ(String z) {
            this.z = z;
        }
    }

    public static Derived derived(int variant) {
        return variant == 0 ? new Derived("ab", 3) : new Derived(null, -1);
    }

    public static Gauge gauge(int variant) {
        Gauge gauge = new Gauge();
        if (variant == 0) {
            gauge.setSerial("s-1");
            gauge.revision = 2;
            gauge.label = "pressure \"inner\"";
            gauge.reading = 1.5;
            gauge.unit = "bar";
            gauge.calibrated = true;
            gauge.secret = "hidden";
            gauge.note = "checked";
            gauge.marks = List.of("a", "b");
            gauge.code = "P1";
            Gauge spare = new Gauge();
            spare.label = "spare";
            gauge.spare = spare;
        }
        return gauge;
    }

    public static SparseValues sparse(int variant) {
        return variant == 0
                ? new SparseValues("a", 1, Optional.of("c"))
                : new SparseValues(null, null, Optional.empty());
    }

    public static AbsentCount absentCount(int variant) {
        return new AbsentCount(variant == 0 ? OptionalInt.of(3) : OptionalInt.empty(), "n");
    }

    public static DatedNote formatted() {
        return new DatedNote(LocalDate.of(2026, 12, 2), "note");
    }

    public static Branch tree() {
        Branch leaf = new Branch("leaf", List.of(), null);
        return new Branch("root", List.of(new Branch("branch", List.of(leaf), null), leaf), leaf);
    }

    public static Paged<AllKinds> page() {
        return new Paged<>(List.of(everything(0), everything(1)), 2, Optional.of(everything(3)));
    }
}
