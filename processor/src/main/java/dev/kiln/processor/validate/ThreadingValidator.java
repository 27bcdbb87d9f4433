package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Threading;
import javax.lang.model.element.Element;

/** {@code @Blocking} and {@code @NonBlocking} contradict each other on one element. */
final class ThreadingValidator {
    private ThreadingValidator() {}

    static void check(Element element, Threading threading, Report report) {
        if (threading.blocking() != null && threading.nonBlocking() != null) {
            report.error(
                    DiagnosticId.ConflictingThreading,
                    element,
                    threading.nonBlocking(),
                    element.getSimpleName() + " is annotated with both @Blocking and @NonBlocking.");
        }
        if (threading.blocking() != null
                && threading.pool() != null
                && threading.pool().isBlank()) {
            report.error(
                    DiagnosticId.ConflictingThreading,
                    element,
                    threading.blocking(),
                    null,
                    "@Blocking(pool = \"\") names no pool.",
                    "Name a pool, or leave pool out for the default pool.");
        }
    }
}
