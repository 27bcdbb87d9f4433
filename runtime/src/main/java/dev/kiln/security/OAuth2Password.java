package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bearer token of OAuth2's password flow (FastAPI's {@code OAuth2PasswordBearer}): the parameter
 * ({@code String} or {@code Optional<String>}) gets what follows {@code Bearer } in the
 * {@code Authorization} header. Without that header, or with another scheme, a {@code String} parameter
 * answers {@code 401 {"detail":"Not authenticated"}} with {@code WWW-Authenticate: Bearer}; an
 * {@code Optional} is empty.
 *
 * <pre>{@code
 * @Provides
 * public static Future<User> currentUser(
 *         @OAuth2Password(tokenUrl = "/token", scopes = {@OAuth2Password.Scope(name = "me", description = "Read me")})
 *         String token, SecurityScopes scopes, Users users) { ... }
 * }</pre>
 *
 * Documented as the scheme {@code OAuth2PasswordBearer} (or {@link #schemeName()}) with a password flow, so
 * Swagger UI's Authorize dialog asks for a user name and password and gets a token from {@link #tokenUrl()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface OAuth2Password {
    /** Where a client gets a token: the operation that takes a {@code @Form PasswordForm}. Relative to the app. */
    String tokenUrl();

    /** The scopes a token may carry; {@link Scopes} may only name these. */
    Scope[] scopes() default {};

    /** Where a client refreshes a token, or empty. */
    String refreshUrl() default "";

    /** The scheme's description in the document, or empty. */
    String description() default "";

    /** The scheme's name in the document; FastAPI's {@code OAuth2PasswordBearer} by default. */
    String schemeName() default "";

    /** One OAuth2 scope a token may carry. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Scope {
        /** The scope, as a client asks for it: {@code items:read}. */
        String name();

        /** What it allows, shown in Swagger UI's Authorize dialog. */
        String description() default "";
    }
}
