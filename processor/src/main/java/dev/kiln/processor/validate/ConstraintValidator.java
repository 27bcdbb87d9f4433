package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Checks that every Bean Validation constraint Kiln generates a check for applies to the type it is
 * on ({@code [kiln/ConstraintNotApplicable]}) and has values that make sense
 * ({@code [kiln/BadConstraint]}): on parameters, flattened parameter records, and body types at any
 * depth, type arguments included. A constraint on an {@code Optional} applies to its value. A constraint
 * inside a class Kiln leaves to Jackson (a {@code @JsonCreator} class) is never checked: a
 * {@code [kiln/UnsupportedConstraint]} warning.
 */
final class ConstraintValidator {
    private static final Set<SimpleKind> NUMBERS = Set.of(
            SimpleKind.BYTE,
            SimpleKind.SHORT,
            SimpleKind.INT,
            SimpleKind.LONG,
            SimpleKind.FLOAT,
            SimpleKind.DOUBLE,
            SimpleKind.BIG_DECIMAL,
            SimpleKind.BIG_INTEGER);

    /**
     * Every constraint problem of the operations of one route class; a record used by several of them
     * is checked once, so each problem is reported once.
     */
    Report validate(List<Operation> operations) {
        Report report = new Report();
        Set<TypeElement> visited = new HashSet<>();
        for (Operation operation : operations) {
            validate(operation, visited, report);
        }
        return report;
    }

    private void validate(Operation operation, Set<TypeElement> visited, Report report) {
        for (Parameter parameter : operation.parameters()) {
            if (parameter.source() == Source.INJECTED || parameter.unsupported() != null) {
                continue;
            }
            if (parameter.flattened()) {
                for (Parameter member : parameter.members()) {
                    check(member.constraints(), member.shape(), report);
                    walk(member.shape(), visited, report);
                }
                continue;
            }
            check(parameter.constraints(), parameter.shape(), report);
            walk(parameter.shape(), visited, report);
        }
    }

    /** The constraints on one value of {@code shape} (a setting), and those inside it (on type arguments). */
    void validateValue(List<Constraint> constraints, TypeShape shape, Report report) {
        check(constraints, shape, report);
        walk(shape, new HashSet<>(), report);
    }

    /** The constraints inside {@code shape}: on type arguments, and on record and bean members at any depth. */
    private void walk(TypeShape shape, Set<TypeElement> visited, Report report) {
        if (shape instanceof TypeShape.Opaque opaque && opaque.view() instanceof TypeShape.PojoShape pojo) {
            unchecked(pojo, pojo.element(), visited, report);
            return;
        }
        for (TypeShape.Constrained part : shape.partConstraints()) {
            check(part.constraints(), part.shape(), report);
        }
        TypeElement object = shape.objectType();
        if (object != null && !visited.add(object)) {
            return;
        }
        for (Member member : shape.members()) {
            check(member.constraints(), member.shape(), report);
        }
        for (TypeShape part : shape.parts()) {
            walk(part, visited, report);
        }
    }

    /**
     * The constraints inside a class Jackson reads ({@code reader}: neither a record nor a bean, such as a
     * class with a {@code @JsonCreator}), on the members it reads and at any depth below them: nothing checks
     * them, so each is a warning.
     */
    private void unchecked(TypeShape shape, TypeElement reader, Set<TypeElement> visited, Report report) {
        TypeShape seen = shape instanceof TypeShape.Opaque opaque && opaque.view() != null ? opaque.view() : shape;
        for (TypeShape.Constrained part : seen.partConstraints()) {
            part.constraints().forEach(constraint -> warnUnchecked(constraint, reader, report));
        }
        if (!(seen instanceof TypeShape.ObjectShape object)) {
            seen.parts().forEach(part -> unchecked(part, reader, visited, report));
            return;
        }
        if (!visited.add(object.element())) {
            return;
        }
        for (Member member : object.properties()) {
            if (member.isRead()) {
                member.constraints().forEach(constraint -> warnUnchecked(constraint, reader, report));
                unchecked(member.shape(), reader, visited, report);
            }
        }
    }

    private static void warnUnchecked(Constraint constraint, TypeElement reader, Report report) {
        report.warning(
                DiagnosticId.UnsupportedConstraint,
                constraint.element(),
                constraint.mirror(),
                constraint.annotationName() + " is not checked: Kiln leaves reading " + reader.getSimpleName()
                        + " to Jackson, which does not validate (Kiln binds records, and beans: a public "
                        + "no-argument constructor and public setters, none declaring a checked exception, no "
                        + "@JsonCreator). Make it a record or such a bean for Kiln to check it.");
    }

