package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.TypeShape;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Checks that every type the generated code names (parameter and member types, result types) is
 * visible from the generated class, which lives in the route class's package: otherwise the user
 * would get javac errors in generated code instead of one message on their own code.
 */
final class AccessibilityValidator {
    Report validate(RouteClass routeClass, Operation operation) {
        Report report = new Report();
        String packageName = routeClass.packageName();
        for (Parameter parameter : operation.parameters()) {
            TypeElement hidden = firstHidden(parameter.shape(), packageName, new HashSet<>());
            if (hidden != null) {
                report.error(
                        DiagnosticId.InaccessibleType,
                        parameter.element(),
                        null,
                        null,
                        "The parameter " + parameter.javaName() + " of " + operation.javaName() + " uses "
                                + hidden.getQualifiedName() + ", which the generated code in package '" + packageName
                                + "' cannot see.",
                        "Make " + hidden.getSimpleName() + " public (and the classes it is nested in).");
            }
        }
        TypeElement hidden = firstHidden(operation.returns().declared(), packageName);
        if (hidden != null) {
            report.error(
                    DiagnosticId.InaccessibleType,
                    operation.element(),
                    operation.verbAnnotation(),
                    null,
                    "The operation " + operation.javaName() + " returns " + hidden.getQualifiedName()
                            + ", which the generated code in package '" + packageName + "' cannot see.",
                    "Make " + hidden.getSimpleName() + " public (and the classes it is nested in).");
        }
        return report;
    }

    /** The first type of a shape, its members included, that code in {@code packageName} cannot name. */
    private static TypeElement firstHidden(TypeShape shape, String packageName, Set<TypeElement> seen) {
        TypeElement hidden = firstHidden(shape.type(), packageName);
        if (hidden != null) {
            return hidden;
        }
        if (shape.objectType() != null && !seen.add(shape.objectType())) {
            return null;
        }
        for (TypeShape part : shape.parts()) {
            hidden = firstHidden(part, packageName, seen);
            if (hidden != null) {
                return hidden;
            }
        }
        return null;
    }

    /** The first type mentioned by {@code type} (type arguments and array elements included) that is hidden. */
    private static TypeElement firstHidden(TypeMirror type, String packageName) {
        if (type instanceof ArrayType array) {
            return firstHidden(array.getComponentType(), packageName);
        }
        if (type instanceof WildcardType wildcard) {
            TypeMirror bound =
                    wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
            return bound == null ? null : firstHidden(bound, packageName);
        }
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (!visible(element, packageName)) {
            return element;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
            TypeElement hidden = firstHidden(argument, packageName);
            if (hidden != null) {
                return hidden;
            }
        }
        return null;
    }

    private static boolean visible(TypeElement type, String packageName) {
        boolean samePackage = packageOf(type).getQualifiedName().contentEquals(packageName);
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE) || !modifiers.contains(Modifier.PUBLIC) && !samePackage) {
                return false;
            }
        }
        return true;
    }

    private static PackageElement packageOf(Element element) {
        Element e = element;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return (PackageElement) e;
    }
}
