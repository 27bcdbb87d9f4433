package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.HookMethod;
import dev.kiln.processor.model.Injected;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Source;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Checks a static hook ({@code @HealthCheck}, {@code @OnStartup}, {@code @OnShutdown}): public static, in a
 * public class, without type parameters, returning what its annotation allows, taking only singletons or
 * {@code Vertx}, with one threading annotation at most. Whether its singletons exist is the dependency
 * graph's check.
 */
public final class HookValidator {
    /** A {@code @HealthCheck}: returns {@code boolean}, {@code Boolean} or {@code Future<Boolean>}. */
    public Report validateHealthCheck(HookMethod hook) {
        String problem = returnsBoolean(hook)
                ? null
                : "it returns " + hook.element().getReturnType() + " instead of boolean or Future<Boolean>";
        return validate(
                hook,
                "The health check " + hook.describe(),
                problem,
                "Declare it as public static boolean " + hook.javaName() + "(...) (or returning Future<Boolean>) "
                        + "in a public class; its parameters are singletons or Vertx.");
    }

    /**
     * An {@code @OnStartup} or {@code @OnShutdown} hook ({@code annotation}, e.g. {@code "@OnStartup"}):
     * returns {@code void}, {@code Void}, a {@code Future} or a {@code CompletionStage}.
     */
    public Report validateLifespanHook(HookMethod hook, String annotation) {
        String problem = returnsNothing(hook)
                ? null
                : "it returns " + hook.element().getReturnType() + " instead of void or Future<Void>";
        return validate(
                hook,
                "The " + annotation + " hook " + hook.describe(),
                problem,
                "Declare it as public static void " + hook.javaName() + "(...) (or returning Future<Void>) "
                        + "in a public class; its parameters are singletons or Vertx.");
    }

    private static Report validate(HookMethod hook, String who, String returnProblem, String fix) {
        Report report = new Report();
        String problem = signature(hook);
        if (problem == null) {
            problem = returnProblem;
        }
        if (problem != null) {
            report.error(
                    DiagnosticId.BadHookMethod,
                    hook.element(),
                    hook.annotation(),
                    null,
                    who + " cannot be run: " + problem + ".",
                    fix);
        }
        parameters(hook, who, report);
        ThreadingValidator.check(hook.element(), hook.threading(), report);
        return report;
    }

    /** What is wrong with the method's declaration for any hook, or {@code null}. */
    private static String signature(HookMethod hook) {
        if (!hook.element().getModifiers().contains(Modifier.PUBLIC)
                || !hook.element().getModifiers().contains(Modifier.STATIC)) {
            return "it is not public static";
        }
        if (!Visibility.isPublicAllTheWay(hook.owner())) {
            return "its class is not public";
        }
        if (!hook.element().getTypeParameters().isEmpty()) {
            return "it declares type parameters";
        }
        return null;
    }

    private static boolean returnsBoolean(HookMethod hook) {
        if (hook.async() == ReturnShape.Async.NONE) {
            return hook.result().getKind() == TypeKind.BOOLEAN
                    || hook.resultName().equals("java.lang.Boolean");
        }
        return hook.async() == ReturnShape.Async.FUTURE && hook.resultName().equals("java.lang.Boolean");
    }

    /** {@code void}, {@code Void}, or any {@code Future}/{@code CompletionStage} (its value is not used). */
    private static boolean returnsNothing(HookMethod hook) {
        return hook.async() != ReturnShape.Async.NONE
                || hook.result().getKind() == TypeKind.VOID
                || hook.resultName().equals("java.lang.Void");
    }

    /** A hook runs outside any request: it takes singletons (checked by the graph) or {@code Vertx}. */
    private static void parameters(HookMethod hook, String who, Report report) {
        for (Parameter parameter : hook.parameters()) {
            if (parameter.source() == Source.DEPENDENCY
                    || (parameter.source() == Source.INJECTED && parameter.injected() == Injected.VERTX)) {
                continue;
            }
            report.error(
                    DiagnosticId.ScopeMismatch,
                    parameter.element(),
                    null,
                    null,
                    who + " runs outside any request, so it cannot take the request value " + parameter.javaName()
                            + ".",
                    "Take singletons (@Provides(scope = Scope.SINGLETON)) or Vertx only.");
        }
    }
}
