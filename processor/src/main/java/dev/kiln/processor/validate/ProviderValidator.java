package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks one {@code @Provides} method on its own: that it provides something, that generated code
 * can call it (and build its class, for an instance provider), and that its parameters can be bound.
 * The checks that need every provider (duplicates, cycles, scopes) are graph checks.
 */
public final class ProviderValidator {
    public Report validate(ProviderMethod provider) {
        Report report = new Report();
        ThreadingValidator.check(provider.element(), provider.threading(), report);
        if (provider.returnsVoid()) {
            report.error(
                    DiagnosticId.VoidProvider,
                    provider.element(),
                    provider.annotation(),
                    "The provider " + provider.describe() + " returns "
                            + provider.element().getReturnType()
                            + ", so it provides nothing.");
        }
        if (!provider.element().getModifiers().contains(Modifier.PUBLIC)
                || !provider.element().getTypeParameters().isEmpty()) {
            report.error(
                    DiagnosticId.BadProvider,
                    provider.element(),
                    provider.annotation(),
                    null,
                    "The provider " + provider.describe() + " cannot be called by generated code: it must be a "
                            + "public method without type parameters.",
                    "Make it public.");
        }
        OwnerProblem ownerProblem = ownerProblem(provider);
        if (ownerProblem != null) {
            report.error(
                    DiagnosticId.BadProvider,
                    provider.element(),
                    provider.annotation(),
                    null,
                    "The provider " + provider.describe() + " cannot be called by generated code: "
                            + ownerProblem.what() + ".",
                    ownerProblem.fix());
        }
        for (Parameter parameter : provider.parameters()) {
            if (parameter.unsupported() != null) {
                report.error(
                        DiagnosticId.UnsupportedParameterType,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        "Kiln cannot bind the parameter " + parameter.javaName() + " of " + provider.describe() + ": "
                                + parameter.unsupported() + ".");
            }
        }
        report.addAll(new SecurityValidator().validate(provider.parameters()));
        return report;
    }

    /** Why generated code cannot reach a provider's class, and what to do about it. */
    private record OwnerProblem(String what, String fix) {}

    /** Why generated code cannot reach {@code owner} (or build it, for instance providers), or {@code null}. */
    private static OwnerProblem ownerProblem(ProviderMethod provider) {
        TypeElement owner = provider.owner();
        boolean isStatic = provider.isStatic();
        for (Element e = owner; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return new OwnerProblem(t.getSimpleName() + " is not public", "Make it public.");
            }
        }
        if (owner.getNestingKind() == NestingKind.LOCAL || owner.getNestingKind() == NestingKind.ANONYMOUS) {
            return new OwnerProblem("it is declared in a local class", "Move it to a top-level class.");
        }
        if (isStatic) {
            return null;
        }
        if (owner.getKind() != ElementKind.CLASS
                || owner.getModifiers().contains(Modifier.ABSTRACT)
                || owner.getNestingKind() == NestingKind.MEMBER
                        && !owner.getModifiers().contains(Modifier.STATIC)
                || !owner.getTypeParameters().isEmpty()) {
            return new OwnerProblem(
                    "it is an instance method, and " + owner.getSimpleName() + " is not a concrete, non-generic "
                            + "top-level or static nested class Kiln can build",
                    "Make the method static.");
        }
        int constructors = provider.ownerConstructors();
        if (constructors != 1) {
            return new OwnerProblem(
                    "it is an instance method, so Kiln builds " + owner.getSimpleName() + " once at startup, which "
                            + "needs exactly one public constructor (its parameters are singletons); it has "
                            + constructors,
                    "Make the method static, or give the class one public constructor.");
        }
        return null;
    }
}
