package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a route class asks of the providers, against the app-wide {@link DependencyGraph}:
 * every dependency of its operations, of its constructor and of {@code @Router(dependencies)} has a
 * provider, the constructor asks only for singletons (the class is built once, at startup), and every
 * path variable is read by the operation or one of its providers.
 */
public final class RouteClassDependencies {
    public Report validate(RouteClass routeClass, DependencyGraph graph) {
        Report report = new Report();
        for (Parameter parameter : routeClass.constructorDependencies()) {
            ProviderMethod provider = graph.provider(parameter.dependency().key());
            String of = "the constructor of " + routeClass.element().getSimpleName();
            if (provider == null) {
                DependencyGraph.missing(parameter, of, report);
            } else if (provider.scope() == ProviderScope.REQUEST) {
                report.error(
                        DiagnosticId.ScopeMismatch,
                        parameter.element(),
                        null,
                        null,
                        "The constructor of " + routeClass.element().getSimpleName() + " runs once at startup, but "
                                + parameter.javaName() + " is a request-scoped "
                                + parameter.dependency().key().describe() + " (from " + provider.describe() + ").",
                        "Ask for it as a parameter of the operations that need it, or make " + provider.describe()
                                + " a singleton.");
            }
        }
        for (Dependency dependency : routeClass.routerDependencies()) {
            if (graph.provider(dependency.key()) == null) {
                report.error(
                        DiagnosticId.MissingProvider,
                        routeClass.element(),
                        routeClass.routerAnnotation(),
                        null,
                        "No provider makes " + dependency.key().describe() + ", which @Router(dependencies) of "
                                + routeClass.element().getSimpleName() + " lists.",
                        "Add a public static @Provides method that returns it, or remove it from the list.");
            }
        }
        for (Operation operation : routeClass.operations()) {
            for (Parameter parameter : operation.parameters()) {
                if (parameter.source() == Source.DEPENDENCY
                        && graph.provider(parameter.dependency().key()) == null) {
                    DependencyGraph.missing(parameter, "the operation " + operation.javaName(), report);
                }
            }
            if (routeClass.needsProviders(operation)
                    && operation.path().problems().isEmpty()) {
                checkPath(routeClass, operation, graph, report);
            }
            checkBodies(routeClass, operation, graph, report);
        }
        return report;
    }

    /**
     * The path variables of an operation with dependencies: each is read by the operation or one of its
     * providers (FastAPI lets a dependency take a path parameter), and a provider's {@code @Path} names
     * a variable of every operation that uses it.
     */
    private static void checkPath(RouteClass routeClass, Operation operation, DependencyGraph graph, Report report) {
        Set<String> bound = new HashSet<>();
        operation.parameters().stream().filter(p -> p.source() == Source.PATH).forEach(p -> bound.add(p.wireName()));
        Set<ProviderMethod> providers = new LinkedHashSet<>();
        operation.parameters().stream()
                .filter(p -> p.source() == Source.DEPENDENCY)
                .forEach(p -> collect(p.dependency().key(), graph, providers));
        routeClass.routerDependencies().forEach(d -> collect(d.key(), graph, providers));
        List<String> variables = operation.path().variables();
        for (ProviderMethod provider : providers) {
            for (Parameter parameter : provider.parameters()) {
                if (parameter.source() == Source.PATH) {
                    if (variables.contains(parameter.wireName())) {
                        bound.add(parameter.wireName());
                    } else {
                        report.error(
                                DiagnosticId.UnknownPathVariable,
                                operation.element(),
                                operation.verbAnnotation(),
                                null,
                                "The provider " + provider.describe() + " reads the path variable {"
                                        + parameter.wireName() + "}, which is not in the path "
                                        + operation.path().template() + " of " + operation.javaName() + ".",
                                "Add it to the path, or do not use the provider here.");
                    }
                } else if (parameter.source() == Source.QUERY
                        && parameter.sourceAnnotation() == null
                        && variables.contains(parameter.javaName())) {
                    bound.add(parameter.javaName());
                }
            }
        }
        for (String variable : variables) {
            if (!bound.contains(variable)) {
                report.error(
                        DiagnosticId.UnboundPathVariable,
                        operation.element(),
                        operation.verbAnnotation(),
                        null,
                        "The path variable {" + variable + "} of "
                                + operation.path().template() + " has no parameter in the operation or its providers.",
                        "Add a parameter named " + variable + ", or annotate one with @Path(\"" + variable + "\").");
            }
        }
    }

    /**
     * The body is read one way per operation, its providers included: a JSON body, or a form (fields and
     * files), or the raw body alone. The host decides what to read before the operation runs.
     */
    private static void checkBodies(RouteClass routeClass, Operation operation, DependencyGraph graph, Report report) {
        Map<Source, String> readers = new EnumMap<>(Source.class);
        int raw = 0;
        List<Parameter> values = new ArrayList<>(operation.parameters());
        Set<ProviderMethod> providers = new LinkedHashSet<>();
        if (routeClass.needsProviders(operation)) {
            operation.parameters().stream()
                    .filter(p -> p.source() == Source.DEPENDENCY)
                    .forEach(p -> collect(p.dependency().key(), graph, providers));
            routeClass.routerDependencies().forEach(d -> collect(d.key(), graph, providers));
        }
        Map<Parameter, String> owners = new IdentityHashMap<>();
        operation.parameters().forEach(p -> owners.put(p, operation.javaName()));
        for (ProviderMethod provider : providers) {
            for (Parameter parameter : provider.parameters()) {
                values.add(parameter);
                owners.put(parameter, provider.describe());
            }
        }
        for (Parameter parameter : values) {
            Source source = parameter.source();
            if (source == Source.BODY || source == Source.RAW_BODY || source == Source.FORM || source == Source.FILE) {
                Source kind = source == Source.FILE ? Source.FORM : source;
                readers.putIfAbsent(kind, parameter.javaName() + " of " + owners.get(parameter));
                if (source == Source.RAW_BODY) {
                    raw++;
                }
            }
        }
        String problem = null;
        if (readers.containsKey(Source.BODY) && readers.containsKey(Source.FORM)) {
            problem = "reads a JSON body (" + readers.get(Source.BODY) + ") and form fields or files ("
                    + readers.get(Source.FORM) + ")";
        } else if (readers.containsKey(Source.RAW_BODY) && (readers.size() > 1 || raw > 1)) {
            problem = "reads the raw body (" + readers.get(Source.RAW_BODY) + ") and another body value";
        }
        if (problem != null) {
            report.error(
                    DiagnosticId.MixedBodies,
                    operation.element(),
                    operation.verbAnnotation(),
                    null,
                    "The operation " + operation.javaName() + " " + problem
                            + ", but a request has one body, read one way before the operation runs.",
                    null);
        }
    }

    /** {@code key}'s request-scoped provider and everything it needs. */
    private static void collect(DependencyKey key, DependencyGraph graph, Set<ProviderMethod> providers) {
        ProviderMethod provider = graph.provider(key);
        if (provider == null || provider.scope() != ProviderScope.REQUEST || !providers.add(provider)) {
            return;
        }
        provider.dependencies().forEach(p -> collect(p.dependency().key(), graph, providers));
    }
}
