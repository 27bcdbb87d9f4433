package dev.kiln.processor;

import dev.kiln.processor.read.KilnNames;
import dev.kiln.processor.read.Mirrors;
import dev.kiln.processor.read.OperationReader;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds types that do not exist yet in the signatures of a class's operations and handlers: such a
 * class waits for a later round, when another processor may have generated them.
 */
final class Unresolved {
    private Unresolved() {}

    static boolean in(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (OperationReader.verbAnnotations(method).isEmpty()
                    && Mirrors.find(method, KilnNames.EXCEPTION_HANDLER) == null) {
                continue;
            }
            Set<TypeElement> seen = new HashSet<>();
            if (isError(method.getReturnType(), seen)) {
                return true;
            }
            for (VariableElement parameter : method.getParameters()) {
                if (isError(parameter.asType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code type}, its type arguments, or the components of a record it names do not exist yet. */
    private static boolean isError(TypeMirror type, Set<TypeElement> seen) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType declared) {
            TypeElement element = (TypeElement) declared.asElement();
            if (element.getKind() == ElementKind.RECORD
                    && seen.add(element)
                    && element.getRecordComponents().stream().anyMatch(c -> isError(c.asType(), seen))) {
                return true;
            }
            return declared.getTypeArguments().stream().anyMatch(a -> isError(a, seen));
        }
        if (type instanceof ArrayType array) {
            return isError(array.getComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null && isError(wildcard.getExtendsBound(), seen)
                    || wildcard.getSuperBound() != null && isError(wildcard.getSuperBound(), seen);
        }
        return false;
    }
}
