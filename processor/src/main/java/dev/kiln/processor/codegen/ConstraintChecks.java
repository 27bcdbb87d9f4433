package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.TypeShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * Writes Bean Validation constraints as checks chained onto a binder expression:
 * {@code Binders.INT.check(Checks.min(0))}, {@code Binders.STRING.check(Checks.length(1, 20))}. The
 * constraints were validated, so each one applies to its value's type.
 */
final class ConstraintChecks {
    private ConstraintChecks() {}

    /** {@code binder} followed by a check per constraint, in {@link Constraint#CHECK_ORDER}. */
    static CodeBlock checked(CodeBlock binder, List<Constraint> constraints, TypeShape target) {
        CodeBlock result = binder;
        for (CodeBlock check : checks(constraints, target)) {
            result = CodeBlock.of("$L.check($L)", result, check);
        }
        return result;
    }

    /** The {@code Checks} calls of {@code constraints} on a value of {@code target}, in order. */
    static List<CodeBlock> checks(List<Constraint> constraints, TypeShape target) {
        List<CodeBlock> checks = new ArrayList<>();
        for (Constraint constraint : constraints) {
            CodeBlock check = check(constraint, target);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * The one check on a collection of repeated values ({@code @Size} and {@code @NotEmpty} folded into
     * one bound pair), or {@code null} when there is none.
     */
    static CodeBlock collectionCheck(List<Constraint> constraints) {
        int min = 0;
        int max = Integer.MAX_VALUE;
        for (Constraint c : constraints) {
            if (c.kind() == Constraint.Kind.SIZE) {
                min = Math.max(min, c.min());
                max = Math.min(max, c.max());
            } else if (c.kind() == Constraint.Kind.NOT_EMPTY) {
                min = Math.max(min, 1);
            }
        }
        return size(min, max, "Items");
    }

    /** The {@code Checks} call for one constraint, or {@code null} when it needs no check of its own. */
    static CodeBlock check(Constraint c, TypeShape target) {
        return switch (c.kind()) {
            case NOT_NULL -> null; // decided by presence: the value is required
            case UNSUPPORTED -> null; // reported as a warning
            case NOT_EMPTY -> size(1, Integer.MAX_VALUE, noun(target));
            case NOT_BLANK -> checks("notBlank()");
            case SIZE -> size(c.min(), c.max(), noun(target));
            case PATTERN -> CodeBlock.of("$T.pattern($S)", RuntimeTypes.CHECKS, c.regexp());
            case EMAIL -> checks("email()");
            case DIGITS -> CodeBlock.of("$T.digits($L, $L)", RuntimeTypes.CHECKS, c.min(), c.max());
            case MIN -> CodeBlock.of("$T.min($L)", RuntimeTypes.CHECKS, longLiteral(c.bound()));
            case MAX -> CodeBlock.of("$T.max($L)", RuntimeTypes.CHECKS, longLiteral(c.bound()));
            case DECIMAL_MIN -> CodeBlock.of("$T.decimalMin($S, $L)", RuntimeTypes.CHECKS, c.bound(), c.inclusive());
            case DECIMAL_MAX -> CodeBlock.of("$T.decimalMax($S, $L)", RuntimeTypes.CHECKS, c.bound(), c.inclusive());
            case POSITIVE -> checks("positive()");
            case POSITIVE_OR_ZERO -> checks("positiveOrZero()");
            case NEGATIVE -> checks("negative()");
            case NEGATIVE_OR_ZERO -> checks("negativeOrZero()");
        };
    }

    /**
     * A condition that holds when the primitive {@code value} of {@code kind} may fail {@code c}, written as
     * plain comparisons ({@code age < 0}, {@code !(score >= 0.5)}), or {@code null} when the constraint has no
     * such form (then its {@code Checks} call runs on the boxed value). For a generated reader, which gives up
     * on the first failure and lets the tree binder report it: the condition is false only for values the
     * {@code Checks} call passes. A floating-point bound is compared as a {@code double} only when the
     * {@code double} is the bound exactly (as {@code Checks} compares it then); the negated form fails NaN, as
     * {@code Checks} does.
     */
    static CodeBlock primitiveFailure(Constraint c, TypeKind kind, String value) {
        boolean whole =
                kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.INT || kind == TypeKind.LONG;
        boolean floating = kind == TypeKind.FLOAT || kind == TypeKind.DOUBLE;
        if (!whole && !floating) {
            return null;
        }
        String bound;
        String passes; // the comparison a passing value meets
        switch (c.kind()) {
            case MIN -> {
                bound = c.bound();
                passes = ">=";
            }
            case MAX -> {
                bound = c.bound();
                passes = "<=";
            }
            case DECIMAL_MIN -> {
                bound = c.bound();
                passes = c.inclusive() ? ">=" : ">";
            }
            case DECIMAL_MAX -> {
                bound = c.bound();
                passes = c.inclusive() ? "<=" : "<";
            }
            case POSITIVE -> {
                bound = "0";
                passes = ">";
            }
            case POSITIVE_OR_ZERO -> {
                bound = "0";
                passes = ">=";
            }
            case NEGATIVE -> {
                bound = "0";
                passes = "<";
            }
            case NEGATIVE_OR_ZERO -> {
                bound = "0";
                passes = "<=";
            }
            default -> {
                return null;
            }
        }
        BigDecimal exact = new BigDecimal(bound);
        if (whole) {
            // a whole bound within the member type's range; a fractional one (@DecimalMin("0.5") on an int) and
            // one beyond the type (@Max(200) on a byte: a comparison with a constant outcome, which linters
            // refuse) are left to Checks
            BigDecimal plain = exact.stripTrailingZeros();
            if (plain.scale() > 0
                    || plain.compareTo(BigDecimal.valueOf(lowest(kind))) < 0
                    || plain.compareTo(BigDecimal.valueOf(highest(kind))) > 0) {
                return null;
            }
            return CodeBlock.of("$N $L $L", value, negation(passes), longLiteral(plain.toPlainString()));
        }
        double asDouble = exact.doubleValue();
        if (!Double.isFinite(asDouble) || new BigDecimal(asDouble).compareTo(exact) != 0) {
            return null;
        }
        return CodeBlock.of("!($N $L $L)", value, passes, doubleLiteral(asDouble));
    }

    /** The least value of a whole primitive type. */
    private static long lowest(TypeKind kind) {
        return switch (kind) {
            case BYTE -> Byte.MIN_VALUE;
            case SHORT -> Short.MIN_VALUE;
            case INT -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** The greatest value of a whole primitive type. */
    private static long highest(TypeKind kind) {
        return switch (kind) {
            case BYTE -> Byte.MAX_VALUE;
            case SHORT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** The comparison that holds exactly when {@code passes} does not, between two whole numbers. */
    private static String negation(String passes) {
        return switch (passes) {
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            case "<" -> ">=";
            default -> throw new IllegalArgumentException(passes);
        };
    }

    /** A {@code double} literal javac reads back as {@code value}: {@code 0.0}, {@code 100.0}, {@code 0.5}, {@code 1.0E22}. */
    private static String doubleLiteral(double value) {
        return Double.toString(value);
    }

    /** What {@code @Size} counts in a value of {@code target}: {@code Length}, {@code Items} or {@code Entries}. */
    private static String noun(TypeShape target) {
        if (target instanceof TypeShape.Simple simple && simple.kind() == SimpleKind.STRING) {
            return "Length";
        }
        return target instanceof TypeShape.MapShape ? "Entries" : "Items";
    }

    /**
     * {@code Checks.minLength(2)}, {@code maxItems(5)}, {@code entries(1, 3)}: the one-sided form when only
     * one bound is set, as a reader would write it; none when neither is.
     */
    private static CodeBlock size(int min, int max, String noun) {
        boolean lower = min > 0;
        boolean upper = max != Integer.MAX_VALUE;
        if (lower && upper) {
            return CodeBlock.of(
                    "$T.$N($L, $L)", RuntimeTypes.CHECKS, noun.toLowerCase(java.util.Locale.ROOT), min, max);
        }
        if (lower) {
            return CodeBlock.of("$T.$N($L)", RuntimeTypes.CHECKS, "min" + noun, min);
        }
        return upper ? CodeBlock.of("$T.$N($L)", RuntimeTypes.CHECKS, "max" + noun, max) : null;
    }

    private static CodeBlock checks(String call) {
        return CodeBlock.of("$T.$L", RuntimeTypes.CHECKS, call);
    }

    /** A {@code long} bound as a literal: {@code 0}, or {@code 10000000000L} beyond the {@code int} range. */
    private static String longLiteral(String bound) {
        long value = Long.parseLong(bound);
        return value == (int) value ? Long.toString(value) : value + "L";
    }
}
