package dev.kiln.processor.graph;

import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.RouteClass;

/** A validated operation with its plan. */
public record PlannedOperation(RouteClass routeClass, Operation operation, ExecutionPlan plan) {}
