package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.HookMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compilation's valid static hooks: {@code @HealthCheck}s by name (two of one name are an error on
 * both), and {@code @OnStartup}/{@code @OnShutdown} hooks in the order they run: by {@code order}, then by
 * qualified name (the host merges the modules' hooks in the same order).
 */
public final class HookTable {
    private static final Comparator<HookMethod> LIFESPAN_ORDER =
            Comparator.comparingInt(HookMethod::order).thenComparing(HookMethod::qualifiedName);

    private final Map<String, HookMethod> healthChecks = new TreeMap<>();
    private final List<HookMethod> startup = new ArrayList<>();
    private final List<HookMethod> shutdown = new ArrayList<>();

    /** Adds a health check, reporting another of its name on both. */
    public Report addHealthCheck(HookMethod check) {
        Report report = new Report();
        HookMethod other = healthChecks.putIfAbsent(check.name(), check);
        if (other != null) {
            report.error(
                    DiagnosticId.DuplicateHealthCheck,
                    check.element(),
                    check.annotation(),
                    "Two health checks are named \"" + check.name() + "\": this one and " + other.describe() + ".");
            report.error(
                    DiagnosticId.DuplicateHealthCheck,
                    other.element(),
                    other.annotation(),
                    "Two health checks are named \"" + check.name() + "\": this one and " + check.describe() + ".");
        }
        return report;
    }

    public void addStartup(HookMethod hook) {
        startup.add(hook);
    }

    public void addShutdown(HookMethod hook) {
        shutdown.add(hook);
    }

    /** The health checks, sorted by name. */
    public List<HookMethod> healthChecks() {
        return List.copyOf(healthChecks.values());
    }

    /** The {@code @OnStartup} hooks in the order they run. */
    public List<HookMethod> startupHooks() {
        return startup.stream().sorted(LIFESPAN_ORDER).toList();
    }

    /** The {@code @OnShutdown} hooks in the order they run. */
    public List<HookMethod> shutdownHooks() {
        return shutdown.stream().sorted(LIFESPAN_ORDER).toList();
    }

    /** Every hook, for the packages the route module's name comes from. */
    public List<HookMethod> all() {
        List<HookMethod> all = new ArrayList<>(healthChecks.values());
        all.addAll(startupHooks());
        all.addAll(shutdownHooks());
        return all;
    }

    public boolean isEmpty() {
        return healthChecks.isEmpty() && startup.isEmpty() && shutdown.isEmpty();
    }
}
