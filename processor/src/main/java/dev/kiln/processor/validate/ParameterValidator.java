package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.DefaultLiterals;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Checks that every parameter can be bound from where it comes, and that every default parses. */
final class ParameterValidator {
    /** Body types already checked in this round, so a record used twice is reported once. */
    private final Set<TypeElement> checkedBodyTypes = new HashSet<>();

    Report validate(Operation operation) {
        Report report = new Report();
        for (Parameter parameter : operation.parameters()) {
            validate(operation, parameter, report);
        }
        return report;
    }

    private void validate(Operation operation, Parameter parameter, Report report) {
        if (parameter.unsupported() != null) {
            report.error(
                    DiagnosticId.UnsupportedParameterType,
                    parameter.element(),
                    parameter.sourceAnnotation(),
                    "Kiln cannot bind the parameter " + parameter.javaName() + " of " + operation.javaName() + ": "
                            + parameter.unsupported() + ".");
            return;
        }
        if (parameter.source() == Source.PATH) {
            if (parameter.defaultValue() != null) {
                report.error(
                        DiagnosticId.BadDefault,
                        parameter.element(),
                        parameter.defaultValue().annotation(),
                        null,
                        "The path parameter " + parameter.javaName() + " has a @Default, but a path parameter is "
                                + "always present.",
                        "Remove @Default, or make it a query parameter.");
            } else if (!parameter.shape().isSimple() || parameter.presence() != Presence.REQUIRED) {
                report.error(
                        DiagnosticId.PathParameterNotSimple,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        "The path parameter " + parameter.javaName() + " has type "
                                + parameter.shape().type()
                                + ", but a path segment is one always-present value.");
            }
            return;
        }
        if (parameter.defaultValue() != null
                && (parameter.source() == Source.FILE || parameter.source() == Source.RAW_BODY)) {
            report.error(
                    DiagnosticId.BadDefault,
                    parameter.element(),
                    parameter.defaultValue().annotation(),
                    null,
                    "The " + (parameter.source() == Source.FILE ? "file" : "body") + " parameter "
                            + parameter.javaName() + " has a @Default, but a "
                            + (parameter.source() == Source.FILE ? "file" : "raw body")
                            + " has no default value.",
                    "Remove @Default; declare a file that may be absent as Optional<Upload>.");
        } else if (parameter.defaultValue() != null && parameter.source() == Source.BODY && !parameter.embedded()) {
            report.error(
                    DiagnosticId.BadDefault,
                    parameter.element(),
                    parameter.defaultValue().annotation(),
                    null,
                    "The body parameter " + parameter.javaName() + " has a @Default, but it is the whole request "
                            + "body.",
                    "Declare it Optional or @Nullable, or embed it with @Body(embed = true) to give its member a "
                            + "default.");
        } else if (parameter.defaultValue() != null) {
            checkDefault(
                    parameter.element(),
                    parameter.javaName(),
                    parameter.shape(),
                    parameter.defaultValue(),
                    parameter.flattened() || parameter.source() == Source.INJECTED,
                    report);
        }
        for (Parameter member : parameter.members()) {
            if (member.defaultValue() != null) {
                checkDefault(member.element(), member.javaName(), member.shape(), member.defaultValue(), false, report);
            }
        }
        if (parameter.source() == Source.BODY) {
            checkBodyDefaults(parameter.shape(), report);
        }
    }

    private void checkBodyDefaults(TypeShape shape, Report report) {
        if (shape.objectType() != null && !checkedBodyTypes.add(shape.objectType())) {
            return;
        }
        for (Member member : shape.members()) {
            if (member.defaultValue() != null) {
                checkDefault(member.element(), member.javaName(), member.shape(), member.defaultValue(), false, report);
            }
        }
        for (TypeShape part : shape.parts()) {
            checkBodyDefaults(part, report);
        }
    }

    /**
     * Reports a {@code @Default} that cannot stand for {@code shape} ({@code neverDefaulted}: a value that has
     * no single value, like a flattened record).
     */
    static void checkDefault(
            Element element, String name, TypeShape shape, DefaultValue value, boolean neverDefaulted, Report report) {
        String problem;
        String fix = null;
        if (neverDefaulted) {
            problem = "it has no single value a default could stand for";
            fix = "Put @Default on the record's components instead.";
        } else if (shape instanceof TypeShape.OptionalShape) {
            problem = "an Optional is already empty when absent";
            fix = "Declare the plain type to use a default.";
        } else if (shape instanceof TypeShape.ListShape) {
            problem = "a list or set is empty when absent and has no default";
            fix = "Remove @Default.";
        } else {
            DefaultLiterals.Result result = DefaultLiterals.parse(value.text(), shape);
            problem = result.ok()
                    ? null
                    : "\"" + value.text() + "\" is not a valid " + shape.type() + " (" + result.error() + ")";
        }
        if (problem != null) {
            report.error(
                    DiagnosticId.BadDefault,
                    element,
                    value.annotation(),
                    value.value(),
                    "The @Default of " + name + " cannot be used: " + problem + ".",
                    fix);
        }
    }
}
