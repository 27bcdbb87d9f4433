package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.Injected;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Every provider of the compilation, across rounds, and the checks that need all of them: two
 * providers for one key, a provider parameter nobody provides, a cycle, a singleton that needs a
 * request value. Also the order singletons are made in at startup.
 */
public final class DependencyGraph {
    /**
     * The class of instance providers: made once at startup, like a singleton, from its constructor's
     * singleton dependencies.
     *
     * @param type                    the class
     * @param constructorDependencies its constructor's parameters
     */
    public record Owner(TypeElement type, List<Parameter> constructorDependencies) {
        /** The singleton registry's key of the instance. */
        public String runtimeKey() {
            return "instance:" + type.getQualifiedName();
        }
    }

    private final Map<DependencyKey, List<ProviderMethod>> providers = new TreeMap<>();
    private final Map<String, Owner> owners = new TreeMap<>();
    private final Set<DependencyKey> broken = new HashSet<>();

    /**
     * Adds a round's providers (with the owners of its instance providers) and reports what is wrong
     * with the providers known so far that this round could change.
     */
    public Report add(List<ProviderMethod> added, List<Owner> addedOwners, Set<DependencyKey> invalid) {
        Report report = new Report();
        for (ProviderMethod provider : added) {
            providers.computeIfAbsent(provider.key(), k -> new ArrayList<>()).add(provider);
        }
        addedOwners.forEach(
                owner -> owners.putIfAbsent(owner.type().getQualifiedName().toString(), owner));
        broken.addAll(invalid);
        for (ProviderMethod provider : added) {
            List<ProviderMethod> same = providers.get(provider.key());
            if (same.size() > 1) {
                for (ProviderMethod other : same) {
                    if (other != provider) {
                        report.error(
                                DiagnosticId.DuplicateProvider,
                                provider.element(),
                                provider.annotation(),
                                "Two providers make " + provider.key().describe() + ": " + provider.describe() + " and "
                                        + other.describe() + ".");
                        broken.add(provider.key());
                    }
                }
            }
            checkParameters(provider, report);
        }
        for (Owner owner : addedOwners) {
            boolean ownerBroken = false;
            for (Parameter parameter : owner.constructorDependencies()) {
                ownerBroken |= checkMadeAtStartup(
                        parameter,
                        "The constructor of " + owner.type().getSimpleName()
                                + " (it has instance providers, so it is made once at startup)",
                        report);
                if (provider(parameter.dependency().key()) == null) {
                    missing(parameter, "the constructor of " + owner.type().getSimpleName(), report);
                    ownerBroken = true;
                }
            }
            if (ownerBroken) {
                added.stream().filter(p -> p.owner().equals(owner.type())).forEach(p -> broken.add(p.key()));
            }
        }
        findCycles(added, report);
        return report;
    }

    private void checkParameters(ProviderMethod provider, Report report) {
        for (Parameter parameter : provider.parameters()) {
            if (provider.scope() == ProviderScope.SINGLETON) {
                boolean requestValue = parameter.source() != Source.DEPENDENCY
                        && !(parameter.source() == Source.INJECTED && parameter.injected() == Injected.VERTX);
                if (requestValue) {
                    report.error(
                            DiagnosticId.ScopeMismatch,
                            parameter.element(),
                            null,
                            null,
                            "The singleton provider " + provider.describe() + " is made once at startup, before "
                                    + "any request, so it cannot take the request value " + parameter.javaName()
                                    + ".",
                            "Make the provider request-scoped (@Provides), or remove the parameter.");
                    broken.add(provider.key());
                    continue;
                }
            }
            if (parameter.source() == Source.DEPENDENCY) {
                if (provider.scope() == ProviderScope.SINGLETON
                        && checkMadeAtStartup(parameter, "The singleton provider " + provider.describe(), report)) {
                    broken.add(provider.key());
                }
                if (provider(parameter.dependency().key()) == null) {
                    missing(parameter, "the provider " + provider.describe(), report);
                    broken.add(provider.key());
                }
            }
        }
    }

