package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @ExceptionHandler}: a public static {@code (E extends Throwable, Request)} method.
 *
 * @param element       the method
 * @param annotation    its {@code @ExceptionHandler}, for diagnostics
 * @param exceptionType the exception class handled (with its subtypes); {@code null} when {@code problem} is set
 * @param async         whether it returns {@code Future<Response<?>>} rather than {@code Response<?>}
 * @param exactFuture   whether an async handler returns exactly {@code Future<Response<?>>}, so no widening is needed
 * @param problem       why Kiln cannot register it ("it is not public static"), or {@code null} when it can
 */
public record ExceptionHandlerMethod(
        ExecutableElement element,
        AnnotationMirror annotation,
        TypeElement exceptionType,
        boolean async,
        boolean exactFuture,
        String problem) {
    /** The owning class. */
    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }
}
