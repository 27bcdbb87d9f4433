package dev.kiln.processor.graph;

import java.util.List;

/**
 * How one request of an operation is answered: the ordered steps, where the operation itself runs,
 * and how many times a request moves to a worker thread.
 *
 * @param steps      the steps, first to last
 * @param dispatch   where the operation runs and why
 * @param workerHops how many steps hop to a worker pool
 */
public record ExecutionPlan(List<Step> steps, Dispatch dispatch, int workerHops) {
    public ExecutionPlan {
        steps = List.copyOf(steps);
    }
}
