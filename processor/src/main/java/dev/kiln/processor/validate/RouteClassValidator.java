package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.RouteClass;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Checks that the generated code can reach the route class, and build it when it has instance operations. */
final class RouteClassValidator {
    Report validate(RouteClass routeClass) {
        Report report = new Report();
        TypeElement type = routeClass.element();
        ThreadingValidator.check(type, routeClass.threading(), report);
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            report.error(
                    DiagnosticId.OperationNotPublic,
                    type,
                    null,
                    null,
                    "The operations of a local or anonymous class cannot be called by generated code.",
                    "Move them to a top-level or static nested class.");
            return report;
        }
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                report.error(
                        DiagnosticId.OperationNotPublic,
                        type,
                        null,
                        null,
                        "The operations of " + type.getSimpleName() + " cannot be called by the generated code because "
                                + t.getSimpleName() + " is private.",
                        "Make it public or package-private.");
                return report;
            }
        }
        if (!routeClass.hasInstanceOperations()) {
            return report;
        }
        String why = null;
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            why = "it is not a concrete class";
        } else if (type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)) {
            why = "it is an inner class, which needs an instance of its enclosing class";
        } else if (!type.getTypeParameters().isEmpty()) {
            why = "it declares type parameters";
        } else if (routeClass.usableConstructors() != 1) {
            why = "it has " + (routeClass.usableConstructors() == 0 ? "no" : "more than one")
                    + " non-private constructor, so Kiln cannot tell which one to call";
        }
        if (why != null) {
            report.error(
                    DiagnosticId.RouteClassNotInstantiable,
                    type,
                    "Kiln cannot create " + type.getSimpleName() + " for its instance operations: " + why + ".");
        }
        return report;
    }
}
