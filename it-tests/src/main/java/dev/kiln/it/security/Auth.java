package dev.kiln.it.security;

import dev.kiln.HttpException;
import dev.kiln.Named;
import dev.kiln.Provides;
import dev.kiln.Scope;
import dev.kiln.security.OAuth2Password;
import dev.kiln.security.Scopes;
import dev.kiln.security.SecurityScopes;
import java.util.Map;

/**
 * FastAPI's tutorial "OAuth2 scopes", ported: {@code currentUser} reads the bearer token of the password flow
 * and checks it, with every scope required above it ({@link SecurityScopes}); {@code activeUser} requires
 * {@code me} of it and refuses disabled users.
 */
public final class Auth {
    private Auth() {}

    /** The users, made once at startup. */
    @Provides(scope = Scope.SINGLETON)
    public static Users users() {
        return new Users();
    }

    /** The tutorial's {@code get_current_user}. */
    @Provides
    public static User currentUser(
            SecurityScopes securityScopes,
            @OAuth2Password(
                            tokenUrl = "/security/token",
                            scopes = {
                                @OAuth2Password.Scope(
                                        name = "me",
                                        description = "Read information about the current user."),
                                @OAuth2Password.Scope(name = "items", description = "Read items.")
                            })
                    String token,
            Users users) {
        String authenticateValue =
                securityScopes.scopes().isEmpty() ? "Bearer" : "Bearer scope=\"" + securityScopes.scopeString() + "\"";
        HttpException credentialsException =
                new HttpException(401, "Could not validate credentials", Map.of("WWW-Authenticate", authenticateValue));
        Tokens.Claims claims = Tokens.decode(token).orElseThrow(() -> credentialsException);
        if (claims.username() == null) {
            throw credentialsException;
        }
        User user = users.get(claims.username()).map(Users.UserInDb::user).orElseThrow(() -> credentialsException);
        for (String scope : securityScopes.scopes()) {
            if (!claims.scopes().contains(scope)) {
                throw new HttpException(401, "Not enough permissions", Map.of("WWW-Authenticate", authenticateValue));
            }
        }
        return user;
    }

    /** The tutorial's {@code get_current_active_user}: {@code Security(get_current_user, scopes=["me"])}. */
    @Provides
    @Named("active")
    public static User activeUser(@Scopes("me") User currentUser) {
        if (currentUser.disabled()) {
            throw new HttpException(400, "Inactive user");
        }
        return currentUser;
    }
}
