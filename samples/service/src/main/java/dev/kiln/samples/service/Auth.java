package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.HttpException;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Scope;
import dev.kiln.security.ApiKey;
import dev.kiln.security.OAuth2Password;
import dev.kiln.security.SecurityScopes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is calling: a user with an access token from {@code POST /token} (OAuth2's password flow), or a
 * machine client with an API key ({@code X-API-Key}) that a user made. Tokens carry scopes; an API key
 * grants {@value #ITEMS} only.
 */
public final class Auth {
    /** Read and write one's own items. */
    public static final String ITEMS = "items";
    /** Administer accounts; granted only to {@code APP_ADMIN_USERNAME}. */
    public static final String ADMIN = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Auth() {}

    /** The token signer and checker, keyed by {@code APP_JWT_SECRET}. */
    @Provides(scope = Scope.SINGLETON)
    public static Tokens tokens(ServiceSettings settings) {
        return Tokens.fromSettings(settings);
    }

    /**
     * Who calls, FastAPI's {@code get_current_user} with {@code Security(..., scopes=[...])} minus the
     * database: a valid bearer token, else an API key (checked by {@link #currentUser}); {@code 401} without
     * either or with a bad token, {@code 403} when the credential lacks a scope the operation requires.
     */
    @Provides
    @NonBlocking
    public static Caller caller(
            SecurityScopes required,
            @OAuth2Password(
                            tokenUrl = "/token",
                            scopes = {
                                @OAuth2Password.Scope(name = ITEMS, description = "Read and write your items."),
                                @OAuth2Password.Scope(name = ADMIN, description = "Administer accounts.")
                            })
                    Optional<String> token,
            @ApiKey(name = "X-API-Key") Optional<String> apiKey,
            Tokens tokens) {
        Caller caller;
        List<String> granted;
        if (token.isPresent() && !token.get().isEmpty()) {
            Tokens.Claims claims = tokens.verify(token.get()).orElseThrow(() -> Caller.unauthorized("Bearer"));
            caller = new Caller(claims.username(), null);
            granted = claims.scopes();
        } else if (apiKey.isPresent()) {
            caller = new Caller(null, sha256(apiKey.get()));
            granted = List.of(ITEMS);
        } else {
            throw new HttpException(401, "Not authenticated", Map.of("WWW-Authenticate", "Bearer"));
        }
        if (!granted.containsAll(required.scopes())) {
            throw new HttpException(403, "Not enough permissions");
        }
        return caller;
    }

    /** The caller's account, read in the request's transaction. */
    @Provides
    @Blocking(pool = "db")
    public static User currentUser(Caller caller, UserStore users) throws SQLException {
        return caller.account(users);
    }

    /** A new API key: 32 random bytes, shown once; only {@link #sha256} of it is stored. */
    static String newApiKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "kiln_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An API key's stored form. Keys are random, so a fast hash suffices (no salt, no BCrypt). */
    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
