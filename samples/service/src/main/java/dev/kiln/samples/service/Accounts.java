package dev.kiln.samples.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kiln.BackgroundTasks;
import dev.kiln.Blocking;
import dev.kiln.Form;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.security.PasswordForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sign-up, the OAuth2 token endpoint, and what a user does with their own account. */
@Blocking(pool = "db")
public final class Accounts {
    private final Outbox outbox;
    private final Tokens tokens;
    private final ServiceSettings settings;

    public Accounts(Database database, Tokens tokens, ServiceSettings settings) {
        this.outbox = new Outbox(database);
        this.tokens = tokens;
        this.settings = settings;
    }

    /** OAuth2's token answer. */
    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {}

    /**
     * An API key to make.
     *
     * @param name what the key is for
     */
    public record ApiKeyIn(@NotBlank @Size(max = 100) String name) {}

    /**
     * A new API key: {@code key} is shown this once (only its hash is stored).
     *
     * @param id   its id
     * @param name what it is for
     * @param key  the value to send in {@code X-API-Key}
     */
    public record ApiKeyCreated(long id, String name, String key) {}

    /**
     * Signs up. The welcome e-mail is written to the outbox by a background task, after the response
     * (FastAPI's {@code BackgroundTasks}); a taken user name answers 409.
     */
    @Post(value = "/users", status = 201, tags = "users")
    public User signUp(UserIn in, UserStore users, BackgroundTasks tasks) throws SQLException {
        User user = users.insert(in.username(), in.email(), Passwords.hash(in.password()))
                .orElseThrow(() -> new HttpException(409, "Username already registered"));
        tasks.add("db", () -> outbox.welcome(user));
        return user;
    }

    /**
     * Logs in with OAuth2's password flow: an access token with the scopes asked for that the account may
     * have ({@value Auth#ITEMS} when none are asked for; {@value Auth#ADMIN} only for
     * {@code APP_ADMIN_USERNAME}).
     */
    @Post(value = "/token", tags = "users")
    public TokenResponse token(@Form PasswordForm form, UserStore users) throws SQLException {
        User user = Passwords.authenticate(users, form.username(), form.password())
                .orElseThrow(() ->
                        new HttpException(401, "Incorrect username or password", Map.of("WWW-Authenticate", "Bearer")));
        List<String> allowed = new ArrayList<>(List.of(Auth.ITEMS));
        if (settings.adminUsername().filter(user.username()::equals).isPresent()) {
            allowed.add(Auth.ADMIN);
        }
        List<String> granted = form.scopes().isEmpty()
                ? List.of(Auth.ITEMS)
                : form.scopes().stream().filter(allowed::contains).distinct().toList();
        return new TokenResponse(
                tokens.issue(user.username(), granted), "bearer", tokens.lifetimeSeconds(), String.join(" ", granted));
    }

    /** The caller's account. */
    @Get(value = "/users/me", tags = "users")
    public User me(User user) {
        return user;
    }

    /** Makes an API key for machine clients acting for the caller (they get the {@value Auth#ITEMS} scope). */
    @Post(value = "/users/me/api-keys", status = 201, tags = "users")
    public ApiKeyCreated createApiKey(ApiKeyIn in, User user, UserStore users) throws SQLException {
        String key = Auth.newApiKey();
        long id = users.insertApiKey(user.id(), in.name(), Auth.sha256(key));
        return new ApiKeyCreated(id, in.name(), key);
    }
}
