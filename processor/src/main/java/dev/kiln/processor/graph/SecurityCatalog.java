package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.ScopeUse;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security schemes and OAuth2 scopes of the whole compilation, across rounds, and the checks that need
 * all of them: a scope that no {@code @OAuth2Password} declares, and two different schemes under one name.
 * Each problem is reported once, on the annotation that has it.
 */
public final class SecurityCatalog {
    private final Set<String> declaredScopes = new LinkedHashSet<>();
    private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    private final Set<List<Object>> reported = new HashSet<>();
    private final Set<ProviderMethod> checkedProviders = new HashSet<>();

    /** Learns the schemes and declared scopes of a round's route classes and of every provider known so far. */
    public void learn(List<RouteClass> routeClasses, DependencyGraph graph) {
        for (ProviderMethod provider : graph.providers()) {
            learn(provider.parameters());
        }
        for (RouteClass routeClass : routeClasses) {
            for (Operation operation : routeClass.operations()) {
                learn(operation.parameters());
            }
        }
    }

    private void learn(List<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            if (parameter.source() == Source.SECURITY) {
                SecurityScheme scheme = parameter.security().scheme();
                schemes.putIfAbsent(scheme.name(), scheme);
                scheme.scopes().forEach(s -> declaredScopes.add(s.name()));
            }
        }
    }

    /** The problems of {@code routeClass}: its {@code @Scopes} (router, operations, parameters) and its schemes. */
    public Report check(RouteClass routeClass) {
        Report report = new Report();
        for (Operation operation : routeClass.operations()) {
            operation.scopes().forEach(use -> checkScopes(use, report));
            checkParameters(operation.parameters(), report);
        }
        return report;
    }

    /** The problems of the providers not checked yet. */
    public Report checkProviders(DependencyGraph graph) {
        Report report = new Report();
        for (ProviderMethod provider : graph.providers()) {
            if (checkedProviders.add(provider)) {
                checkParameters(provider.parameters(), report);
            }
        }
        return report;
    }

    private void checkParameters(List<Parameter> parameters, Report report) {
        for (Parameter parameter : parameters) {
            if (parameter.security() == null) {
                continue;
            }
            if (parameter.security().scopes() != null) {
                checkScopes(parameter.security().scopes(), report);
            }
            SecurityScheme scheme = parameter.security().scheme();
            if (scheme != null
                    && !scheme.equals(schemes.get(scheme.name()))
                    && reported.add(List.of(parameter.element(), scheme.name()))) {
                report.error(
                        DiagnosticId.SecuritySchemeConflict,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        "The security scheme " + scheme.name() + " of " + parameter.javaName()
                                + " is declared differently elsewhere in the compilation.");
            }
        }
    }

    private void checkScopes(ScopeUse use, Report report) {
        List<String> unknown = new ArrayList<>();
        for (String scope : use.scopes()) {
            if (!declaredScopes.contains(scope) && reported.add(List.of(use.element(), scope))) {
                unknown.add(scope);
            }
        }
        if (!unknown.isEmpty()) {
            report.error(
                    DiagnosticId.UnknownScope,
                    use.element(),
                    use.annotation(),
                    "No @OAuth2Password declares the scope" + (unknown.size() > 1 ? "s " : " ")
                            + String.join(
                                    ", ",
                                    unknown.stream().map(s -> "'" + s + "'").toList())
                            + (declaredScopes.isEmpty()
                                    ? " (none declares any)."
                                    : "; declared: " + String.join(", ", declaredScopes) + "."));
        }
    }
}