    /**
     * Reports {@code parameter} of something made once at startup ({@code who}) asking for a
     * request-scoped value; returns whether it did.
     */
    private boolean checkMadeAtStartup(Parameter parameter, String who, Report report) {
        return requestScoped(parameter, who + " is made once at startup", "ask for it in an operation", report);
    }

    /**
     * Reports {@code parameter} asking for a request-scoped value where there is no request
     * ({@code situation}: "X is made once at startup"); returns whether it did.
     */
    private boolean requestScoped(Parameter parameter, String situation, String otherwise, Report report) {
        ProviderMethod needed = provider(parameter.dependency().key());
        if (needed == null || needed.scope() != ProviderScope.REQUEST) {
            return false;
        }
        report.error(
                DiagnosticId.ScopeMismatch,
                parameter.element(),
                null,
                null,
                situation + ", but " + parameter.javaName() + " is a request-scoped "
                        + parameter.dependency().key().describe() + " (from " + needed.describe() + ").",
                "Make " + needed.describe() + " a singleton (@Provides(scope = Scope.SINGLETON)), or " + otherwise
                        + ".");
        return true;
    }

    /**
     * Reports the dependencies among {@code parameters} of something run outside any request
     * ({@code who}, e.g. {@code "The health check Checks.database"}) that nothing provides or that are
     * request-scoped.
     */
    public Report checkStartupParameters(List<Parameter> parameters, String who) {
        Report report = new Report();
        for (Parameter parameter : parameters) {
            if (parameter.source() != Source.DEPENDENCY) {
                continue;
            }
            if (provider(parameter.dependency().key()) == null) {
                missing(parameter, who.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + who.substring(1), report);
            } else {
                requestScoped(parameter, who + " runs outside any request", "take another value", report);
            }
        }
        return report;
    }

    /** Whether a dependency among {@code parameters} is broken (already reported). */
    public boolean usesBroken(List<Parameter> parameters) {
        return parameters.stream()
                .anyMatch(p -> p.source() == Source.DEPENDENCY
                        && isBroken(p.dependency().key()));
    }

    /** Reports that nothing provides what {@code parameter} asks for. */
    public static void missing(Parameter parameter, String of, Report report) {
        report.error(
                DiagnosticId.MissingProvider,
                parameter.element(),
                parameter.sourceAnnotation(),
                null,
                "No provider makes " + parameter.dependency().key().describe() + ", which " + of + " asks for as "
                        + parameter.javaName() + ".",
                "Add a public static @Provides method that returns it"
                        + (parameter.dependency().key().qualifier().isEmpty()
                                ? ""
                                : " with @Named(\""
                                        + parameter.dependency().key().qualifier() + "\")")
                        + ", or change the parameter.");
    }

    private void findCycles(List<ProviderMethod> added, Report report) {
        Set<String> reported = new HashSet<>();
        for (ProviderMethod start : added) {
            List<DependencyKey> path = new ArrayList<>();
            walk(start.key(), path, new HashSet<>(), reported, report);
        }
    }

    private void walk(
            DependencyKey key, List<DependencyKey> path, Set<DependencyKey> done, Set<String> reported, Report report) {
        int at = path.indexOf(key);
        if (at >= 0) {
            List<DependencyKey> cycle = new ArrayList<>(path.subList(at, path.size()));
            // One report per cycle, on its smallest key's provider, whichever provider the walk started from.
            DependencyKey first = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
            int rotate = cycle.indexOf(first);
            List<DependencyKey> ordered = new ArrayList<>(cycle.subList(rotate, cycle.size()));
            ordered.addAll(cycle.subList(0, rotate));
            StringBuilder text = new StringBuilder();
            ordered.forEach(k -> text.append(k.describe()).append(" -> "));
            text.append(first.describe());
            if (reported.add(text.toString())) {
                ProviderMethod provider = provider(first);
                report.error(
                        DiagnosticId.DependencyCycle,
                        provider.element(),
                        provider.annotation(),
                        "These providers need each other in a cycle: " + text + ".");
            }
            broken.addAll(ordered);
            return;
        }
        ProviderMethod provider = provider(key);
        if (provider == null || done.contains(key)) {
            return;
        }
        path.add(key);
        for (DependencyKey next : dependenciesOf(provider)) {
            walk(next, path, done, reported, report);
        }
        path.remove(path.size() - 1);
        done.add(key);
    }

