package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;

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
    private static CodeBlock check(Constraint c, TypeShape target) {
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
