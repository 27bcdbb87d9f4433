package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.graph.DependencyPlan;
import dev.kiln.processor.graph.DependencyPlan.Argument;
import dev.kiln.processor.graph.DependencyPlan.Made;
import dev.kiln.processor.graph.DependencyPlan.Node;
import dev.kiln.processor.graph.DependencyPlan.RequestValue;
import dev.kiln.processor.graph.DependencyPlan.Singleton;
import dev.kiln.processor.graph.DependencyPlan.Stage;
import dev.kiln.processor.graph.Dispatch;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.type.TypeKind;

/**
 * Writes the part of an operation method that runs its dependency plan, after the request values
 * were bound: a comment with the plan, then one statement per stage. An event-loop step is a
 * {@code Future} local; a worker hop is one {@code ex.onWorker} lambda that calls its blocking
 * providers in order (a value another stage needs leaves it through a {@code Promise}); the last stage
 * calls the operation and replies.
 */
final class PlanWriter {
    /** The fields of the generated class that plans use, by what they hold. */
    record Fields(
            Map<String, String> pools,
            Map<String, String> singletons,
            Map<String, String> owners,
            Map<String, String> overrides) {}

    private final PlannedOperation planned;
    private final Operation operation;
    private final DependencyPlan plan;
    private final MethodSpec.Builder method;
    private final Function<Parameter, String> requestLocal;
    private final String exchange;
    private final String responder;
    private final String targetField;
    private final ClassName userClass;
    private final Fields fields;
    /** The providers an override leaves unused, and their {@code xSkipped} locals. */
    private final OverrideSkips skips;

    private final Map<Stage, String> stageNames = new IdentityHashMap<>();
    private final Map<Node, String> nodeNames = new IdentityHashMap<>();
    private final Map<Node, Stage> stageOf = new IdentityHashMap<>();
    private final String scope;
    private final String done;
    private final String made;

    PlanWriter(
            PlannedOperation planned,
            MethodSpec.Builder method,
            Names locals,
            Function<Parameter, String> requestLocal,
            String exchange,
            String responder,
            String targetField,
            ClassName userClass,
            Fields fields,
            OverrideSkips skips) {
        this.planned = planned;
        this.operation = planned.operation();
        this.plan = planned.plan().dependencies();
        this.method = method;
        this.requestLocal = requestLocal;
        this.exchange = exchange;
        this.responder = responder;
        this.targetField = targetField;
        this.userClass = userClass;
        this.fields = fields;
        this.skips = skips;
        for (Node node : plan.nodes()) {
            nodeNames.put(node, locals.allocate(node.provider().javaName()));
        }
        int hops = 0;
        for (Stage stage : plan.stages()) {
            stage.nodes().forEach(n -> stageOf.put(n, stage));
            if (stage.isHop() && !stage.operation()) {
                stageNames.put(stage, locals.allocate("hop" + (++hops)));
            } else if (!stage.isHop() && !stage.operation()) {
                stageNames.put(stage, nodeNames.get(stage.nodes().get(0)));
            }
        }
        this.scope = locals.allocate("scope");
        this.done = locals.allocate("done");
        this.made = locals.allocate("made");
    }

    /** Whether a request needs a {@code RequestScope}: some provider's value has a cleanup. */
    static boolean needsScope(DependencyPlan plan) {
        return plan.nodes().stream()
                .anyMatch(n -> n.provider().resource() || n.provider().closeable());
    }

    void write() {
        if (needsScope(plan)) {
            method.addStatement(
                    "$T $N = new $T($N)", RuntimeTypes.REQUEST_SCOPE, scope, RuntimeTypes.REQUEST_SCOPE, exchange);
        }
        method.addComment("plan: $L", describe(planned.routeClass()));
        for (Stage stage : plan.stages()) {
            if (stage.operation()) {
                operationStage(stage);
            } else if (stage.isHop()) {
                hop(stage);
            } else {
                eventLoopStep(stage);
            }
        }
    }

    /** {@code 2 event-loop steps, then 1 worker hop [default]: Deps.connection, Items.read}. */
    private String describe(RouteClass routeClass) {
        List<String> parts = new ArrayList<>();
        int eventLoopSteps = 0;
        String operationName = routeClass.javaMethodName(operation);
        for (Stage stage : plan.stages()) {
            if (!stage.isHop() && !stage.operation()) {
                eventLoopSteps++;
                continue;
            }
            if (eventLoopSteps > 0) {
                parts.add(eventLoopSteps + " event-loop step" + (eventLoopSteps == 1 ? "" : "s"));
                eventLoopSteps = 0;
            }
            List<String> names = new ArrayList<>();
            stage.nodes().forEach(n -> names.add(describe(n)));
            if (stage.operation()) {
                names.add(operationName);
            }
            parts.add(
                    stage.isHop()
                            ? "1 worker hop [" + stage.dispatch().pool() + "]: " + String.join(", ", names)
                            : operationName + " on the event loop");
        }
        return String.join(", then ", parts);
    }

