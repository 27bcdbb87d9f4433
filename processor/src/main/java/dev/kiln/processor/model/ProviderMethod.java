package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Provides} method; or the provider Kiln writes itself for a {@code @Settings} record, which the
 * record's canonical constructor stands for ({@link #isSettings()}): a static singleton provider without
 * parameters, made by the generated binder.
 *
 * @param element    the method
 * @param owner      its class
 * @param annotation the {@code @Provides} annotation
 * @param key        what it provides: the return type unwrapped from {@code Future}/{@code CompletionStage}
 *                   and {@code Resource}, with its {@code @Named} qualifier
 * @param scope      request or singleton
 * @param async      whether it returns a {@code Future} or {@code CompletionStage}
 * @param resource   whether it returns a {@code Resource<T>} (after unwrapping the async type)
 * @param closeable  whether the provided type is {@code AutoCloseable} (closed after the request or at shutdown)
 * @param provided   the provided type
 * @param parameters its parameters, read like an operation's (path variables are decided per operation)
 * @param threading  {@code @Blocking}/{@code @NonBlocking} on the method
 * @param returnsVoid whether it returns {@code void} or {@code Void} (an error)
 * @param classThreading {@code @Blocking}/{@code @NonBlocking} on its class: the default for its providers
 * @param ownerConstructors the public constructors of its class (Kiln builds an instance provider's class with
 *                   its one public constructor)
 */
public record ProviderMethod(
        ExecutableElement element,
        TypeElement owner,
        AnnotationMirror annotation,
        DependencyKey key,
        ProviderScope scope,
        ReturnShape.Async async,
        boolean resource,
        boolean closeable,
        TypeMirror provided,
        List<Parameter> parameters,
        Threading threading,
        boolean returnsVoid,
        Threading classThreading,
        int ownerConstructors) {
    public ProviderMethod {
        parameters = List.copyOf(parameters);
    }

    /** Whether this is the provider of a {@code @Settings} record (its generated binder). */
    public boolean isSettings() {
        return element.getKind() == ElementKind.CONSTRUCTOR;
    }

    /** Whether it is called without an instance of its class (a {@code @Settings} binder is). */
    public boolean isStatic() {
        return isSettings() || element.getModifiers().contains(Modifier.STATIC);
    }

    /** The method's name; {@code config} for the binder of the {@code @Settings} record {@code Config}. */
    public String javaName() {
        if (isSettings()) {
            String simple = owner.getSimpleName().toString();
            return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }
        return element.getSimpleName().toString();
    }

    /** {@code Deps.connection}, {@code @Settings Config}: how plans, comments and messages name it. */
    public String describe() {
        return isSettings() ? "@Settings " + owner.getSimpleName() : owner.getSimpleName() + "." + javaName();
    }

    /** The other provided values it needs. */
    public List<Parameter> dependencies() {
        return parameters.stream().filter(p -> p.source() == Source.DEPENDENCY).toList();
    }
}
