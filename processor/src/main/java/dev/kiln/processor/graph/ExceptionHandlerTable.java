package dev.kiln.processor.graph;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.ExceptionHandlerMethod;
import java.util.ArrayList;
import java.util.List;

/** Every exception handler of the compilation: one exception type has at most one handler. */
public final class ExceptionHandlerTable {
    private final List<ExceptionHandlerMethod> handlers = new ArrayList<>();

    /** Adds {@code handler}, reporting a clash with a handler of the same exception type on both. */
    public Report add(ExceptionHandlerMethod handler) {
        Report report = new Report();
        for (ExceptionHandlerMethod other : handlers) {
            if (other.exceptionType().equals(handler.exceptionType())) {
                clash(handler, other, report);
                clash(other, handler, report);
            }
        }
        handlers.add(handler);
        return report;
    }

    private static void clash(ExceptionHandlerMethod at, ExceptionHandlerMethod other, Report report) {
        report.error(
                DiagnosticId.BadExceptionHandler,
                at.element(),
                at.annotation(),
                null,
                "Two exception handlers handle " + at.exceptionType().getQualifiedName() + ": this one and "
                        + other.owner().getSimpleName() + "." + other.element().getSimpleName()
                        + ".",
                "Keep one of them.");
    }
}