    /** {@code Deps.connection}, or {@code @Middleware Filters.audit}. */
    private String describe(Node node) {
        return plan.middlewareOf(node) == null
                ? node.provider().describe()
                : "@Middleware " + node.provider().describe();
    }

    // ------------------------------------------------------------------ stages

    private void eventLoopStep(Stage stage) {
        Node node = stage.nodes().get(0);
        ProviderMethod provider = node.provider();
        method.addComment("$L", node.dispatch().describe());
        MiddlewareMethod middleware = plan.middlewareOf(node);
        if (middleware != null) {
            method.addCode(
                    "$T $N = $L;\n",
                    ParameterizedTypeName.get(RuntimeTypes.FUTURE, ClassName.get(Void.class)),
                    nodeNames.get(node),
                    awaitingOnEventLoop(stage, MiddlewareCode.onEventLoop(middleware, exchange, call(node))));
            return;
        }
        CodeBlock call = call(node);
        CodeBlock start = switch (provider.async()) {
            case FUTURE -> CodeBlock.of("$N.async(() -> $L)", exchange, call);
            case COMPLETION_STAGE ->
                CodeBlock.of("$N.async(() -> $T.fromCompletionStage($L))", exchange, RuntimeTypes.FUTURE, call);
            case NONE -> CodeBlock.of("$N.call(() -> $L)", exchange, kept(provider, call, null));
        };
        if (provider.async() != ReturnShape.Async.NONE && (provider.resource() || provider.closeable())) {
            start = CodeBlock.of("$L.map($N -> $L)", start, made, kept(provider, CodeBlock.of("$N", made), null));
        }
        CodeBlock value = awaiting(stage, start);
        String override = fields.overrides().get(provider.key().runtimeKey());
        if (override != null) {
            value = CodeBlock.of(
                    "$N != null\n$>$>? $N.call(() -> $N.apply($N.request()))\n: $L$<$<",
                    override,
                    exchange,
                    override,
                    exchange,
                    value);
        }
        method.addCode(
                "$T $N = $L;\n",
                ParameterizedTypeName.get(RuntimeTypes.FUTURE, providedType(provider)),
                nodeNames.get(node),
                unlessSkipped(stage, value));
    }

    private void hop(Stage stage) {
        method.addComment("$L", hopComment(stage));
        for (Node node : stage.nodes()) {
            if (escapes(node)) {
                method.addStatement(
                        "$T $N = $T.promise()",
                        ParameterizedTypeName.get(RuntimeTypes.PROMISE, providedType(node.provider())),
                        nodeNames.get(node),
                        RuntimeTypes.PROMISE);
            }
        }
        CodeBlock.Builder body = CodeBlock.builder();
        // a hop of one provider that is skipped whole needs no second test of the same local inside
        hopSteps(stage, body, skippedWhole(stage) != null && stage.nodes().size() == 1);
        line(body, "return null");
        CodeBlock work = CodeBlock.of(
                "$N.<$T>onWorker($N, () -> {\n$>$L$<})",
                exchange,
                Void.class,
                fields.pools().get(stage.dispatch().pool()),
                body.build());
        method.addCode(
                "$T $N = $L;\n",
                ParameterizedTypeName.get(RuntimeTypes.FUTURE, ClassName.get(Void.class)),
                stageNames.get(stage),
                unlessSkipped(stage, awaiting(stage, work)));
    }

    /**
     * {@code value}, the future of a provider stage, or a succeeded one when every provider of the stage is
     * skipped: nothing is called, and a hop is not handed to its pool at all.
     */
    private CodeBlock unlessSkipped(Stage stage, CodeBlock value) {
        CodeBlock skipped = skippedWhole(stage);
        return skipped == null
                ? value
                : CodeBlock.of("$L\n$>$>? $T.succeededFuture()\n: $L$<$<", skipped, RuntimeTypes.FUTURE, value);
    }

    /**
     * The condition under which every provider of a provider stage is skipped, so the stage need not run:
     * their {@code xSkipped} locals joined by {@code &&}; {@code null} when one of them always runs.
     */
    private CodeBlock skippedWhole(Stage stage) {
        List<CodeBlock> locals = new ArrayList<>();
        for (Node node : stage.nodes()) {
            String skip = skips.skipped(node);
            if (skip == null) {
                return null;
            }
            locals.add(CodeBlock.of("$N", skip));
        }
        return CodeBlock.join(locals, " && ");
    }

