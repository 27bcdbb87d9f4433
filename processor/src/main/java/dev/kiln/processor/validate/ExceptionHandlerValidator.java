package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.ExceptionHandlerMethod;

/**
 * Checks an {@code @ExceptionHandler}: a public static {@code (E extends Throwable, Request)} method
 * returning {@code Response<?>} or {@code Future<Response<?>>}, in a class the generated registry can
 * reach (what keeps it from being one was read into {@link ExceptionHandlerMethod#problem()}), with one
 * threading annotation at most.
 */
public final class ExceptionHandlerValidator {
    public Report validate(ExceptionHandlerMethod handler) {
        Report report = new Report();
        if (handler.problem() != null) {
            String name = handler.element().getSimpleName().toString();
            report.error(
                    DiagnosticId.BadExceptionHandler,
                    handler.element(),
                    handler.annotation(),
                    null,
                    "The exception handler " + name + " cannot be registered: " + handler.problem() + ".",
                    "Declare it as public static Response<?> " + name
                            + "(SomeException e, Request request) in a public class.");
        }
        ThreadingValidator.check(handler.element(), handler.threading(), report);
        return report;
    }
}
