package dev.kiln.processor.read;

import dev.kiln.processor.model.ExceptionHandlerMethod;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @ExceptionHandler} method. Reading never reports: what keeps Kiln from registering
 * it is recorded in {@link ExceptionHandlerMethod#problem()}, for the validator to report.
 */
public final class ExceptionHandlerReader {
    private final Elements elements;
    private final Types types;
    private final ReturnShapeReader returns;
    private final OperationReader operations;

    public ExceptionHandlerReader(
            Elements elements, Types types, ReturnShapeReader returns, OperationReader operations) {
        this.elements = elements;
        this.types = types;
        this.returns = returns;
        this.operations = operations;
    }

    public ExceptionHandlerMethod read(ExecutableElement method) {
        String problem = problem(method);
        if (problem != null) {
            return new ExceptionHandlerMethod(
                    method,
                    Mirrors.find(method, KilnNames.EXCEPTION_HANDLER),
                    null,
                    false,
                    false,
                    problem,
                    null,
                    operations.threading(method),
                    operations.threading(method.getEnclosingElement()));
        }
        TypeElement exception =
                (TypeElement) types.asElement(method.getParameters().get(0).asType());
        TypeMirror returned = method.getReturnType();
        boolean async = returns.isA(returned, KilnNames.FUTURE);
        boolean exact = async
                && isWildcardResponse(
                        ((DeclaredType) returned).getTypeArguments().get(0));
        return new ExceptionHandlerMethod(
                method,
                Mirrors.find(method, KilnNames.EXCEPTION_HANDLER),
                exception,
                async,
                exact,
                null,
                returns.read(method, returned, "application/json"),
                operations.threading(method),
                operations.threading(method.getEnclosingElement()));
    }

    /**
     * Why {@code method} is not a {@code public static (E extends Throwable, Request)} method returning
     * {@code Response<?>} or {@code Future<Response<?>>} in a class the generated registry can reach, or
     * {@code null}.
     */
    private String problem(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (!method.getModifiers().contains(Modifier.PUBLIC)
                || !method.getModifiers().contains(Modifier.STATIC)) {
            return "it is not public static";
        } else if (!reachable(method.getEnclosingElement())) {
            return "its class is not public";
        } else if (parameters.size() != 2) {
            return "it takes " + parameters.size() + " parameters instead of (exception, Request)";
        } else if (!isThrowableClass(parameters.get(0).asType())) {
            return "its first parameter, " + parameters.get(0).asType() + ", is not a non-generic exception class";
        } else if (!Mirrors.qualifiedName(parameters.get(1).asType()).equals(KilnNames.REQUEST)) {
            return "its second parameter is " + parameters.get(1).asType() + " instead of dev.kiln.Request";
        } else if (!returnsResponse(method.getReturnType())) {
            return "it returns " + method.getReturnType() + " instead of Response<?> or Future<Response<?>>";
        } else if (!method.getTypeParameters().isEmpty()) {
            return "it declares type parameters";
        }
        return null;
    }

    private static boolean reachable(Element element) {
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

    private static boolean returnsResponse(TypeMirror type) {
        if (Mirrors.qualifiedName(type).equals(KilnNames.RESPONSE)) {
            return true;
        }
        return Mirrors.qualifiedName(type).equals(KilnNames.FUTURE)
                && ((DeclaredType) type).getTypeArguments().size() == 1
                && Mirrors.qualifiedName(
                                ((DeclaredType) type).getTypeArguments().get(0))
                        .equals(KilnNames.RESPONSE);
    }

    /** {@code Response<?>}: a future of it is already the type the runtime wants. */
    private boolean isWildcardResponse(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)
                || !Mirrors.qualifiedName(type).equals(KilnNames.RESPONSE)
                || declared.getTypeArguments().size() != 1) {
            return false;
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        return argument.getKind() == TypeKind.WILDCARD
                && ((WildcardType) argument).getExtendsBound() == null
                && ((WildcardType) argument).getSuperBound() == null;
    }
}
