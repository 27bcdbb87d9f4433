package dev.kiln.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The form of OAuth2's password flow (FastAPI's {@code OAuth2PasswordRequestForm}), bound with {@code @Form}
 * by the operation that issues tokens, the {@link OAuth2Password#tokenUrl()}:
 *
 * <pre>{@code
 * @Post("/token")
 * public Token token(@Form PasswordForm form) { ... }
 * }</pre>
 *
 * The fields are OAuth2's: {@code grant_type} (optional; when sent it must be {@code password}, else 422
 * {@code string_pattern_mismatch}), {@code username}, {@code password} (both required), the field "scope" (the
 * scopes separated by spaces), {@code client_id}, {@code client_secret}.
 *
 * @param grantType    {@code grant_type}, {@code password} when sent
 * @param username     {@code username}
 * @param password     {@code password}
 * @param scopes       the field "scope" split at whitespace (every such field, when several are sent)
 * @param clientId     {@code client_id}
 * @param clientSecret {@code client_secret}
 */
public record PasswordForm(
        @JsonProperty("grant_type") Optional<String> grantType,
        String username,
        String password,
        @JsonProperty("scope") List<String> scopes,
        @JsonProperty("client_id") Optional<String> clientId,
        @JsonProperty("client_secret") Optional<String> clientSecret) {
    public PasswordForm {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        List<String> split = new ArrayList<>();
        for (String field : scopes == null ? List.<String>of() : scopes) {
            for (String scope : field.strip().split("\\s+")) {
                if (!scope.isEmpty()) {
                    split.add(scope);
                }
            }
        }
        scopes = List.copyOf(split);
    }

    /** Hides the password and the client secret. */
    @Override
    public String toString() {
        return "PasswordForm[grantType=" + grantType + ", username=" + username + ", password=***, scopes=" + scopes
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret.isPresent() ? "***" : "empty") + "]";
    }
}
