package dev.kiln.processor.read;

import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.ReturnShape;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Reads a {@code @Middleware} method: its order, what its result means, and the provider the planner
 * schedules for it (parameters read like a provider's, threading annotations of the method and its class).
 * Whether it is valid is {@code MiddlewareValidator}'s question.
 */
public final class MiddlewareReader {
    private final Mirrors mirrors;
    private final ParameterReader parameters;
    private final ReturnShapeReader returns;
    private final OperationReader operations;

    MiddlewareReader(
            Mirrors mirrors, ParameterReader parameters, ReturnShapeReader returns, OperationReader operations) {
        this.mirrors = mirrors;
        this.parameters = parameters;
        this.returns = returns;
        this.operations = operations;
    }

    public MiddlewareMethod read(ExecutableElement method) {
        AnnotationMirror annotation = Mirrors.find(method, KilnNames.MIDDLEWARE);
        TypeMirror declared = method.getReturnType();
        ReturnShape.Async async = returns.async(declared);
        TypeMirror value = async == ReturnShape.Async.NONE ? declared : returns.typeArgument(declared);
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String qualifiedName = owner.getQualifiedName() + "." + method.getSimpleName();
        ProviderMethod provider = new ProviderMethod(
                method,
                owner,
                annotation,
                new DependencyKey("@Middleware " + qualifiedName, ""),
                ProviderScope.REQUEST,
                async,
                false,
                false,
                value,
                parameters.readProviderParameters(method),
                operations.threading(method),
                true,
                operations.threading(owner),
                0);
        return new MiddlewareMethod(
                method,
                annotation,
                annotation == null ? 0 : mirrors.integer(annotation, "order", 0),
                result(value),
                provider);
    }

    /** What {@code value} (the result, unwrapped from a future) means, or {@code null} for a result Kiln cannot use. */
    private MiddlewareMethod.Result result(TypeMirror value) {
        if (value.getKind() == TypeKind.VOID || Mirrors.qualifiedName(value).equals("java.lang.Void")) {
            return MiddlewareMethod.Result.GO_ON;
        }
        if (Mirrors.qualifiedName(value).equals("java.util.Optional")) {
            TypeMirror answer = returns.typeArgument(value);
            if (answer instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
                answer = wildcard.getExtendsBound();
            }
            if (Mirrors.qualifiedName(answer).equals(KilnNames.RESPONSE)) {
                return MiddlewareMethod.Result.MAYBE_ANSWER;
            }
        }
        return null;
    }
}
