package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;

/** Checks that an operation is a method the generated code can call, with one verb and one threading rule. */
final class OperationValidator {
    Report validate(Operation operation) {
        Report report = new Report();
        if (!operation.element().getModifiers().contains(Modifier.PUBLIC)) {
            report.error(
                    DiagnosticId.OperationNotPublic,
                    operation.element(),
                    operation.verbAnnotation(),
                    "The operation " + operation.javaName() + " is not public, so the generated code cannot call it.");
        }
        if (operation.element().getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(
                    DiagnosticId.OperationNotPublic,
                    operation.element(),
                    operation.verbAnnotation(),
                    null,
                    "The operation " + operation.javaName() + " is abstract, so there is no code to call.",
                    "Give the method a body.");
        }
        if (!operation.element().getTypeParameters().isEmpty()) {
            report.error(
                    DiagnosticId.UnsupportedParameterType,
                    operation.element(),
                    operation.verbAnnotation(),
                    null,
                    "The operation " + operation.javaName() + " declares type parameters, which an HTTP request "
                            + "cannot choose.",
                    "Use concrete types.");
        }
        if (operation.verbAnnotations().size() > 1) {
            AnnotationMirror second = operation.verbAnnotations().get(1);
            report.error(
                    DiagnosticId.MultipleHttpMethods,
                    operation.element(),
                    second,
                    "The method " + operation.javaName() + " is annotated with both @"
                            + simpleName(operation.verbAnnotation()) + " and @" + simpleName(second) + ".");
        }
        ThreadingValidator.check(operation.element(), operation.threading(), report);
        return report;
    }

    private static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
