package dev.kiln.processor.graph;

import dev.kiln.processor.model.Parameter;
import java.util.List;

/**
 * How one request of an operation is answered: the ordered steps, where the operation itself runs,
 * and how many times a request moves to a worker thread.
 *
 * @param steps        the steps, first to last
 * @param dispatch     where the operation runs and why
 * @param workerHops   how many times one request hops to a worker pool
 * @param dependencies the provider calls and their stages, or {@code null} when the operation needs no provider
 * @param security     the schemes and scopes its graph reaches
 */
public record ExecutionPlan(
        List<Step> steps, Dispatch dispatch, int workerHops, DependencyPlan dependencies, OperationSecurity security) {
    public ExecutionPlan {
        steps = List.copyOf(steps);
    }

    /** A plan without providers. */
    public ExecutionPlan(List<Step> steps, Dispatch dispatch, int workerHops) {
        this(steps, dispatch, workerHops, null, OperationSecurity.NONE);
    }

    /** A plan without security. */
    public ExecutionPlan(List<Step> steps, Dispatch dispatch, int workerHops, DependencyPlan dependencies) {
        this(steps, dispatch, workerHops, dependencies, OperationSecurity.NONE);
    }

    /**
     * Every request value the operation reads, its providers' included, in binding order: what the
     * OpenAPI document lists for the operation (FastAPI documents a dependency's parameters as the
     * operation's own).
     */
    public List<Parameter> requestParameters() {
        return steps.stream()
                .filter(s -> s instanceof Step.Bind)
                .map(s -> ((Step.Bind) s).parameter())
                .toList();
    }

    /** What the host must read of the request body: the body values of the operation and of its providers. */
    public BodyKind body() {
        return BodyKind.of(requestParameters());
    }

    /** Whether the host must read the request body: a body value of the operation or of one of its providers. */
    public boolean readsBody() {
        return body() != BodyKind.NONE;
    }
}
