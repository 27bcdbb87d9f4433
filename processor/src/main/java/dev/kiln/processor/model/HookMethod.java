package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A static method Kiln calls outside any request, with singletons (or {@code Vertx}) as arguments: a
 * {@code @HealthCheck}, {@code @OnStartup} or {@code @OnShutdown}.
 *
 * @param element        the method
 * @param annotation     the annotation that makes it a hook
 * @param name           its name: the annotation's {@code value} when set, else the method's name
 * @param order          the annotation's {@code order} (lifespan hooks), else 0
 * @param async          whether it returns a {@code Future} or a {@code CompletionStage}
 * @param result         what it returns, unwrapped from {@code Future}/{@code CompletionStage}
 * @param resultName     the qualified name of {@code result} ({@code boolean} for the primitive)
 * @param parameters     its parameters: singleton dependencies, or injected values (only {@code Vertx} is valid)
 * @param threading      {@code @Blocking}/{@code @NonBlocking} on the method
 * @param classThreading {@code @Blocking}/{@code @NonBlocking} on its class
 */
public record HookMethod(
        ExecutableElement element,
        AnnotationMirror annotation,
        String name,
        int order,
        ReturnShape.Async async,
        TypeMirror result,
        String resultName,
        List<Parameter> parameters,
        Threading threading,
        Threading classThreading) {
    public HookMethod {
        parameters = List.copyOf(parameters);
    }

    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }

    public String javaName() {
        return element.getSimpleName().toString();
    }

    /** {@code Checks.database}: how comments, logs and messages name it. */
    public String describe() {
        return owner().getSimpleName() + "." + javaName();
    }

    /** {@code com.example.Checks.database}: where hooks of one order rank. */
    public String qualifiedName() {
        return owner().getQualifiedName() + "." + javaName();
    }
}
