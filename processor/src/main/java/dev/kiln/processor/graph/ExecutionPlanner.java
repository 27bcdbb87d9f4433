package dev.kiln.processor.graph;

import dev.kiln.processor.model.ExceptionHandlerMethod;
import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.StreamShape;
import dev.kiln.processor.model.Threading;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans each operation at compile time: where it runs (API.md's threading table, the method's
 * annotation beating the class's) and the straight-line steps that answer a request.
 */
public final class ExecutionPlanner {
    private static final String DEFAULT_POOL = "default";

    private final ProviderPlanner providers;
    private final MiddlewareTable middleware;
    private final DependencyGraph graph;

    /** A planner for operations without providers. */
    public ExecutionPlanner() {
        this(new DependencyGraph());
    }

    /** A planner that resolves dependencies with {@code graph}. */
    public ExecutionPlanner(DependencyGraph graph) {
        this(graph, new MiddlewareTable());
    }

    /** A planner that resolves dependencies with {@code graph} and runs {@code middleware} before operations. */
    public ExecutionPlanner(DependencyGraph graph, MiddlewareTable middleware) {
        this.providers = new ProviderPlanner(graph);
        this.middleware = middleware;
        this.graph = graph;
    }

    /** The plan of {@code operation}, declared in {@code routeClass}. */
    public ExecutionPlan plan(RouteClass routeClass, Operation operation) {
        Dispatch dispatch = dispatch(routeClass, operation);
        List<MiddlewareMethod> applied = middleware.of(routeClass);
        OperationSecurity security = OperationSecurity.of(routeClass, operation, graph::provider);
        if (routeClass.needsProviders(operation) || !applied.isEmpty()) {
            ProviderPlanner.Result planned = providers.plan(routeClass, operation, dispatch, applied, security);
            List<Step> steps = bindingSteps(planned.parameters());
            steps.add(new Step.Invoke(dispatch));
            return new ExecutionPlan(steps, dispatch, planned.plan().workerHops(), planned.plan(), security);
        }
        List<Step> steps = bindingSteps(operation.parameters());
        steps.add(new Step.Invoke(dispatch));
        return new ExecutionPlan(steps, dispatch, dispatch.isEventLoop() ? 0 : 1, null, security);
    }

    /** Bind every request value, reject if any failed, build flattened records, take the injected values. */
    private static List<Step> bindingSteps(List<Parameter> parameters) {
        List<Step> steps = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (parameter.source() != Source.INJECTED) {
                steps.add(new Step.Bind(parameter));
            }
        }
        steps.add(new Step.RejectIfInvalid());
        for (Parameter parameter : parameters) {
            if (parameter.flattened()) {
                steps.add(new Step.Construct(parameter));
            }
        }
        for (Parameter parameter : parameters) {
            if (parameter.source() == Source.INJECTED) {
                steps.add(new Step.Inject(parameter));
            }
        }
        return steps;
    }

    /** Where a provider runs and why, by the operations' rules (the method's annotation beating its class's). */
    static Dispatch dispatch(ProviderMethod provider) {
        Threading method = provider.threading();
        Threading threading = method.isEmpty() ? provider.classThreading() : method;
        String onClass = method.isEmpty() ? " on class " + provider.owner().getSimpleName() : "";
        return decide(threading, onClass, provider.async(), provider.describe() + " ");
    }

    /** Where a static hook ({@code @HealthCheck}) runs and why, by the operations' rules. */
    public static Dispatch dispatch(HookMethod hook) {
        Threading method = hook.threading();
        Threading threading = method.isEmpty() ? hook.classThreading() : method;
        String onClass = method.isEmpty() ? " on class " + hook.owner().getSimpleName() : "";
        return decide(threading, onClass, hook.async(), "");
    }

    /** Where an {@code @ExceptionHandler} runs and why, by the operations' rules. */
    public static Dispatch dispatch(ExceptionHandlerMethod handler) {
        Threading method = handler.threading();
        Threading threading = method.isEmpty() ? handler.classThreading() : method;
        String onClass = method.isEmpty() ? " on class " + handler.owner().getSimpleName() : "";
        return decide(threading, onClass, handler.async() ? ReturnShape.Async.FUTURE : ReturnShape.Async.NONE, "");
    }

    /** Where the operation runs and why. */
    static Dispatch dispatch(RouteClass routeClass, Operation operation) {
        Threading method = operation.threading();
        Threading threading = method.isEmpty() ? routeClass.threading() : method;
        String onClass = method.isEmpty() ? " on class " + routeClass.element().getSimpleName() : "";
        StreamShape stream = operation.returns().stream();
        return decide(threading, onClass, operation.returns().async(), stream == null ? null : stream.source(), "");
    }

    /** API.md's threading table; {@code who} prefixes the reason ({@code "Deps.user "} for a provider). */
    private static Dispatch decide(Threading threading, String onClass, ReturnShape.Async async, String who) {
        return decide(threading, onClass, async, null, who);
    }

    /**
     * API.md's threading table, with the stream rows: a source that delivers its items ({@code ReadStream},
     * {@code Flow.Publisher}) runs on the event loop; one that is pulled ({@code Stream}, {@code Iterator}) on
     * a worker, unless {@code @NonBlocking} says the event loop may pull it.
     */
    private static Dispatch decide(
            Threading threading, String onClass, ReturnShape.Async async, StreamShape.Source stream, String who) {
        if (threading.blocking() != null) {
            String pool = threading.pool();
            String annotation = pool.equals(DEFAULT_POOL) ? "@Blocking" : "@Blocking(pool = \"" + pool + "\")";
            return Dispatch.worker(pool, who + annotation + onClass);
        }
        if (async == ReturnShape.Async.FUTURE) {
            return Dispatch.eventLoop(who + "returns Future");
        }
        if (async == ReturnShape.Async.COMPLETION_STAGE) {
            return Dispatch.eventLoop(who + "returns CompletionStage");
        }
        if (stream != null && stream.deliversItself()) {
            return Dispatch.eventLoop(who + "returns " + stream.javaName());
        }
        if (threading.nonBlocking() != null) {
            return Dispatch.eventLoop(who + "@NonBlocking" + onClass);
        }
        if (stream != null) {
            return Dispatch.worker(DEFAULT_POOL, who + "returns " + stream.javaName());
        }
        return Dispatch.worker(DEFAULT_POOL, who + "returns a plain value");
    }
}
