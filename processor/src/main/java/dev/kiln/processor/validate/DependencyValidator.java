package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.DependencyGraph;
import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;

/**
 * Checks what a route class asks of the providers: every dependency of its operations, of its
 * constructor and of {@code @Router(dependencies)} has a provider, and the constructor asks only for
 * singletons (the class is built once, at startup).
 */
public final class DependencyValidator {
    public Report validate(RouteClass routeClass, DependencyGraph graph) {
        Report report = new Report();
        for (Parameter parameter : routeClass.constructorDependencies()) {
            ProviderMethod provider = graph.provider(parameter.dependency().key());
            String of = "the constructor of " + routeClass.element().getSimpleName();
            if (provider == null) {
                DependencyGraph.missing(parameter, of, report);
            } else if (provider.scope() == ProviderScope.REQUEST) {
                report.error(DiagnosticId.ScopeMismatch, parameter.element(),
                        "The constructor of " + routeClass.element().getSimpleName() + " runs once at startup, but "
                                + parameter.javaName() + " is a request-scoped "
                                + parameter.dependency().key().describe() + " (from " + provider.describe()
                                + "). Ask for it as a parameter of the operations that need it, or make "
                                + provider.describe() + " a singleton.");
            }
        }
        for (Dependency dependency : routeClass.routerDependencies()) {
            if (graph.provider(dependency.key()) == null) {
                report.error(DiagnosticId.MissingProvider, routeClass.element(), routeClass.routerAnnotation(),
                        "No provider makes " + dependency.key().describe() + ", which @Router(dependencies) of "
                                + routeClass.element().getSimpleName() + " lists. Add a public static @Provides "
                                + "method that returns it, or remove it from the list.");
            }
        }
        for (Operation operation : routeClass.operations()) {
            for (Parameter parameter : operation.parameters()) {
                if (parameter.source() == Source.DEPENDENCY
                        && graph.provider(parameter.dependency().key()) == null) {
                    DependencyGraph.missing(parameter, "the operation " + operation.javaName(), report);
                }
            }
        }
        return report;
    }
}
