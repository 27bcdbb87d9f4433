package dev.kiln.processor.validate;

import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.RouteClass;

/**
 * Runs every per-class check on a route class and gathers their findings; nothing stops at the
 * first error. App-wide checks (duplicate routes) are in {@code dev.kiln.processor.graph}. One
 * instance per round.
 */
public final class Validation {
    private final RouteClassValidator routeClasses = new RouteClassValidator();
    private final OperationValidator operations = new OperationValidator();
    private final PathValidator paths = new PathValidator();
    private final ParameterValidator parameters = new ParameterValidator();
    private final AccessibilityValidator accessibility = new AccessibilityValidator();
    private final ConstraintValidator constraints = new ConstraintValidator();
    private final JacksonValidator jackson = new JacksonValidator();
    private final StreamValidator streams = new StreamValidator();
    private final WebSocketValidator webSockets = new WebSocketValidator();
    private final SecurityValidator security = new SecurityValidator();

    /** Every problem of {@code routeClass}; empty when code can be generated for it. */
    public Report validate(RouteClass routeClass) {
        Report report = routeClasses.validate(routeClass);
        for (Operation operation : routeClass.operations()) {
            report.addAll(operations.validate(operation));
            report.addAll(paths.validate(operation, routeClass.needsProviders(operation)));
            report.addAll(parameters.validate(operation));
            report.addAll(accessibility.validate(routeClass, operation));
            report.addAll(jackson.validate(operation));
            report.addAll(streams.validate(operation));
            report.addAll(webSockets.validate(operation));
            report.addAll(security.validate(operation.parameters()));
        }
        report.addAll(constraints.validate(routeClass.operations()));
        return report;
    }
}
