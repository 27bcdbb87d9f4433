package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.RouteGraph;
import java.util.List;

/**
 * A stage that runs on validated, planned route classes: where the OpenAPI writer and the
 * blocking-call check plug in (listed in {@link KilnProcessor#KilnProcessor()}).
 */
public interface PipelineExtension {
    /**
     * Called once per round with the round's clean route classes and their plans. The blocking-call
     * check reads {@link RouteGraph#eventLoopOperations()} here. The findings are printed.
     */
    default Report roundPlanned(RouteGraph graph) {
        return new Report();
    }

    /**
     * Called once, when the route module {@code module} is written, with the graph of every round: the
     * place to write compilation-wide files such as the OpenAPI document. The findings are printed.
     */
    default Report compilationFinished(ClassName module, List<RouteGraph> rounds, ResourceWriter files) {
        return new Report();
    }
}
