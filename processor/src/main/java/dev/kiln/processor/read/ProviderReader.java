package dev.kiln.processor.read;

import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.ReturnShape;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Provides} method into a {@link ProviderMethod}: the provided type (the return type
 * unwrapped from {@code Future}/{@code CompletionStage}, then from {@code Resource}), its scope, and
 * its parameters, read like an operation's.
 */
public final class ProviderReader {
    private final Elements elements;
    private final Types types;
    private final Mirrors mirrors;
    private final DependencyKeys keys;
    private final ParameterReader parameters;
    private final ReturnShapeReader returns;
    private final OperationReader operations;

    public ProviderReader(
            Elements elements,
            Types types,
            Mirrors mirrors,
            DependencyKeys keys,
            ParameterReader parameters,
            ReturnShapeReader returns,
            OperationReader operations) {
        this.elements = elements;
        this.types = types;
        this.mirrors = mirrors;
        this.keys = keys;
        this.parameters = parameters;
        this.returns = returns;
        this.operations = operations;
    }

    /** What {@code method} provides; known before any parameter is read, so that parameters can ask for it. */
    public DependencyKey keyOf(ExecutableElement method) {
        return keys.of(provided(method), keys.qualifier(method));
    }

    public ProviderMethod read(ExecutableElement method) {
        AnnotationMirror annotation = Mirrors.find(method, KilnNames.PROVIDES);
        ProviderScope scope = mirrors.string(annotation, "scope").equals("SINGLETON")
                ? ProviderScope.SINGLETON
                : ProviderScope.REQUEST;
        TypeMirror declared = method.getReturnType();
        ReturnShape.Async async = returns.async(declared);
        TypeMirror value = async == ReturnShape.Async.NONE ? declared : returns.typeArgument(declared);
        boolean resource = Mirrors.qualifiedName(value).equals(KilnNames.RESOURCE);
        TypeMirror provided = provided(method);
        boolean returnsVoid = provided.getKind() == TypeKind.VOID
                || Mirrors.qualifiedName(provided).equals("java.lang.Void");
        TypeElement autoCloseable = elements.getTypeElement("java.lang.AutoCloseable");
        boolean closeable = !returnsVoid
                && provided.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(provided), autoCloseable.asType());
        return new ProviderMethod(
                method,
                (TypeElement) method.getEnclosingElement(),
                annotation,
                keyOf(method),
                scope,
                async,
                resource,
                closeable,
                provided,
                parameters.readProviderParameters(method),
                operations.threading(method),
                returnsVoid,
                operations.threading(method.getEnclosingElement()),
                publicConstructors(owner(method)).size());
    }

    private static TypeElement owner(ExecutableElement method) {
        return (TypeElement) method.getEnclosingElement();
    }

    /** The public constructors of {@code owner}. */
    private static List<ExecutableElement> publicConstructors(TypeElement owner) {
        return RouteClassReader.usableConstructors(owner).stream()
                .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
                .toList();
    }

    /** The singleton dependencies of the one public constructor of an instance provider's class. */
    public List<Parameter> ownerDependencies(TypeElement owner) {
        return publicConstructors(owner).stream()
                .findFirst()
                .map(c -> parameters.readConstructorParameters(c.getParameters()))
                .orElse(List.of());
    }

    /** The return type without {@code Future}/{@code CompletionStage}, then without {@code Resource}. */
    private TypeMirror provided(ExecutableElement method) {
        TypeMirror type = method.getReturnType();
        if (returns.isA(type, KilnNames.FUTURE) || returns.isA(type, KilnNames.COMPLETION_STAGE)) {
            type = returns.typeArgument(type);
        }
        if (Mirrors.qualifiedName(type).equals(KilnNames.RESOURCE)) {
            type = returns.typeArgument(type);
        }
        return type;
    }
}
