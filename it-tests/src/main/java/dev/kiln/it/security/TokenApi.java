package dev.kiln.it.security;

import dev.kiln.Form;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.security.PasswordForm;

/** The tutorial's token endpoint: {@code POST /security/token} with the password flow's form. */
public final class TokenApi {
    private final Users users;

    public TokenApi(Users users) {
        this.users = users;
    }

    /**
     * The tutorial's {@code login_for_access_token}.
     *
     * @param form the password flow's form
     */
    @Post("/security/token")
    public Token token(@Form PasswordForm form) {
        Users.UserInDb user = users.authenticate(form.username(), form.password())
                .orElseThrow(() -> new HttpException(400, "Incorrect username or password"));
        return new Token(Tokens.create(user.username(), form.scopes(), Tokens.ACCESS_TOKEN_EXPIRE), "bearer");
    }

    /** The tutorial's {@code Token}, with OAuth2's snake_case names. */
    public record Token(
            @com.fasterxml.jackson.annotation.JsonProperty("access_token")
            String accessToken,

            @com.fasterxml.jackson.annotation.JsonProperty("token_type")
            String tokenType) {}
}
