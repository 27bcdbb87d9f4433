package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Source;
import javax.lang.model.element.Modifier;

/**
 * Checks one {@code @Middleware} method on its own: public static in a public class, without type
 * parameters, returning what a middleware may return, its parameters bindable, no {@code @Path} value
 * (a middleware applies to operations of other paths too), one threading annotation at most. Whether its
 * dependencies have providers is the dependency graph's check.
 */
public final class MiddlewareValidator {
    public Report validate(MiddlewareMethod middleware) {
        Report report = new Report();
        String who = "The @Middleware " + middleware.describe();
        String problem = signature(middleware);
        if (problem != null) {
            report.error(
                    DiagnosticId.BadMiddleware,
                    middleware.element(),
                    middleware.annotation(),
                    null,
                    who + " cannot be called by generated code: " + problem + ".",
                    "Declare it as public static in a public class.");
        }
        if (middleware.result() == null) {
            report.error(
                    DiagnosticId.MiddlewareReturnType,
                    middleware.element(),
                    middleware.annotation(),
                    who + " returns " + middleware.element().getReturnType() + ".");
        }
        for (Parameter parameter : middleware.parameters()) {
            if (parameter.unsupported() != null) {
                report.error(
                        DiagnosticId.UnsupportedParameterType,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        "Kiln cannot bind the parameter " + parameter.javaName() + " of " + middleware.describe() + ": "
                                + parameter.unsupported() + ".");
            } else if (parameter.source() == Source.PATH) {
                report.error(
                        DiagnosticId.BadMiddleware,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        null,
                        who + " reads the path variable {" + parameter.wireName() + "}, but it runs before operations "
                                + "whose paths need not have it.",
                        "Read the path value in the operation, or in a provider the operation takes.");
            }
        }
        ThreadingValidator.check(middleware.element(), middleware.provider().threading(), report);
        return report;
    }

    private static String signature(MiddlewareMethod middleware) {
        if (!middleware.element().getModifiers().contains(Modifier.PUBLIC)
                || !middleware.element().getModifiers().contains(Modifier.STATIC)) {
            return "it is not public static";
        }
        if (!Visibility.isPublicAllTheWay(middleware.owner())) {
            return "its class is not public";
        }
        if (!middleware.element().getTypeParameters().isEmpty()) {
            return "it declares type parameters";
        }
        return null;
    }
}
