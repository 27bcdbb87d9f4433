package dev.kiln.processor.graph;

import dev.kiln.processor.model.ExceptionHandlerMethod;
import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * The clean route classes of one round with the plan of every operation: what code generation
 * writes, and the one place that knows which operations run on the event loop (for the blocking-call
 * check).
 */
public final class RouteGraph {
    private final List<RouteClass> routeClasses;
    private final List<PlannedOperation> operations;
    private final List<ExceptionHandlerMethod> exceptionHandlers;
    private final List<HookMethod> hooks;

    private RouteGraph(
            List<RouteClass> routeClasses,
            List<PlannedOperation> operations,
            List<ExceptionHandlerMethod> exceptionHandlers,
            List<HookMethod> hooks) {
        this.routeClasses = List.copyOf(routeClasses);
        this.operations = List.copyOf(operations);
        this.exceptionHandlers = List.copyOf(exceptionHandlers);
        this.hooks = List.copyOf(hooks);
    }

    /** Plans every operation of {@code routeClasses}, which passed validation. */
    public static RouteGraph plan(List<RouteClass> routeClasses, ExecutionPlanner planner) {
        List<PlannedOperation> planned = new ArrayList<>();
        for (RouteClass routeClass : routeClasses) {
            for (Operation operation : routeClass.operations()) {
                planned.add(new PlannedOperation(routeClass, operation, planner.plan(routeClass, operation)));
            }
        }
        return new RouteGraph(routeClasses, planned, List.of(), List.of());
    }

    /**
     * This graph with the valid {@code @ExceptionHandler}s and static hooks ({@code @HealthCheck},
     * {@code @OnStartup}, {@code @OnShutdown}) read in the same round: code Kiln calls besides operations.
     */
    public RouteGraph withStaticMethods(List<ExceptionHandlerMethod> handlers, List<HookMethod> hookMethods) {
        return new RouteGraph(routeClasses, operations, handlers, hookMethods);
    }

    /** The round's valid exception handlers, in the order read. */
    public List<ExceptionHandlerMethod> exceptionHandlers() {
        return exceptionHandlers;
    }

    /** The round's valid static hooks, in the order read. */
    public List<HookMethod> hooks() {
        return hooks;
    }

    /**
     * The round's exception handlers and hooks that run on the event loop, each with where and why:
     * like event-loop operations, these must not block.
     */
    public Map<ExecutableElement, Dispatch> eventLoopStaticMethods() {
        Map<ExecutableElement, Dispatch> methods = new LinkedHashMap<>();
        for (ExceptionHandlerMethod handler : exceptionHandlers) {
            Dispatch dispatch = ExecutionPlanner.dispatch(handler);
            if (dispatch.isEventLoop()) {
                methods.put(handler.element(), dispatch);
            }
        }
        for (HookMethod hook : hooks) {
            Dispatch dispatch = ExecutionPlanner.dispatch(hook);
            if (dispatch.isEventLoop()) {
                methods.put(hook.element(), dispatch);
            }
        }
        return methods;
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