    private void operationStage(Stage stage) {
        Dispatch dispatch = stage.dispatch();
        CodeBlock call = operationCall();
        ReturnShape.Async async = operation.returns().async();
        boolean returnsVoid = operation.returns().declared().getKind() == TypeKind.VOID;
        CodeBlock work;
        if (!stage.isHop()) {
            method.addComment("$L", dispatch.describe());
            if (async == ReturnShape.Async.FUTURE) {
                work = CodeBlock.of("$N.async(() -> $L)", exchange, call);
            } else if (async == ReturnShape.Async.COMPLETION_STAGE) {
                work = CodeBlock.of("$N.async(() -> $T.fromCompletionStage($L))", exchange, RuntimeTypes.FUTURE, call);
            } else if (returnsVoid) {
                work = CodeBlock.of("$N.call(() -> {\n$>$L;\nreturn null;\n$<})", exchange, call);
            } else {
                work = CodeBlock.of("$N.call(() -> $L)", exchange, call);
            }
        } else {
            method.addComment("$L", hopComment(stage));
            CodeBlock.Builder body = CodeBlock.builder();
            hopSteps(stage, body, false);
            if (returnsVoid) {
                line(body, "$L", call);
                line(body, "return null");
            } else {
                line(body, "return $L", call);
            }
            work = CodeBlock.of(
                    "$N.onWorker($N, () -> {\n$>$L$<})",
                    exchange,
                    fields.pools().get(dispatch.pool()),
                    body.build());
            if (async == ReturnShape.Async.FUTURE) {
                work = CodeBlock.of("$L.compose($N -> $N)", work, made, made);
            } else if (async == ReturnShape.Async.COMPLETION_STAGE) {
                work = CodeBlock.of(
                        "$L.compose($N -> $T.fromCompletionStage($N))", work, made, RuntimeTypes.FUTURE, made);
            }
        }
        CodeBlock result = stage.isHop() ? awaiting(stage, work) : awaitingOnEventLoop(stage, work);
        method.addCode("$N.reply($N, $L);\n", exchange, responder, result);
    }

    /**
     * The blocking provider calls of a hop, in order, each into a local (or its promise, when it escapes);
     * {@code skipTested}: the hop runs only when its one provider is not skipped (tested before the hand-off).
     */
    private void hopSteps(Stage stage, CodeBlock.Builder body, boolean skipTested) {
        String pool = fields.pools().get(stage.dispatch().pool());
        for (Node node : stage.nodes()) {
            ProviderMethod provider = node.provider();
            CodeBlock call = call(node);
            MiddlewareMethod middleware = plan.middlewareOf(node);
            if (middleware != null) {
                line(body, "$L", MiddlewareCode.inHop(middleware, call));
                continue;
            }
            if (provider.async() == ReturnShape.Async.FUTURE) {
                call = CodeBlock.of("$T.await($L)", RuntimeTypes.REQUEST_SCOPE, call);
            } else if (provider.async() == ReturnShape.Async.COMPLETION_STAGE) {
                call = CodeBlock.of(
                        "$T.await($T.fromCompletionStage($L))", RuntimeTypes.REQUEST_SCOPE, RuntimeTypes.FUTURE, call);
            }
            CodeBlock value = kept(provider, call, pool);
            String override = fields.overrides().get(provider.key().runtimeKey());
            if (override != null) {
                value = CodeBlock.of(
                        "$N != null\n$>$>? $N.apply($N.request())\n: $L$<$<", override, override, exchange, value);
            }
            String skip = skips.skipped(node);
            if (skip != null && !skipTested) {
                value = CodeBlock.of("$N\n$>$>? null\n: $L$<$<", skip, value);
            }
            if (escapes(node)) {
                line(body, "$N.complete($L)", nodeNames.get(node), value);
            } else {
                line(body, "$T $N = $L", providedType(provider), nodeNames.get(node), value);
            }
        }
    }

    private String hopComment(Stage stage) {
        List<String> reasons = new ArrayList<>();
        stage.nodes().forEach(n -> reasons.add(n.dispatch().reason()));
        if (stage.operation()) {
            reasons.add(planned.routeClass().javaMethodName(operation) + " "
                    + stage.dispatch().reason());
        }
        return "worker[" + stage.dispatch().pool() + "]: " + String.join("; ", reasons);
    }

    /** One statement of a lambda body: {@code addStatement} cannot nest inside the statement holding the lambda. */
    private static void line(CodeBlock.Builder body, String format, Object... args) {
        body.add(format, args).add(";\n");
    }

