package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * An {@code @ExceptionHandler}: a public static {@code (E extends Throwable, Request)} method.
 *
 * @param element        the method
 * @param annotation     its {@code @ExceptionHandler}, for diagnostics
 * @param exceptionType  the exception class handled (with its subtypes); {@code null} when {@code problem} is set
 * @param async          whether it returns {@code Future<Response<?>>} rather than {@code Response<?>}
 * @param exactFuture    whether an async handler returns exactly {@code Future<Response<?>>}, so no widening is needed
 * @param problem        why Kiln cannot register it ("it is not public static"), or {@code null} when it can
 * @param returns        what it returns ({@code Response<T>}, its body {@code T} read like an operation's);
 *                       {@code null} when {@code problem} is set
 * @param threading      {@code @Blocking}/{@code @NonBlocking} on the method
 * @param classThreading {@code @Blocking}/{@code @NonBlocking} on its class
 */
public record ExceptionHandlerMethod(
        ExecutableElement element,
        AnnotationMirror annotation,
        TypeElement exceptionType,
        boolean async,
        boolean exactFuture,
        String problem,
        ReturnShape returns,
        Threading threading,
        Threading classThreading) {
    /** The owning class. */
    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }

    /** {@code Handlers.invalid}: how comments, logs and messages name it. */
    public String describe() {
        return owner().getSimpleName() + "." + element.getSimpleName();
    }

    /**
     * Whether it handles {@code dev.kiln.RequestValidationException} itself: it answers every request
     * that fails validation, instead of FastAPI's 422.
     */
    public boolean handlesValidationFailures() {
        return exceptionType != null
                && exceptionType.getQualifiedName().contentEquals("dev.kiln.RequestValidationException");
    }

    /**
     * The body type its {@code Response<T>} declares, or {@code null} for {@code Response<?>}, {@code
     * Response<Object>} and {@code Response<Void>}: what the document shows as the answer it gives.
     */
    public TypeShape declaredBody() {
        if (returns == null || returns.bodyShape() == null || returns.body() == null) {
            return null;
        }
        boolean unknown = returns.body().getKind() == TypeKind.WILDCARD
                || returns.body().getKind() == TypeKind.TYPEVAR
                || returns.body().toString().equals("java.lang.Object");
        return unknown ? null : returns.bodyShape();
    }
}
