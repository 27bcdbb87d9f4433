package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An HTTP bearer token (FastAPI's {@code HTTPBearer}): the parameter ({@code String} or
 * {@code Optional<String>}) gets the credentials of {@code Authorization: Bearer <token>}. A missing header,
 * another scheme or no credentials answer {@code 401 {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: Bearer}, unless the parameter is an {@code Optional} (then empty).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface Bearer {
    /** A hint of the token's format ({@code JWT}), documented as {@code bearerFormat}; or empty. */
    String bearerFormat() default "";

    /** The scheme's description in the document, or empty. */
    String description() default "";

    /** The scheme's name in the document; FastAPI's {@code HTTPBearer} by default. */
    String schemeName() default "";
}
