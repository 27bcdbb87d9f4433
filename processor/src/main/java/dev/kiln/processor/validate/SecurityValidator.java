package dev.kiln.processor.validate;

import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Checks the parameters that a security scheme binds: {@code String} (or {@code Credentials} for
 * {@code @BasicAuth}) or an {@code Optional} of it, one scheme, no source annotation.
 */
public final class SecurityValidator {
    /** The problems of the security parameters among {@code parameters} (of an operation or a provider). */
    public Report validate(List<Parameter> parameters) {
        Report report = new Report();
        for (Parameter parameter : parameters) {
            if (parameter.source() != Source.SECURITY) {
                continue;
            }
            SecurityScheme scheme = parameter.security().scheme();
            String annotation = "@" + annotationName(scheme.kind());
            if (parameter.security().misuse() != null) {
                report.error(
                        DiagnosticId.SecurityParameterType,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        "The parameter " + parameter.javaName() + " cannot be bound: "
                                + parameter.security().misuse() + ".");
                continue;
            }
            TypeShape shape = parameter.shape();
            TypeShape bound = shape instanceof TypeShape.OptionalShape optional ? optional.value() : shape;
            String type = bound.type().getKind() == TypeKind.DECLARED
                    ? ((TypeElement) ((DeclaredType) bound.type()).asElement())
                            .getQualifiedName()
                            .toString()
                    : "";
            if (!type.equals(scheme.kind().boundType())) {
                String simple = scheme.kind()
                        .boundType()
                        .substring(scheme.kind().boundType().lastIndexOf('.') + 1);
                report.error(
                        DiagnosticId.SecurityParameterType,
                        parameter.element(),
                        parameter.sourceAnnotation(),
                        null,
                        "The " + annotation + " parameter " + parameter.javaName() + " has type " + shape.type()
                                + ", but " + annotation + " binds a " + simple + ".",
                        "Declare it as " + simple + ", or Optional<" + simple + "> when it may be absent.");
            }
        }
        return report;
    }

    private static String annotationName(SecurityScheme.Kind kind) {
        return switch (kind) {
            case OAUTH2_PASSWORD -> "OAuth2Password";
            case BEARER -> "Bearer";
            case API_KEY -> "ApiKey";
            case BASIC -> "BasicAuth";
            case OPEN_ID_CONNECT -> "OpenIdConnect";
        };
    }
}
