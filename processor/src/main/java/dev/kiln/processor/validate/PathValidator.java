package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Source;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/** Checks the path template and that its variables and the path parameters match one to one. */
final class PathValidator {
    Report validate(Operation operation) {
        return validate(operation, false);
    }

    /**
     * @param providersMayBind whether the operation has dependencies, whose providers may read path
     *                         variables too: {@code graph.RouteClassDependencies} then checks for unbound variables
     */
    Report validate(Operation operation, boolean providersMayBind) {
        Report report = new Report();
        AnnotationValue value = explicitValue(operation);
        List<String> problems = operation.path().problems();
        for (String problem : problems) {
            report.error(
                    DiagnosticId.MalformedPathTemplate,
                    operation.element(),
                    operation.verbAnnotation(),
                    value,
                    "The path template of " + operation.javaName() + " is malformed: " + problem + ".");
        }
        if (!problems.isEmpty()) {
            return report;
        }
        List<Parameter> pathParameters = operation.parameters().stream()
                .filter(p -> p.source() == Source.PATH)
                .toList();
        for (String variable : operation.path().variables()) {
            if (!providersMayBind
                    && pathParameters.stream().noneMatch(p -> p.wireName().equals(variable))) {
                report.error(
                        DiagnosticId.UnboundPathVariable,
                        operation.element(),
                        operation.verbAnnotation(),
                        value,
                        "The path variable {" + variable + "} of "
                                + operation.path().template() + " has no parameter.",
                        "Add a parameter named " + variable + ", or annotate one with @Path(\"" + variable + "\").");
            }
        }
        for (Parameter parameter : pathParameters) {
            if (!operation.path().variables().contains(parameter.wireName())) {
                report.error(
                        DiagnosticId.UnknownPathVariable,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        null,
                        "The path parameter " + parameter.javaName() + " reads {" + parameter.wireName()
                                + "}, which is not in the path "
                                + operation.path().template() + ".",
                        "Add {" + parameter.wireName() + "} to the path, or name one of "
                                + operation.path().variables() + ".");
            }
        }
        return report;
    }

    /** The path as written on the verb annotation, or {@code null} when it is the default. */
    private static AnnotationValue explicitValue(Operation operation) {
        return operation.verbAnnotation().getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst()
                .orElse(null);
    }
}
