package dev.kiln.it.security;

import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Named;
import dev.kiln.Router;
import dev.kiln.security.ApiKey;
import dev.kiln.security.BasicAuth;
import dev.kiln.security.Bearer;
import dev.kiln.security.Credentials;
import dev.kiln.security.OpenIdConnect;
import dev.kiln.security.Scopes;
import dev.kiln.security.SecurityScopes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every scheme, as FastAPI's security tutorials use them: the OAuth2 scopes tutorial's operations (through
 * {@link Auth}), API keys in a header, a query and a cookie, HTTP Basic with a realm, an HTTP bearer token,
 * OpenID Connect, and each one optional.
 */
@Router(prefix = "/security", tags = "security")
public final class SecurityApi {
    /** The key the API-key operations accept. */
    public static final String API_KEY = "kiln-secret-key";

    private SecurityApi() {}

    /** The tutorial's {@code read_users_me}: needs the {@code me} scope. */
    @Get("/users/me")
    public static User me(@Named("active") User currentUser) {
        return currentUser;
    }

    /** The tutorial's {@code read_own_items}: needs {@code items} and {@code me}. */
    @Get("/users/me/items")
    public static List<Map<String, String>> ownItems(@Scopes("items") @Named("active") User currentUser) {
        return List.of(Map.of("item_id", "Foo", "owner", currentUser.username()));
    }

    /** The tutorial's {@code read_system_status}: any valid token, no scope. */
    @Get("/status")
    public static Map<String, String> status(User currentUser) {
        return Map.of("status", "ok");
    }

    /** The scopes an operation asks for, and what its own SecurityScopes holds. */
    @Get("/scopes")
    @Scopes("items")
    public static Map<String, Object> scopes(SecurityScopes scopes, User currentUser) {
        return Map.of("scopes", scopes.scopes(), "scope_string", scopes.scopeString(), "user", currentUser.username());
    }

    @Get("/api-key/header")
    public static Map<String, String> apiKeyHeader(@ApiKey(name = "X-API-Key") String key) {
        return checked(key);
    }

    @Get("/api-key/query")
    public static Map<String, String> apiKeyQuery(@ApiKey(name = "api_key", in = ApiKey.In.QUERY) String key) {
        return checked(key);
    }

    @Get("/api-key/cookie")
    public static Map<String, String> apiKeyCookie(@ApiKey(name = "session", in = ApiKey.In.COOKIE) String key) {
        return checked(key);
    }

    @Get("/api-key/optional")
    public static Map<String, Object> apiKeyOptional(@ApiKey(name = "X-API-Key") Optional<String> key) {
        Map<String, Object> out = new HashMap<>();
        out.put("key", key.orElse(null));
        return out;
    }

    private static Map<String, String> checked(String key) {
        if (!Users.same(key, API_KEY)) {
            throw new HttpException(401, "Invalid API key", Map.of("WWW-Authenticate", "APIKey"));
        }
        return Map.of("key", key);
    }

    /** FastAPI's "HTTP Basic Auth" tutorial: {@code stanleyjobson}/{@code swordfish}, compared in constant time. */
    @Get("/basic")
    public static Map<String, String> basic(@BasicAuth(realm = "kiln") Credentials credentials) {
        boolean user = Users.same(credentials.username(), "stanleyjobson");
        boolean password = Users.same(credentials.password(), "swordfish");
        if (!(user & password)) {
            throw new HttpException(
                    401, "Incorrect username or password", Map.of("WWW-Authenticate", "Basic realm=\"kiln\""));
        }
        return Map.of("username", credentials.username());
    }

    @Get("/basic/optional")
    public static Map<String, Object> basicOptional(@BasicAuth(realm = "kiln") Optional<Credentials> credentials) {
        Map<String, Object> out = new HashMap<>();
        out.put("username", credentials.map(Credentials::username).orElse(null));
        return out;
    }

    /** An HTTP bearer token checked as a JWT (the generated client calls this one). */
    @Get("/bearer")
    public static Map<String, String> bearer(@Bearer(bearerFormat = "JWT") String token) {
        Tokens.Claims claims = Tokens.decode(token)
                .orElseThrow(() ->
                        new HttpException(401, "Could not validate credentials", Map.of("WWW-Authenticate", "Bearer")));
        return Map.of("username", String.valueOf(claims.username()));
    }

    @Get("/bearer/optional")
    public static Map<String, Object> bearerOptional(@Bearer(bearerFormat = "JWT") Optional<String> token) {
        Map<String, Object> out = new HashMap<>();
        out.put("token", token.orElse(null));
        return out;
    }

    @Get("/oidc")
    public static Map<String, String> openIdConnect(
            @OpenIdConnect(url = "https://example.com/.well-known/openid-configuration") String authorization) {
        return Map.of("authorization", authorization);
    }

    @Get("/oidc/optional")
    public static Map<String, Object> openIdConnectOptional(
            @OpenIdConnect(url = "https://example.com/.well-known/openid-configuration")
                    Optional<String> authorization) {
        Map<String, Object> out = new HashMap<>();
        out.put("authorization", authorization.orElse(null));
        return out;
    }
}
