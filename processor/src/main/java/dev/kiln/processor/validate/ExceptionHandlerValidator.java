package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.read.KilnNames;
import dev.kiln.processor.read.Mirrors;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks an {@code @ExceptionHandler}: a public static {@code (E extends Throwable, Request)} method
 * returning {@code Response<?>} or {@code Future<Response<?>>}, in a class the generated registry can reach.
 */
public final class ExceptionHandlerValidator {
    private final Elements elements;
    private final Types types;

    public ExceptionHandlerValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    public Report validate(ExecutableElement method) {
        Report report = new Report();
        List<? extends VariableElement> parameters = method.getParameters();
        String problem = null;
        if (!method.getModifiers().contains(Modifier.PUBLIC)
                || !method.getModifiers().contains(Modifier.STATIC)) {
            problem = "it is not public static";
        } else if (!reachable(method.getEnclosingElement())) {
            problem = "its class is not public";
        } else if (parameters.size() != 2) {
            problem = "it takes " + parameters.size() + " parameters instead of (exception, Request)";
        } else if (!isThrowableClass(parameters.get(0).asType())) {
            problem = "its first parameter, " + parameters.get(0).asType() + ", is not a non-generic exception class";
        } else if (!Mirrors.qualifiedName(parameters.get(1).asType()).equals(KilnNames.REQUEST)) {
            problem = "its second parameter is " + parameters.get(1).asType() + " instead of dev.kiln.Request";
        } else if (!returnsResponse(method.getReturnType())) {
            problem = "it returns " + method.getReturnType() + " instead of Response<?> or Future<Response<?>>";
        } else if (!method.getTypeParameters().isEmpty()) {
            problem = "it declares type parameters";
        }
        if (problem != null) {
            report.error(
                    DiagnosticId.BadExceptionHandler,
                    method,
                    Mirrors.find(method, KilnNames.EXCEPTION_HANDLER),
                    null,
                    "The exception handler " + method.getSimpleName() + " cannot be registered: " + problem + ".",
                    "Declare it as public static Response<?> " + method.getSimpleName()
                            + "(SomeException e, Request request) in a public class.");
        }
        return report;
    }

    private boolean reachable(Element element) {
        for (Element e = element; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private boolean isThrowableClass(TypeMirror type) {
        TypeElement throwable = elements.getTypeElement("java.lang.Throwable");
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).getTypeArguments().isEmpty()
                && ((TypeElement) ((DeclaredType) type).asElement())
                        .getTypeParameters()
                        .isEmpty()
                && types.isSubtype(type, throwable.asType())
                && ((DeclaredType) type).asElement().getModifiers().contains(Modifier.PUBLIC);
    }

    private boolean returnsResponse(TypeMirror type) {
        if (Mirrors.qualifiedName(type).equals(KilnNames.RESPONSE)) {
            return true;
        }
        return Mirrors.qualifiedName(type).equals(KilnNames.FUTURE)
                && ((DeclaredType) type).getTypeArguments().size() == 1
                && Mirrors.qualifiedName(
                                ((DeclaredType) type).getTypeArguments().get(0))
                        .equals(KilnNames.RESPONSE);
    }
}
