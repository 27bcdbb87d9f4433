package dev.kiln.samples.service;

import dev.kiln.HttpException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Who a request says it comes from, checked without the database: the user name of a valid access token,
 * or the hash of an API key still to be looked up.
 *
 * @param username   the token's subject, or {@code null} for an API key
 * @param apiKeyHash the SHA-256 of the API key sent, or {@code null} for a token
 */
public record Caller(String username, String apiKeyHash) {

    /** The account, or 401 when it no longer exists or no account has this API key. */
    public User account(UserStore users) throws SQLException {
        Optional<UserStore.Account> account =
                username != null ? users.byUsername(username) : users.byApiKeyHash(apiKeyHash);
        return account.map(UserStore.Account::user)
                .orElseThrow(() -> unauthorized(username != null ? "Bearer" : "APIKey"));
    }

    static HttpException unauthorized(String scheme) {
        return new HttpException(401, "Could not validate credentials", Map.of("WWW-Authenticate", scheme));
    }
}
