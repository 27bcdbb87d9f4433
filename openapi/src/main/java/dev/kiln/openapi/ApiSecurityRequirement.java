package dev.kiln.openapi;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an operation's {@code security}: a scheme it needs, with the scopes it requires. The scheme's
 * definition goes into {@code components.securitySchemes}.
 *
 * @param scheme the scheme
 * @param scopes the scopes, in order
 */
public record ApiSecurityRequirement(ApiSecurityScheme scheme, List<String> scopes) {
    public ApiSecurityRequirement {
        Objects.requireNonNull(scheme, "scheme");
        scopes = List.copyOf(scopes == null ? List.of() : scopes);
    }
}
