package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.graph.ExecutionPlan;
import dev.kiln.processor.model.MiddlewareMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of one {@code @Middleware} call in an operation's plan: on the event loop, a
 * {@code Future<Void>} the later steps await; in a worker hop, one statement. A middleware that may
 * answer goes through {@code Middlewares.proceed}, which stops the plan (a failed future, or a throw in
 * the hop) when it answered.
 */
final class MiddlewareCode {
    private MiddlewareCode() {}

    /** The {@code Future<Void>} of a middleware that runs on the event loop. */
    static CodeBlock onEventLoop(MiddlewareMethod middleware, String exchange, CodeBlock call) {
        boolean answers = middleware.result() == MiddlewareMethod.Result.MAYBE_ANSWER;
        return switch (middleware.async()) {
            case FUTURE ->
                answers
                        ? CodeBlock.of("$N.async(() -> $L).map($T::proceed)", exchange, call, RuntimeTypes.MIDDLEWARES)
                        : CodeBlock.of("$N.async(() -> $L)", exchange, call);
            case COMPLETION_STAGE -> {
                CodeBlock started =
                        CodeBlock.of("$N.async(() -> $T.fromCompletionStage($L))", exchange, RuntimeTypes.FUTURE, call);
                yield answers ? CodeBlock.of("$L.map($T::proceed)", started, RuntimeTypes.MIDDLEWARES) : started;
            }
            case NONE ->
                answers
                        ? CodeBlock.of("$N.call(() -> $T.proceed($L))", exchange, RuntimeTypes.MIDDLEWARES, call)
                        : CodeBlock.of("$N.call(() -> {\n$>$L;\nreturn null;\n$<})", exchange, call);
        };
    }

    /**
     * The route's last argument when middleware run before the operation, {@code , List.of("Filters.audit")}
     * (the startup route table lists them); nothing otherwise.
     */
    static CodeBlock routeList(ExecutionPlan plan) {
        if (plan.dependencies() == null || plan.dependencies().middleware().isEmpty()) {
            return CodeBlock.of("");
        }
        List<CodeBlock> names = new ArrayList<>();
        plan.dependencies()
                .middleware()
                .forEach(m -> names.add(CodeBlock.of("$S", m.method().describe())));
        return CodeBlock.of(", $T.of($L)", RuntimeTypes.LIST, CodeBlock.join(names, ", "));
    }

    /** The statement (without its semicolon) of a middleware that runs in a worker hop. */
    static CodeBlock inHop(MiddlewareMethod middleware, CodeBlock call) {
        CodeBlock value = switch (middleware.async()) {
            case FUTURE -> CodeBlock.of("$T.await($L)", RuntimeTypes.REQUEST_SCOPE, call);
            case COMPLETION_STAGE ->
                CodeBlock.of(
                        "$T.await($T.fromCompletionStage($L))", RuntimeTypes.REQUEST_SCOPE, RuntimeTypes.FUTURE, call);
            case NONE -> call;
        };
        return middleware.result() == MiddlewareMethod.Result.MAYBE_ANSWER
                ? CodeBlock.of("$T.proceed($L)", RuntimeTypes.MIDDLEWARES, value)
                : value;
    }
}
