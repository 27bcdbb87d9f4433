package dev.kiln.processor.graph;

import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one operation's dependency graph says about security, worked out at compile time: the schemes it
 * reaches, each with the union of the scopes required along the way to it (the document's {@code security}
 * requirement), and the {@code SecurityScopes} each provider gets: the scopes of everything above it (FastAPI's
 * {@code SecurityScopes}: the operation's and its router's {@code @Scopes}, then those on the parameters along
 * the path). A provider reached along several paths gets the union of their scopes, in the order found.
 *
 * @param operationScopes the operation's own and its router's scopes
 * @param requirements    every scheme reached, in the order found, with its scopes
 * @param providerScopes  the scopes handed to each provider that the operation reaches
 */
public record OperationSecurity(
        List<String> operationScopes, List<Requirement> requirements, Map<DependencyKey, List<String>> providerScopes) {
    /** An operation that reaches no scheme and requires no scope. */
    public static final OperationSecurity NONE = new OperationSecurity(List.of(), List.of(), Map.of());

    public OperationSecurity {
        operationScopes = List.copyOf(operationScopes);
        requirements = List.copyOf(requirements);
        providerScopes = Map.copyOf(providerScopes);
    }

    /**
     * One scheme the operation needs, with the scopes required of it.
     *
     * @param scheme the scheme (the first one found under its name)
     * @param scopes the scopes, in the order found, without repeats
     */
    public record Requirement(SecurityScheme scheme, List<String> scopes) {
        public Requirement {
            scopes = List.copyOf(scopes);
        }
    }

    /** The scopes handed to {@code key}'s provider. */
    public List<String> scopesOf(DependencyKey key) {
        return providerScopes.getOrDefault(key, List.of());
    }

    /** Walks the graph of {@code operation}, declared in {@code routeClass}; {@code providers} finds a key's provider. */
    public static OperationSecurity of(
            RouteClass routeClass, Operation operation, Function<DependencyKey, ProviderMethod> providers) {
        Walk walk = new Walk(providers);
        List<String> scopes = operation.requiredScopes();
        walk.parameters(operation.parameters(), scopes);
        for (Dependency dependency : routeClass.routerDependencies()) {
            walk.provider(dependency.key(), scopes);
        }
        if (walk.requirements.isEmpty() && walk.providerScopes.isEmpty() && scopes.isEmpty()) {
            return NONE;
        }
        List<Requirement> requirements = new ArrayList<>();
        walk.requirements.forEach(
                (name, found) -> requirements.add(new Requirement(walk.schemes.get(name), new ArrayList<>(found))));
        Map<DependencyKey, List<String>> providerScopes = new TreeMap<>();
        walk.providerScopes.forEach((key, found) -> providerScopes.put(key, new ArrayList<>(found)));
        return new OperationSecurity(scopes, requirements, providerScopes);
    }

    private static final class Walk {
        private final Function<DependencyKey, ProviderMethod> providers;
        private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        private final Map<String, Set<String>> requirements = new LinkedHashMap<>();
        private final Map<DependencyKey, Set<String>> providerScopes = new TreeMap<>();
        private final Set<DependencyKey> onPath = new HashSet<>();

        Walk(Function<DependencyKey, ProviderMethod> providers) {
            this.providers = providers;
        }

        void parameters(List<Parameter> parameters, List<String> above) {
            for (Parameter parameter : parameters) {
                List<String> scopes = union(above, parameter.requiredScopes());
                if (parameter.source() == Source.SECURITY) {
                    SecurityScheme scheme = parameter.security().scheme();
                    schemes.putIfAbsent(scheme.name(), scheme);
                    requirements
                            .computeIfAbsent(scheme.name(), n -> new LinkedHashSet<>())
                            .addAll(scopes);
                } else if (parameter.source() == Source.DEPENDENCY) {
                    provider(parameter.dependency().key(), scopes);
                }
            }
        }

        void provider(DependencyKey key, List<String> scopes) {
            ProviderMethod provider = providers.apply(key);
            if (provider == null || provider.scope() == ProviderScope.SINGLETON || onPath.contains(key)) {
                return;
            }
            boolean seen = providerScopes.containsKey(key);
            Set<String> known = providerScopes.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (!known.addAll(scopes) && seen) {
                return; // nothing new below this provider
            }
            onPath.add(key);
            parameters(provider.parameters(), scopes);
            onPath.remove(key);
        }

        private static List<String> union(List<String> above, List<String> own) {
            if (own.isEmpty()) {
                return above;
            }
            Set<String> all = new LinkedHashSet<>(above);
            all.addAll(own);
            return new ArrayList<>(all);
        }
    }
}
