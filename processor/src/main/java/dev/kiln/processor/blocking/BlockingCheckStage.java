package dev.kiln.processor.blocking;

import dev.kiln.processor.PipelineExtension;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.graph.RouteGraph;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Hands every operation that runs on the event loop to the {@link BlockingCallChecker}, with the
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
            checker.checkAfterAnalysis(planned.operation().element(), planned.plan().dispatch().reason());
        }
        return new Report();
    }
}
