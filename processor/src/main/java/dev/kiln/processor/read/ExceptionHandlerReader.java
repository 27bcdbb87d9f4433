package dev.kiln.processor.read;

import dev.kiln.processor.model.ExceptionHandlerMethod;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/** Reads an {@code @ExceptionHandler} method that passed {@code ExceptionHandlerValidator}. */
public final class ExceptionHandlerReader {
    private final Types types;
    private final ReturnShapeReader returns;

    public ExceptionHandlerReader(Types types, ReturnShapeReader returns) {
        this.types = types;
        this.returns = returns;
    }

    public ExceptionHandlerMethod read(ExecutableElement method) {
        TypeElement exception =
                (TypeElement) types.asElement(method.getParameters().get(0).asType());
        TypeMirror returned = method.getReturnType();
        boolean async = returns.isA(returned, KilnNames.FUTURE);
        boolean exact = async
                && isWildcardResponse(
                        ((DeclaredType) returned).getTypeArguments().get(0));
        return new ExceptionHandlerMethod(method, exception, async, exact);
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
