package dev.kiln.processor.read;

import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.ReturnShape;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a static hook method ({@code @HealthCheck}, {@code @OnStartup}, {@code @OnShutdown}): its name and
 * order, what it returns, its parameters (singletons, {@code Vertx}) and its threading annotations.
 * Whether it is valid is {@code HookValidator}'s question.
 */
public final class HookReader {
    private final Mirrors mirrors;
    private final ParameterReader parameters;
    private final ReturnShapeReader returns;
    private final OperationReader operations;

    public HookReader(
            Mirrors mirrors, ParameterReader parameters, ReturnShapeReader returns, OperationReader operations) {
        this.mirrors = mirrors;
        this.parameters = parameters;
        this.returns = returns;
        this.operations = operations;
    }

    /** The hook {@code annotation} (a qualified name) makes of {@code method}. */
    public HookMethod read(ExecutableElement method, String annotation) {
        AnnotationMirror mirror = Mirrors.find(method, annotation);
        String named = mirror == null ? "" : mirrors.string(mirror, "value");
        TypeMirror declared = method.getReturnType();
        ReturnShape.Async async = returns.async(declared);
        TypeMirror result = async == ReturnShape.Async.NONE ? declared : returns.typeArgument(declared);
        return new HookMethod(
                method,
                mirror,
                named.isEmpty() ? method.getSimpleName().toString() : named,
                mirror == null ? 0 : mirrors.integer(mirror, "order", 0),
                async,
                result,
                Mirrors.qualifiedName(result),
                parameters.readHookParameters(method.getParameters()),
                operations.threading(method),
                operations.threading(method.getEnclosingElement()));
    }
}
