package dev.kiln.processor.graph;

import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.Threading;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans each operation at compile time: where it runs (API.md's threading table, the method's
 * annotation beating the class's) and the straight-line steps that answer a request.
 */
public final class ExecutionPlanner {
    private static final String DEFAULT_POOL = "default";

    /** The plan of {@code operation}, declared in {@code routeClass}. */
    public ExecutionPlan plan(RouteClass routeClass, Operation operation) {
        List<Step> steps = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.source() != Source.INJECTED) {
                steps.add(new Step.Bind(parameter));
            }
        }
        steps.add(new Step.RejectIfInvalid());
        for (Parameter parameter : operation.parameters()) {
            if (parameter.flattened()) {
                steps.add(new Step.Construct(parameter));
            }
        }
        for (Parameter parameter : operation.parameters()) {
            if (parameter.source() == Source.INJECTED) {
                steps.add(new Step.Inject(parameter));
            }
        }
        Dispatch dispatch = dispatch(routeClass, operation);
        steps.add(new Step.Invoke(dispatch));
        int hops = (int) steps.stream()
                .filter(s -> s instanceof Step.Invoke invoke && !invoke.dispatch().isEventLoop()).count();
        return new ExecutionPlan(steps, dispatch, hops);
    }

    /** Where the operation runs and why. */
    static Dispatch dispatch(RouteClass routeClass, Operation operation) {
        Threading method = operation.threading();
        Threading threading = method.isEmpty() ? routeClass.threading() : method;
        String onClass = method.isEmpty() ? " on class " + routeClass.element().getSimpleName() : "";
        ReturnShape.Async async = operation.returns().async();
        if (threading.blocking() != null) {
            String pool = threading.pool();
            String annotation = pool.equals(DEFAULT_POOL) ? "@Blocking" : "@Blocking(pool = \"" + pool + "\")";
            return Dispatch.worker(pool, annotation + onClass);
        }
        if (async == ReturnShape.Async.FUTURE) {
            return Dispatch.eventLoop("returns Future");
        }
        if (async == ReturnShape.Async.COMPLETION_STAGE) {
            return Dispatch.eventLoop("returns CompletionStage");
        }
        if (threading.nonBlocking() != null) {
            return Dispatch.eventLoop("@NonBlocking" + onClass);
        }
        return Dispatch.worker(DEFAULT_POOL, "returns a plain value");
    }
}