    /** The keys {@code provider} needs: its dependency parameters, and its owner's constructor's. */
    private List<DependencyKey> dependenciesOf(ProviderMethod provider) {
        List<DependencyKey> keys = new ArrayList<>();
        provider.dependencies().forEach(p -> keys.add(p.dependency().key()));
        if (!provider.isStatic()) {
            Owner owner = owners.get(provider.owner().getQualifiedName().toString());
            if (owner != null) {
                owner.constructorDependencies()
                        .forEach(p -> keys.add(p.dependency().key()));
            }
        }
        return keys;
    }

    /** Every provider known so far, one per key (the first), in key order. */
    public List<ProviderMethod> providers() {
        return providers.values().stream()
                .filter(found -> !found.isEmpty())
                .map(found -> found.get(0))
                .toList();
    }

    /** The one provider of {@code key}, or {@code null}. */
    public ProviderMethod provider(DependencyKey key) {
        List<ProviderMethod> found = providers.get(key);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    /** The owner of an instance provider. */
    public Owner owner(ProviderMethod provider) {
        return owners.get(provider.owner().getQualifiedName().toString());
    }

    /**
     * Whether {@code key} or anything it needs is broken (already reported): code that uses it is not
     * generated, so the user sees Kiln's message rather than javac's.
     */
    public boolean isBroken(DependencyKey key) {
        return isBroken(key, new HashSet<>());
    }

    private boolean isBroken(DependencyKey key, Set<DependencyKey> seen) {
        if (broken.contains(key)) {
            return true;
        }
        ProviderMethod provider = provider(key);
        if (provider == null || !seen.add(key)) {
            return false;
        }
        return dependenciesOf(provider).stream().anyMatch(k -> isBroken(k, seen));
    }

    /** Whether any dependency of {@code routeClass}'s operations, constructor or router is broken. */
    public boolean usesBroken(RouteClass routeClass) {
        List<Parameter> parameters = new ArrayList<>(routeClass.constructorDependencies());
        routeClass.operations().forEach(o -> parameters.addAll(o.parameters()));
        return parameters.stream()
                        .anyMatch(p -> p.source() == Source.DEPENDENCY
                                && isBroken(p.dependency().key()))
                || routeClass.routerDependencies().stream().anyMatch(d -> isBroken(d.key()));
    }

    /**
     * What the route module makes at startup, in dependency order: every singleton provider and every
     * owner of instance providers ({@link ProviderMethod} or {@link Owner}), sorted by key where the
     * order is free.
     */
    public List<Object> singletonOrder() {
        Set<Object> ordered = new LinkedHashSet<>();
        for (List<ProviderMethod> candidates : providers.values()) {
            ProviderMethod provider = candidates.get(0);
            if (provider.scope() == ProviderScope.SINGLETON && !isBroken(provider.key())) {
                visit(provider, ordered);
            }
            for (ProviderMethod p : candidates) {
                if (!p.isStatic() && owner(p) != null && !isBroken(p.key())) {
                    visitOwner(owner(p), ordered);
                }
            }
        }
        return new ArrayList<>(ordered);
    }

    private void visit(ProviderMethod provider, Set<Object> ordered) {
        if (ordered.contains(provider)) {
            return;
        }
        visitAll(provider.dependencies(), ordered);
        if (!provider.isStatic() && owner(provider) != null) {
            visitOwner(owner(provider), ordered);
        }
        ordered.add(provider);
    }

    private void visitOwner(Owner owner, Set<Object> ordered) {
        if (ordered.contains(owner)) {
            return;
        }
        visitAll(owner.constructorDependencies(), ordered);
        ordered.add(owner);
    }

    /** Orders the providers of {@code dependencies} (and what they need) first. */
    private void visitAll(List<Parameter> dependencies, Set<Object> ordered) {
        for (Parameter parameter : dependencies) {
            ProviderMethod needed = provider(parameter.dependency().key());
            if (needed != null) {
                visit(needed, ordered);
            }
        }
    }
}
