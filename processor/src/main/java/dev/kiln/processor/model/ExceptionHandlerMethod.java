package dev.kiln.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @ExceptionHandler}: a public static {@code (E extends Throwable, Request)} method.
 *
 * @param element       the method
 * @param exceptionType the exception class handled (with its subtypes)
 * @param async         whether it returns {@code Future<Response<?>>} rather than {@code Response<?>}
 * @param exactFuture   whether an async handler returns exactly {@code Future<Response<?>>}, so no widening is needed
 */
public record ExceptionHandlerMethod(
        ExecutableElement element, TypeElement exceptionType, boolean async, boolean exactFuture) {
    /** The owning class. */
    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }
}
