package dev.kiln.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One {@code jakarta.validation.constraints} annotation (or its {@code javax} twin) on a parameter,
 * a body member, or a type argument ({@code List<@Size(max = 5) String>}), read by name.
 *
 * @param kind      which constraint
 * @param element   the parameter, record component or bean setter it was found on (or in whose type)
 * @param mirror    the annotation, for diagnostics
 * @param bound     {@code @Min}/{@code @Max}: the value as written ({@code "0"}); {@code @DecimalMin}/
 *                  {@code @DecimalMax}: the string value; otherwise {@code null}
 * @param inclusive {@code @DecimalMin}/{@code @DecimalMax}: whether the bound itself is allowed
 * @param min       {@code @Size}: {@code min}; {@code @Digits}: {@code integer}
 * @param max       {@code @Size}: {@code max}; {@code @Digits}: {@code fraction}
 * @param regexp    {@code @Pattern}: the regular expression; otherwise {@code null}
 * @param flags     {@code @Pattern}: the names of its {@code flags}; otherwise empty
 */
public record Constraint(
        Kind kind,
        Element element,
        AnnotationMirror mirror,
        String bound,
        boolean inclusive,
        int min,
        int max,
        String regexp,
        List<String> flags) {
    public Constraint {
        flags = List.copyOf(flags);
    }

    /**
     * Whether {@code other} demands what this does, wherever each was written: the same annotation with the same
     * values (a record component's annotation, which javac copies to its field, accessor and parameter, is one
     * rule; {@code @Size(max = 5)} on a bean's field and {@code @Size(min = 1)} on its setter are two).
     */
    public boolean sameRule(Constraint other) {
        return kind == other.kind
                && (kind != Kind.UNSUPPORTED
                        || mirror.getAnnotationType()
                                .toString()
                                .equals(other.mirror.getAnnotationType().toString()))
                && Objects.equals(bound, other.bound)
                && inclusive == other.inclusive
                && min == other.min
                && max == other.max
                && Objects.equals(regexp, other.regexp)
                && flags.equals(other.flags);
    }

    /** The order checks run in, which decides the one error a value gets when several fail. */
    public static final Comparator<Constraint> CHECK_ORDER = Comparator.comparing(Constraint::kind);

    /**
     * The constraints Kiln generates checks for, in the order they run: presence first, then size,
     * then content, as Pydantic checks a string's length before its pattern.
     */
    public enum Kind {
        NOT_NULL("NotNull", Target.ANY),
        NOT_EMPTY("NotEmpty", Target.SIZED),
        NOT_BLANK("NotBlank", Target.TEXT),
        SIZE("Size", Target.SIZED),
        PATTERN("Pattern", Target.TEXT),
        EMAIL("Email", Target.TEXT),
        DIGITS("Digits", Target.NUMBER),
        MIN("Min", Target.NUMBER),
        DECIMAL_MIN("DecimalMin", Target.NUMBER),
        POSITIVE("Positive", Target.NUMBER),
        POSITIVE_OR_ZERO("PositiveOrZero", Target.NUMBER),
        MAX("Max", Target.NUMBER),
        DECIMAL_MAX("DecimalMax", Target.NUMBER),
        NEGATIVE("Negative", Target.NUMBER),
        NEGATIVE_OR_ZERO("NegativeOrZero", Target.NUMBER),
        /** Any other constraint of the package ({@code @Past}, {@code @AssertTrue}, ...): Kiln does not check it. */
        UNSUPPORTED("", Target.ANY);

        private final String simpleName;
        private final Target target;

        Kind(String simpleName, Target target) {
            this.simpleName = simpleName;
            this.target = target;
        }

        /** The annotation's simple name ({@code Min}). */
        public String simpleName() {
            return simpleName;
        }

        /** What types it applies to. */
        public Target target() {
            return target;
        }

        /** The kind of a constraint annotation's simple name; {@link #UNSUPPORTED} for one Kiln does not check. */
        public static Kind ofSimpleName(String simpleName) {
            for (Kind kind : values()) {
                if (kind.simpleName.equals(simpleName)) {
                    return kind;
                }
            }
            return UNSUPPORTED;
        }
    }

    /** The types a constraint applies to. */
    public enum Target {
        /** Any value. */
        ANY("any type"),
        /** Numbers: primitives and boxes of integers and floating point, {@code BigDecimal}, {@code BigInteger}. */
        NUMBER("numbers (int, long, double, BigDecimal, ...)"),
        /** {@code String}. */
        TEXT("String"),
        /** {@code String}, {@code List}, {@code Set} and {@code Map}. */
        SIZED("String, List, Set and Map");

        private final String description;

        Target(String description) {
            this.description = description;
        }

        /** The types, as a message names them. */
        public String description() {
            return description;
        }
    }

    /** The annotation as written in a message: {@code @Size}. */
    public String annotationName() {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }
}
