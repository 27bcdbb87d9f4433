package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OpenID Connect (FastAPI's {@code OpenIdConnect}): the parameter ({@code String} or {@code Optional<String>})
 * gets the whole {@code Authorization} header, scheme included, for the application to check. Without it, a
 * {@code String} parameter answers {@code 401 {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: Bearer}; an {@code Optional} is empty.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface OpenIdConnect {
    /** The provider's discovery document: {@code https://example.com/.well-known/openid-configuration}. */
    String url();

    /** The scheme's description in the document, or empty. */
    String description() default "";

    /** The scheme's name in the document; FastAPI's {@code OpenIdConnect} by default. */
    String schemeName() default "";
}
