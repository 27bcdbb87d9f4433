package dev.kiln.security;

import java.util.Objects;

/**
 * The user name and password of HTTP Basic authentication ({@link BasicAuth}; FastAPI's
 * {@code HTTPBasicCredentials}). Compare them with stored values in constant time:
 *
 * <pre>{@code
 * boolean ok = MessageDigest.isEqual(credentials.username().getBytes(UTF_8), expectedUser)
 *         & MessageDigest.isEqual(credentials.password().getBytes(UTF_8), expectedPassword);
 * }</pre>
 *
 * (or check the password against a hash with a password-hashing library). {@link #toString()} hides the
 * password.
 *
 * @param username the user name: what comes before the first {@code :}
 * @param password the password: everything after it
 */
public record Credentials(String username, String password) {
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
