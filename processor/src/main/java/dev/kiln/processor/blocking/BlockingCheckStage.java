package dev.kiln.processor.blocking;

import dev.kiln.processor.PipelineExtension;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.DependencyPlan;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.graph.RouteGraph;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Hands every operation, provider, exception handler and hook that runs on the event loop to the
 * {@link BlockingCallChecker}, with the
 * reason the planner gave ({@code returns Future}, {@code @NonBlocking}, ...). The checker reads the
 * bodies once javac has attributed them and reports {@code [kiln/BlockingCallOnEventLoop]} itself.
 */
public final class BlockingCheckStage implements PipelineExtension {
    private final BlockingCallChecker checker;

    public BlockingCheckStage(ProcessingEnvironment env) {
        this.checker = BlockingCallChecker.create(env);
    }

    @Override
    public Report roundPlanned(RouteGraph graph) {
        for (PlannedOperation planned : graph.eventLoopOperations()) {
            checker.checkAfterAnalysis(
                    planned.operation().element(), planned.plan().dispatch().reason());
        }
        // providers that run on the event loop, each once however many operations use it
        Set<ExecutableElement> providers = new HashSet<>();
        for (PlannedOperation planned : graph.operations()) {
            DependencyPlan dependencies = planned.plan().dependencies();
            if (dependencies == null) {
                continue;
            }
            for (DependencyPlan.Node node : dependencies.nodes()) {
                if (node.dispatch().isEventLoop()
                        && providers.add(node.provider().element())) {
                    checker.checkAfterAnalysis(
                            node.provider().element(), node.dispatch().reason());
                }
            }
        }
        // exception handlers and hooks Kiln calls on the event loop
        graph.eventLoopStaticMethods()
                .forEach((method, dispatch) -> checker.checkAfterAnalysis(method, dispatch.reason()));
        return new Report();
    }
}
