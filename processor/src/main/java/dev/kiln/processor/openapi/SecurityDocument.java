package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiSecurityRequirement;
import dev.kiln.openapi.ApiSecurityScheme;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.processor.graph.OperationSecurity;
import dev.kiln.processor.model.SecurityScheme;
import dev.kiln.processor.model.Source;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A scheme of the model as the document describes it: FastAPI's {@code securitySchemes} entries. */
final class SecurityDocument {
    private SecurityDocument() {}

    static ApiSecurityRequirement requirement(OperationSecurity.Requirement requirement) {
        return new ApiSecurityRequirement(scheme(requirement.scheme()), requirement.scopes());
    }

    static ApiSecurityScheme scheme(SecurityScheme scheme) {
        return switch (scheme.kind()) {
            case OAUTH2_PASSWORD -> {
                Map<String, String> scopes = new LinkedHashMap<>();
                scheme.scopes().forEach(s -> scopes.put(s.name(), s.description()));
                yield ApiSecurityScheme.oauth2Password(
                        scheme.name(), scheme.description(), scheme.tokenUrl(), scheme.refreshUrl(), scopes);
            }
            case BEARER -> ApiSecurityScheme.http(scheme.name(), scheme.description(), "bearer", scheme.bearerFormat());
            case BASIC -> ApiSecurityScheme.http(scheme.name(), scheme.description(), "basic", null);
            case API_KEY ->
                ApiSecurityScheme.apiKey(
                        scheme.name(),
                        scheme.description(),
                        switch (scheme.in()) {
                            case QUERY -> ParameterLocation.QUERY;
                            case COOKIE -> ParameterLocation.COOKIE;
                            default -> ParameterLocation.HEADER;
                        },
                        scheme.wireName());
            case OPEN_ID_CONNECT ->
                ApiSecurityScheme.openIdConnect(scheme.name(), scheme.description(), scheme.openIdConnectUrl());
        };
    }

    /** Where a scheme reads its credential, as {@link #readKey(Source, String)} writes it. */
    static String readKey(SecurityScheme scheme) {
        return readKey(scheme.in(), scheme.wireName());
    }

    /** {@code header:authorization}, {@code query:api_key}: header names compared without case. */
    static String readKey(Source in, String name) {
        return in.name() + ":" + (in == Source.HEADER ? name.toLowerCase(Locale.ROOT) : name);
    }
}
