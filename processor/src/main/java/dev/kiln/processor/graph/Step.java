package dev.kiln.processor.graph;

import dev.kiln.processor.model.Parameter;

/**
 * One step of an {@link ExecutionPlan}, in the order the generated method performs them. Binding
 * steps run on the event loop; {@link Invoke} runs where its {@link Dispatch} says. A later
 * dependencies feature adds provider steps before {@link Invoke} and groups the blocking ones into
 * as few worker hops as it can.
 */
public sealed interface Step {
    /** Binds one parameter from the request into a local, recording errors (flattened records: each component). */
    record Bind(Parameter parameter) implements Step {}

    /** Answers 422 with every error recorded so far, if any. */
    record RejectIfInvalid() implements Step {}

    /** Builds a flattened {@code @Query}/{@code @Header}/{@code @Cookie} record from its bound components. */
    record Construct(Parameter parameter) implements Step {}

    /** Takes an injected value (Request, ResponseHeaders, ...) from the exchange. */
    record Inject(Parameter parameter) implements Step {}

    /** Calls the operation and replies with its result. */
    record Invoke(Dispatch dispatch) implements Step {}
}