    /** Checks {@code constraints} written on a use of {@code declared}. */
    private static void check(List<Constraint> constraints, TypeShape declared, Report report) {
        boolean optional = declared instanceof TypeShape.OptionalShape;
        TypeShape target = declared instanceof TypeShape.OptionalShape o ? o.value() : declared;
        Set<AnnotationMirror> misplaced = new HashSet<>();
        for (Constraint constraint : constraints) {
            if (constraint.kind() == Constraint.Kind.UNSUPPORTED) {
                report.warning(
                        DiagnosticId.UnsupportedConstraint,
                        constraint.element(),
                        constraint.mirror(),
                        constraint.annotationName() + " is not checked: Kiln generates checks for @Min, @Max, "
                                + "@Positive, @PositiveOrZero, @Negative, @NegativeOrZero, @DecimalMin, @DecimalMax, "
                                + "@Digits, @Size, @NotBlank, @NotEmpty, @NotNull, @Pattern and @Email.");
                continue;
            }
            if (constraint.kind() == Constraint.Kind.NOT_NULL && optional) {
                report.error(
                        DiagnosticId.ConstraintNotApplicable,
                        constraint.element(),
                        constraint.mirror(),
                        null,
                        "@NotNull on an Optional contradicts it: an Optional may be empty.",
                        "Remove @NotNull to allow an absent value, or declare the plain type to require one.");
                continue;
            }
            if (!applies(constraint.kind().target(), target)) {
                if (!misplaced.add(constraint.mirror())) {
                    continue; // one annotation, two rules (an @Email with a regexp): said once
                }
                report.error(
                        DiagnosticId.ConstraintNotApplicable,
                        constraint.element(),
                        constraint.mirror(),
                        null,
                        constraint.annotationName() + " applies to "
                                + constraint.kind().target().description() + ", not to " + typeName(target) + ".",
                        hint(constraint, target));
                continue;
            }
            WrongValues problem = problem(constraint);
            if (problem != null) {
                report.error(
                        DiagnosticId.BadConstraint,
                        constraint.element(),
                        constraint.mirror(),
                        null,
                        problem.what(),
                        problem.fix());
            }
        }
    }

    /** The type as the user wrote it, without its annotations: {@code int}, {@code String}, {@code List}. */
    private static String typeName(TypeShape shape) {
        TypeMirror type = shape.type();
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        return type instanceof DeclaredType declared
                ? declared.asElement().getSimpleName().toString()
                : type.getKind().name().toLowerCase(Locale.ROOT);
    }

    private static boolean applies(Constraint.Target target, TypeShape shape) {
        return switch (target) {
            case ANY -> true;
            case NUMBER -> shape instanceof TypeShape.Simple simple && NUMBERS.contains(simple.kind());
            case TEXT -> isString(shape);
            case SIZED ->
                isString(shape) || shape instanceof TypeShape.ListShape || shape instanceof TypeShape.MapShape;
        };
    }

    private static boolean isString(TypeShape shape) {
        return shape instanceof TypeShape.Simple simple && simple.kind() == SimpleKind.STRING;
    }

    /** How to fix a misapplied constraint: the constraint that says the same for this type, if any, else the catalogue's. */
    private static String hint(Constraint constraint, TypeShape target) {
        boolean number = applies(Constraint.Target.NUMBER, target);
        boolean sized = applies(Constraint.Target.SIZED, target);
        if (number && constraint.kind() == Constraint.Kind.SIZE) {
            return "To bound a number, use @Min and @Max.";
        }
        if (sized && constraint.kind().target() == Constraint.Target.NUMBER) {
            return "To bound a length or a number of items, use @Size.";
        }
        return null;
    }

    /** What is wrong with a constraint's values, and the fix. */
    private record WrongValues(String what, String fix) {}

    /** What is wrong with the values of an applicable constraint, or {@code null}. */
    private static WrongValues problem(Constraint c) {
        switch (c.kind()) {
            case SIZE -> {
                if (c.min() < 0 || c.max() < c.min()) {
                    return new WrongValues(
                            "@Size(min = " + c.min() + ", max = " + c.max() + ") admits no size.",
                            "Use 0 <= min <= max.");
                }
            }
            case DIGITS -> {
                if (c.min() < 0 || c.max() < 0) {
                    return new WrongValues(
                            "@Digits(integer = " + c.min() + ", fraction = " + c.max() + ") counts digits, which "
                                    + "cannot be negative.",
                            "Use integer >= 0 and fraction >= 0.");
                }
            }
            case DECIMAL_MIN, DECIMAL_MAX -> {
                try {
                    new BigDecimal(c.bound());
                } catch (NumberFormatException e) {
                    return new WrongValues(
                            c.annotationName() + "(\"" + c.bound() + "\") is not a decimal number.",
                            "Write it like \"2.5\".");
                }
            }
            case PATTERN -> {
                if (!c.flags().isEmpty()) {
                    return new WrongValues(
                            c.annotationName() + " flags are not supported.",
                            "Write them inline in the expression, e.g. \"(?i)abc\" for CASE_INSENSITIVE.");
                }
                try {
                    Pattern.compile(c.regexp());
                } catch (PatternSyntaxException e) {
                    return new WrongValues(
                            c.annotationName() + "(regexp = \"" + c.regexp()
                                    + "\") is not a valid Java regular expression: " + e.getDescription()
                                    + " near index " + e.getIndex() + ".",
                            "Fix the expression.");
                }
            }
            default -> {
                // no values to get wrong
            }
        }
        return null;
    }
}
