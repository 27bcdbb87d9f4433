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
 * Writes the route module's methods that hand static hooks to the host: {@code healthChecks(AppContext)}
 * ({@code HealthCheckDef}s), {@code startupHooks(AppContext)} and {@code shutdownHooks(AppContext)}
 * ({@code LifespanHookDef}s). Each hook is one definition, with its singletons from the registry, where it
 * runs and why said the way the operations say it:
 *
 * <pre>{@code
 * // worker[default]: returns a plain value
 * LifespanHookDef.worker("com.example.Hooks.flush", "Hooks.flush", 0, "default", () -> {
 *     Hooks.flush(singletons.get("com.example.Cache"));
 *     return null;
 * })
 * }</pre>
 */
final class HooksWriter {
    private static final ClassName HEALTH_CHECK_DEF = ClassName.get("dev.kiln.runtime", "HealthCheckDef");
    private static final ClassName LIFESPAN_HOOK_DEF = ClassName.get("dev.kiln.runtime", "LifespanHookDef");

    /** {@code healthChecks}: one {@code HealthCheckDef} per check, sorted by name; it answers a boolean. */
    MethodSpec healthChecks(List<HookMethod> checks) {
        List<CodeBlock> definitions = new ArrayList<>();
        for (HookMethod check : checks) {
            Dispatch dispatch = ExecutionPlanner.dispatch(check);
            CodeBlock call = call(check);
            boolean async = check.async() == ReturnShape.Async.FUTURE;
            CodeBlock body = dispatch.isEventLoop()
                    ? async ? call : CodeBlock.of("$T.succeededFuture($L)", RuntimeTypes.FUTURE, call)
                    // @Blocking on a Future-returning check: its worker waits for the future
                    : async ? CodeBlock.of("$L.await()", call) : call;
            definitions.add(definition(
                    HEALTH_CHECK_DEF, CodeBlock.of("$S, $S", check.name(), javaMethod(check)), dispatch, body));
        }
        return method("healthChecks", HEALTH_CHECK_DEF, checks, definitions);
    }

    /** {@code startupHooks} or {@code shutdownHooks} ({@code name}): one {@code LifespanHookDef} per hook, in order. */
    MethodSpec lifespanHooks(String name, List<HookMethod> hooks) {
        List<CodeBlock> definitions = new ArrayList<>();
        for (HookMethod hook : hooks) {
            Dispatch dispatch = ExecutionPlanner.dispatch(hook);
            CodeBlock call = call(hook);
            CodeBlock future = switch (hook.async()) {
                case FUTURE -> call;
                case COMPLETION_STAGE -> CodeBlock.of("$T.fromCompletionStage($L)", RuntimeTypes.FUTURE, call);
                case NONE -> null;
            };
            CodeBlock body;
            if (dispatch.isEventLoop()) {
                body = future != null
                        ? CodeBlock.of("$L.mapEmpty()", future)
                        : CodeBlock.of("{\n$>$L;\nreturn $T.succeededFuture();\n$<}", call, RuntimeTypes.FUTURE);
            } else {
                // @Blocking on an async hook: its worker waits for the future
                body = CodeBlock.of(
                        "{\n$>$L;\nreturn null;\n$<}", future != null ? CodeBlock.of("$L.await()", future) : call);
            }
            definitions.add(definition(
                    LIFESPAN_HOOK_DEF,
                    CodeBlock.of("$S, $S, $L", hook.qualifiedName(), javaMethod(hook), hook.order()),
                    dispatch,
                    body));
        }
        return method(name, LIFESPAN_HOOK_DEF, hooks, definitions);
    }

    private static MethodSpec method(
            String name, ClassName definitionType, List<HookMethod> hooks, List<CodeBlock> definitions) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, definitionType))
                .addParameter(RuntimeTypes.APP_CONTEXT, "app");
        boolean singletons =
                hooks.stream().flatMap(h -> h.parameters().stream()).anyMatch(p -> p.source() == Source.DEPENDENCY);
        if (singletons) {
            method.addStatement("$T $N = app.singletons()", RuntimeTypes.SINGLETON_REGISTRY, SingletonsWriter.REGISTRY);
        }
        return method.addStatement("return $T.of(\n$L)", RuntimeTypes.LIST, CodeBlock.join(definitions, ",\n"))
                .build();
    }

    /** {@code // worker[default]: returns a plain value} then {@code Def.worker(<leading>, "default", () -> body)}. */
    private static CodeBlock definition(ClassName type, CodeBlock leading, Dispatch dispatch, CodeBlock body) {
        CodeBlock.Builder code = CodeBlock.builder().add("// $L\n", dispatch.describe());
        if (dispatch.isEventLoop()) {
            code.add("$T.eventLoop($L, () -> $L)", type, leading, body);
        } else {
            code.add("$T.worker($L, $S, () -> $L)", type, leading, dispatch.pool(), body);
        }
        return code.build();
    }

    /** {@code Hooks.warm(app.vertx(), singletons.get("com.example.Cache"))}. */
    private static CodeBlock call(HookMethod hook) {
        return CodeBlock.of(
                "$T.$N($L)",
                ClassName.get(hook.owner()),
                hook.javaName(),
                SingletonsWriter.arguments(hook.parameters()));
    }

    /** {@code Hooks.warm}, {@code Outer.Inner.warm}: how the host's logs name it. */
    private static String javaMethod(HookMethod hook) {
        return String.join(".", ClassName.get(hook.owner()).simpleNames()) + "." + hook.javaName();
    }
}
