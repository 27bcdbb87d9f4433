package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.HookMethod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The compilation's valid {@code @HealthCheck}s, by name: two of one name are an error on both. */
public final class HealthCheckTable {
    private final Map<String, HookMethod> byName = new TreeMap<>();

    public Report add(HookMethod check) {
        Report report = new Report();
        HookMethod other = byName.putIfAbsent(check.name(), check);
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

    /** The checks, sorted by name. */
    public List<HookMethod> checks() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
