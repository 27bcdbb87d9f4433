package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the compilation, across rounds: two operations with the same HTTP method and
 * path (variable names aside, {@code /items/{id}} = {@code /items/{itemId}}) cannot both be
 * matched, so both are errors.
 */
public final class RouteTable {
    private record Entry(RouteClass routeClass, Operation operation) {
        String key() {
            return operation.method() + " " + operation.path().normalized();
        }

        String describe() {
            return routeClass.javaMethodName(operation);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds the well-formed operations of {@code routeClasses} and reports every clash they make. */
    public Report add(List<RouteClass> routeClasses) {
        Report report = new Report();
        List<Entry> added = new ArrayList<>();
        for (RouteClass routeClass : routeClasses) {
            for (Operation operation : routeClass.operations()) {
                if (operation.path().problems().isEmpty()) {
                    added.add(new Entry(routeClass, operation));
                }
            }
        }
        for (Entry entry : added) {
            for (Entry other : entries) {
                if (other.key().equals(entry.key())) {
                    clash(entry, other, report);
                    clash(other, entry, report);
                }
            }
            entries.add(entry);
        }
        return report;
    }

    private static void clash(Entry at, Entry other, Report report) {
        report.error(
                DiagnosticId.DuplicateRoute,
                at.operation().element(),
                at.operation().verbAnnotation(),
                at.operation().method() + " " + at.operation().path().template() + " is also declared by "
                        + other.describe() + " (" + other.operation().method() + " "
                        + other.operation().path().template() + "), so one of them could never be reached.");
    }
}
