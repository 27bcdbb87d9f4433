package dev.kiln.processor.model;

import java.util.List;

/**
 * A security scheme as one parameter annotation declares it ({@code @OAuth2Password}, {@code @Bearer},
 * {@code @ApiKey}, {@code @BasicAuth}, {@code @OpenIdConnect}): what the binding reads and answers, and what
 * the document's {@code components.securitySchemes} says. Two parameters with equal schemes are one scheme.
 *
 * @param kind         which scheme
 * @param name         its name in the document: the annotated {@code schemeName}, else FastAPI's class name
 * @param description  its description, or {@code null}
 * @param in           where the credential is read: {@link Source#HEADER} (the {@code Authorization} header
 *                     for every kind but an API key), {@link Source#QUERY} or {@link Source#COOKIE}
 * @param wireName     the header (as declared: {@code Authorization}, {@code X-API-Key}), query or cookie name
 * @param tokenUrl     the password flow's token URL, or {@code null}
 * @param refreshUrl   the password flow's refresh URL, or {@code null}
 * @param scopes       the password flow's scopes, in declaration order
 * @param realm        HTTP Basic's realm, or {@code null}
 * @param bearerFormat HTTP bearer's format hint, or {@code null}
 * @param openIdConnectUrl OpenID Connect's discovery URL, or {@code null}
 */
public record SecurityScheme(
        Kind kind,
        String name,
        String description,
        Source in,
        String wireName,
        String tokenUrl,
        String refreshUrl,
        List<DeclaredScope> scopes,
        String realm,
        String bearerFormat,
        String openIdConnectUrl) {
    public SecurityScheme {
        scopes = List.copyOf(scopes);
    }

    /** The kinds of scheme, each with the Java type its parameter binds and FastAPI's default scheme name. */
    public enum Kind {
        OAUTH2_PASSWORD("OAuth2PasswordBearer", "java.lang.String"),
        BEARER("HTTPBearer", "java.lang.String"),
        API_KEY("APIKey", "java.lang.String"),
        BASIC("HTTPBasic", "dev.kiln.security.Credentials"),
        OPEN_ID_CONNECT("OpenIdConnect", "java.lang.String");

        private final String defaultName;
        private final String boundType;

        Kind(String defaultName, String boundType) {
            this.defaultName = defaultName;
            this.boundType = boundType;
        }

        /** FastAPI's scheme name ({@code APIKey} gets {@code Header}, {@code Query} or {@code Cookie} appended). */
        public String defaultName() {
            return defaultName;
        }

        /** The type a parameter of this scheme binds, bare or in an {@code Optional}. */
        public String boundType() {
            return boundType;
        }
    }

    /** One scope a password flow declares: {@code @OAuth2Password.Scope(name, description)}. */
    public record DeclaredScope(String name, String description) {}

    /** The {@code WWW-Authenticate} challenge of its 401. */
    public String challenge() {
        return switch (kind) {
            case BASIC -> realm == null ? "Basic" : "Basic realm=\"" + realm + "\"";
            case API_KEY -> "APIKey";
            default -> "Bearer";
        };
    }

    /** Whether the credential is the {@code Authorization} header. */
    public boolean readsAuthorization() {
        return kind != Kind.API_KEY;
    }
}
