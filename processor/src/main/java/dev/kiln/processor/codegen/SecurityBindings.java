package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.Source;
import java.util.List;

/**
 * The one way a credential is bound: {@code String token = Security.oauth2Password(ex.header("authorization"),
 * errors)} (a missing one records the scheme's 401 in the errors), or the {@code optional...} form of an
 * {@code Optional} parameter; and the {@code SecurityScopes} literal handed to a provider or an operation.
 */
final class SecurityBindings {
    private SecurityBindings() {}

    /** {@code T local = Security...(raw, ..., errors)} for a {@link Source#SECURITY} parameter. */
    static CodeBlock statement(TypeName type, String local, Parameter parameter, String exchange, CodeBlock errors) {
        SecurityScheme scheme = parameter.security().scheme();
        String accessor = switch (scheme.in()) {
            case QUERY -> "query";
            case COOKIE -> "cookie";
            default -> "header";
        };
        CodeBlock raw = CodeBlock.of("$N.$N($S)", exchange, accessor, parameter.wireName());
        boolean optional = parameter.presence() == Presence.OPTIONAL;
        String method = switch (scheme.kind()) {
            case OAUTH2_PASSWORD -> "oauth2Password";
            case BEARER -> "bearer";
            case API_KEY -> "apiKey";
            case BASIC -> "basic";
            case OPEN_ID_CONNECT -> "openIdConnect";
        };
        if (optional) {
            method = "optional" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
        }
        if (scheme.kind() == SecurityScheme.Kind.BASIC) {
            // a malformed Basic value is a 401 even for an Optional, as FastAPI's HTTPBasic raises it either way
            return CodeBlock.of(
                    "$T $N = $T.$N($L, $S, $L)",
                    type,
                    local,
                    RuntimeTypes.SECURITY,
                    method,
                    raw,
                    scheme.challenge(),
                    errors);
        }
        if (optional) {
            return CodeBlock.of("$T $N = $T.$N($L)", type, local, RuntimeTypes.SECURITY, method, raw);
        }
        return CodeBlock.of("$T $N = $T.$N($L, $L)", type, local, RuntimeTypes.SECURITY, method, raw, errors);
    }

    /** {@code SecurityScopes.of("items", "me")}. */
    static CodeBlock scopes(List<String> scopes) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < scopes.size(); i++) {
            arguments.add(i == 0 ? "$S" : ", $S", scopes.get(i));
        }
        return CodeBlock.of("$T.of($L)", RuntimeTypes.SECURITY_SCOPES, arguments.build());
    }
}