    /** {@code work}, started once the stages it awaits completed. */
    private CodeBlock awaiting(Stage stage, CodeBlock work) {
        List<Stage> awaits = stage.awaits();
        if (awaits.isEmpty()) {
            return work;
        }
        List<CodeBlock> futures = new ArrayList<>();
        awaits.forEach(s -> futures.add(CodeBlock.of("$N", stageNames.get(s))));
        CodeBlock first;
        if (futures.size() == 1) {
            first = futures.get(0);
        } else if (futures.size() <= 6) {
            first = CodeBlock.of("$T.all($L)", RuntimeTypes.FUTURE, CodeBlock.join(futures, ", "));
        } else {
            first = CodeBlock.of(
                    "$T.all($T.of($L))", RuntimeTypes.FUTURE, RuntimeTypes.LIST, CodeBlock.join(futures, ", "));
        }
        return CodeBlock.of("$L.compose($N -> $L)", first, done, work);
    }

    /**
     * {@code work} on the event loop once the one stage it awaits completed: run at once when that
     * future already succeeded (a middleware that returned, or returned a completed future: the usual
     * case), else composed. The same order and failures as a compose, without its listener and lambda
     * objects per request. Awaiting a worker hop (never complete yet: it completes on this event loop,
     * later), several stages or none is {@link #awaiting}'s.
     */
    private CodeBlock awaitingOnEventLoop(Stage stage, CodeBlock work) {
        if (stage.awaits().size() != 1 || stage.awaits().get(0).isHop()) {
            return awaiting(stage, work);
        }
        String before = stageNames.get(stage.awaits().get(0));
        return CodeBlock.of("$N.succeeded()\n$>$>? $L\n: $N.compose($N -> $L)$<$<", before, work, before, done, work);
    }

    // ------------------------------------------------------------------ values

    /** A request-scoped value with a cleanup goes through the request scope, which keeps the cleanup. */
    private CodeBlock kept(ProviderMethod provider, CodeBlock value, String pool) {
        CodeBlock where = pool == null ? CodeBlock.of("null") : CodeBlock.of("$N", pool);
        if (provider.resource()) {
            return CodeBlock.of("$N.resource($S, $L, $L)", scope, provider.describe(), value, where);
        }
        if (provider.closeable()) {
            return CodeBlock.of("$N.closeable($S, $L, $L)", scope, provider.describe(), value, where);
        }
        return value;
    }

    private CodeBlock call(Node node) {
        ProviderMethod provider = node.provider();
        CodeBlock arguments = arguments(node.arguments());
        if (provider.isStatic()) {
            return CodeBlock.of("$T.$N($L)", ClassName.get(provider.owner()), provider.javaName(), arguments);
        }
        return CodeBlock.of(
                "$N.$N($L)",
                fields.owners().get(provider.owner().getQualifiedName().toString()),
                provider.javaName(),
                arguments);
    }

    private CodeBlock operationCall() {
        CodeBlock arguments = arguments(plan.arguments());
        return operation.isStatic()
                ? CodeBlock.of("$T.$N($L)", userClass, operation.javaName(), arguments)
                : CodeBlock.of("$N.$N($L)", targetField, operation.javaName(), arguments);
    }

    private CodeBlock arguments(List<Argument> arguments) {
        List<CodeBlock> values = new ArrayList<>();
        for (Argument argument : arguments) {
            values.add(value(argument));
        }
        return CodeBlock.join(values, ", ");
    }

    /** How code in {@code stage} reads {@code argument}. */
    private CodeBlock value(Argument argument) {
        if (argument instanceof RequestValue request) {
            return CodeBlock.of("$N", requestLocal.apply(request.parameter()));
        }
        if (argument instanceof Singleton singleton) {
            return CodeBlock.of("$N", fields.singletons().get(singleton.key().runtimeKey()));
        }
        if (argument instanceof DependencyPlan.Scopes scopes) {
            return SecurityBindings.scopes(scopes.scopes());
        }
        Node node = ((Made) argument).node();
        String name = nodeNames.get(node);
        if (node.dispatch().isEventLoop()) {
            return CodeBlock.of("$N.result()", name);
        }
        return escapes(node) ? CodeBlock.of("$N.future().result()", name) : CodeBlock.of("$N", name);
    }

    /** Whether a blocking step's value is needed outside its hop. */
    private boolean escapes(Node node) {
        Stage home = stageOf.get(node);
        for (Stage stage : plan.stages()) {
            if (stage == home) {
                continue;
            }
            boolean uses = stage.nodes().stream().anyMatch(n -> n.values().contains(node))
                    || stage.operation()
                            && plan.arguments().stream().anyMatch(a -> a instanceof Made m && m.node() == node);
            if (uses) {
                return true;
            }
        }
        return false;
    }

    private static TypeName providedType(ProviderMethod provider) {
        return TypeName.get(provider.provided()).box();
    }
}
