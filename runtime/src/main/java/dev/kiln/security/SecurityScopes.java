package dev.kiln.security;

import java.util.List;

/**
 * The OAuth2 scopes required of the request where it is handed over (FastAPI's {@code SecurityScopes}): in a
 * provider, the {@link Scopes} of everything that depends on it (the operation, its {@code @Router}, the
 * parameters along the way), so the provider that checks a token can check them all; in an operation, its own
 * and its router's. Kiln works them out at compile time. Inject it as a parameter.
 */
public final class SecurityScopes {
    private static final SecurityScopes NONE = new SecurityScopes(List.of());

    private final List<String> scopes;
    private final String scopeString;

    private SecurityScopes(List<String> scopes) {
        this.scopes = List.copyOf(scopes);
        this.scopeString = String.join(" ", this.scopes);
    }

    /** These scopes, in order (for generated code and tests). */
    public static SecurityScopes of(String... scopes) {
        return scopes.length == 0 ? NONE : new SecurityScopes(List.of(scopes));
    }

    /** The scopes required, in the order they were found, without repeats. */
    public List<String> scopes() {
        return scopes;
    }

    /** The scopes separated by spaces, as OAuth2 writes them (and as {@code WWW-Authenticate: Bearer scope="..."} needs). */
    public String scopeString() {
        return scopeString;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecurityScopes that && scopes.equals(that.scopes);
    }

    @Override
    public int hashCode() {
        return scopes.hashCode();
    }

    @Override
    public String toString() {
        return "SecurityScopes" + scopes;
    }
}
