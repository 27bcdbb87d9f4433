package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.processor.graph.Dispatch;
import dev.kiln.processor.graph.ExecutionPlanner;
import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the route module's {@code healthChecks(AppContext)}: one {@code HealthCheckDef} per
 * {@code @HealthCheck}, with its singletons from the registry, where it runs and why said the way the
 * operations say it.
 */
final class HealthChecksWriter {
    private static final ClassName HEALTH_CHECK_DEF = ClassName.get("dev.kiln.runtime", "HealthCheckDef");

    /** {@code checks}: valid, sorted by name. */
    MethodSpec healthChecks(List<HookMethod> checks) {
        List<CodeBlock> definitions = new ArrayList<>();
        for (HookMethod check : checks) {
            definitions.add(definition(check));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("healthChecks")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, HEALTH_CHECK_DEF))
                .addParameter(RuntimeTypes.APP_CONTEXT, "app");
        boolean singletons =
                checks.stream().flatMap(c -> c.parameters().stream()).anyMatch(p -> p.source() == Source.DEPENDENCY);
        if (singletons) {
            method.addStatement("$T $N = app.singletons()", RuntimeTypes.SINGLETON_REGISTRY, SingletonsWriter.REGISTRY);
        }
        return method.addStatement("return $T.of(\n$L)", RuntimeTypes.LIST, CodeBlock.join(definitions, ",\n"))
                .build();
    }

    /**
     * {@code // worker[default]: returns a plain value} then
     * {@code HealthCheckDef.worker("database", "Checks.database", "default", () -> Checks.database(...))}.
     */
    private static CodeBlock definition(HookMethod check) {
        Dispatch dispatch = ExecutionPlanner.dispatch(check);
        ClassName owner = ClassName.get(check.owner());
        String javaMethod = String.join(".", owner.simpleNames()) + "." + check.javaName();
        CodeBlock call =
                CodeBlock.of("$T.$N($L)", owner, check.javaName(), SingletonsWriter.arguments(check.parameters()));
        boolean async = check.async() == ReturnShape.Async.FUTURE;
        CodeBlock.Builder code = CodeBlock.builder().add("// $L\n", dispatch.describe());
        if (dispatch.isEventLoop()) {
            code.add(
                    "$T.eventLoop($S, $S, () -> $L)",
                    HEALTH_CHECK_DEF,
                    check.name(),
                    javaMethod,
                    async ? call : CodeBlock.of("$T.succeededFuture($L)", RuntimeTypes.FUTURE, call));
        } else {
            code.add(
                    "$T.worker($S, $S, $S, () -> $L)",
                    HEALTH_CHECK_DEF,
                    check.name(),
                    javaMethod,
                    dispatch.pool(),
                    // @Blocking on a Future-returning check: its worker waits for the future
                    async ? CodeBlock.of("$L.await()", call) : call);
        }
        return code.build();
    }
}
