package dev.kiln.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code components.securitySchemes}, as FastAPI's security classes document themselves. Make
 * one with the factory methods, {@code oauth2Password}, {@code http}, {@code apiKey} and the OpenID Connect one.
 *
 * @param name             its name: the key in {@code securitySchemes} and in requirements
 * @param type             {@code oauth2}, {@code http}, {@code apiKey} or OpenID Connect
 * @param description      its description, or {@code null}
 * @param in               an API key's location ({@link ParameterLocation#HEADER}, {@code QUERY}, {@code COOKIE}),
 *                         or {@code null}
 * @param parameterName    an API key's header, query or cookie name, or {@code null}
 * @param httpScheme       an HTTP scheme's name ({@code bearer}, {@code basic}), or {@code null}
 * @param bearerFormat     an HTTP bearer's format hint, or {@code null}
 * @param tokenUrl         a password flow's token URL, or {@code null}
 * @param refreshUrl       a password flow's refresh URL, or {@code null}
 * @param scopes           a password flow's scopes and their descriptions, in order
 * @param openIdConnectUrl OpenID Connect's discovery URL, or {@code null}
 */
public record ApiSecurityScheme(
        String name,
        Type type,
        String description,
        ParameterLocation in,
        String parameterName,
        String httpScheme,
        String bearerFormat,
        String tokenUrl,
        String refreshUrl,
        Map<String, String> scopes,
        String openIdConnectUrl) {
    /** The types of scheme OpenAPI has. */
    public enum Type {
        OAUTH2,
        HTTP,
        API_KEY,
        OPEN_ID_CONNECT
    }

    public ApiSecurityScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        scopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scopes == null ? Map.of() : scopes));
    }

    /** OAuth2's password flow (FastAPI's {@code OAuth2PasswordBearer}). */
    public static ApiSecurityScheme oauth2Password(
            String name, String description, String tokenUrl, String refreshUrl, Map<String, String> scopes) {
        return new ApiSecurityScheme(
                name, Type.OAUTH2, description, null, null, null, null, tokenUrl, refreshUrl, scopes, null);
    }

    /** An HTTP scheme: {@code bearer} ({@code HTTPBearer}) or {@code basic} ({@code HTTPBasic}). */
    public static ApiSecurityScheme http(String name, String description, String scheme, String bearerFormat) {
        return new ApiSecurityScheme(
                name, Type.HTTP, description, null, null, scheme, bearerFormat, null, null, Map.of(), null);
    }

    /** An API key in a header, query parameter or cookie ({@code APIKeyHeader}, ...). */
    public static ApiSecurityScheme apiKey(
            String name, String description, ParameterLocation in, String parameterName) {
        return new ApiSecurityScheme(
                name, Type.API_KEY, description, in, parameterName, null, null, null, null, Map.of(), null);
    }

    /** OpenID Connect ({@code OpenIdConnect}). */
    public static ApiSecurityScheme openIdConnect(String name, String description, String url) {
        return new ApiSecurityScheme(
                name, Type.OPEN_ID_CONNECT, description, null, null, null, null, null, null, Map.of(), url);
    }
}
