package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Middleware} method: run before the operations it applies to, planned with their
 * dependencies. Generated code calls it like a static request-scoped provider, which {@link #provider()}
 * describes to the planner (its key names the method, so no dependency can ask for it).
 *
 * @param element  the method
 * @param annotation the {@code @Middleware} annotation
 * @param order    the annotation's {@code order}
 * @param result   what the method's value means: go on, or maybe answer; {@code null} when it returns
 *                 something else (an error)
 * @param provider the method as the planner schedules it: its parameters, async kind and threading
 */
public record MiddlewareMethod(
        ExecutableElement element, AnnotationMirror annotation, int order, Result result, ProviderMethod provider) {

    /** What the method returns. */
    public enum Result {
        /** {@code void}, {@code Future<Void>}, {@code CompletionStage<Void>}: it goes on unless it throws. */
        GO_ON,
        /** {@code Optional<Response<?>>}, or a {@code Future}/{@code CompletionStage} of one: present answers. */
        MAYBE_ANSWER
    }

    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }

    public String javaName() {
        return element.getSimpleName().toString();
    }

    /** {@code Filters.audit}: how comments and messages name it. */
    public String describe() {
        return owner().getSimpleName() + "." + javaName();
    }

    /** {@code com.example.Filters.audit}: where middleware of one order rank. */
    public String qualifiedName() {
        return owner().getQualifiedName() + "." + javaName();
    }

    /** Its parameters, read like a provider's. */
    public List<Parameter> parameters() {
        return provider.parameters();
    }

    /** The async kind of its result. */
    public ReturnShape.Async async() {
        return provider.async();
    }
}
