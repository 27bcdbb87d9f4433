package dev.kiln.processor.graph;

import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clean route classes of one round with the plan of every operation: what code generation
 * writes, and the one place that knows which operations run on the event loop (for the blocking-call
 * check).
 */
public final class RouteGraph {
    private final List<RouteClass> routeClasses;
    private final List<PlannedOperation> operations;

    private RouteGraph(List<RouteClass> routeClasses, List<PlannedOperation> operations) {
        this.routeClasses = List.copyOf(routeClasses);
        this.operations = List.copyOf(operations);
    }

    /** Plans every operation of {@code routeClasses}, which passed validation. */
    public static RouteGraph plan(List<RouteClass> routeClasses, ExecutionPlanner planner) {
        List<PlannedOperation> planned = new ArrayList<>();
        for (RouteClass routeClass : routeClasses) {
            for (Operation operation : routeClass.operations()) {
                planned.add(new PlannedOperation(routeClass, operation, planner.plan(routeClass, operation)));
            }
        }
        return new RouteGraph(routeClasses, planned);
    }

    public List<RouteClass> routeClasses() {
        return routeClasses;
    }

    /** Every planned operation, class by class in source order. */
    public List<PlannedOperation> operations() {
        return operations;
    }

    /** The plans of one route class's operations, in source order. */
    public List<PlannedOperation> operationsOf(RouteClass routeClass) {
        return operations.stream()
                .filter(p -> p.routeClass().equals(routeClass))
                .toList();
    }

    /**
     * The operations that run on the event loop, with the reason in {@link ExecutionPlan#dispatch()}:
     * these must not block, which the blocking-call check verifies.
     */
    public List<PlannedOperation> eventLoopOperations() {
        return operations.stream()
                .filter(p -> p.plan().dispatch().isEventLoop())
                .toList();
    }

    /**
     * The request-scoped providers this round's plans call on the event loop (returning a Future or
     * CompletionStage, or {@code @NonBlocking}): like event-loop operations, these must not block.
     */
    public List<ProviderMethod> eventLoopProviders() {
        Set<ProviderMethod> providers = new LinkedHashSet<>();
        for (PlannedOperation planned : operations) {
            DependencyPlan dependencies = planned.plan().dependencies();
            if (dependencies != null) {
                dependencies.nodes().stream()
                        .filter(n -> n.dispatch().isEventLoop())
                        .forEach(n -> providers.add(n.provider()));
            }
        }
        return List.copyOf(providers);
    }
}
