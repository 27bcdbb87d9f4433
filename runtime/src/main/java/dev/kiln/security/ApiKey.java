package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API key sent in a header, a query parameter or a cookie (FastAPI's {@code APIKeyHeader},
 * {@code APIKeyQuery}, {@code APIKeyCookie}): the parameter ({@code String} or {@code Optional<String>}) gets
 * its value. A missing or empty key answers {@code 401 {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: APIKey}, unless the parameter is an {@code Optional} (then empty).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface ApiKey {
    /** The header, query parameter or cookie name: {@code X-API-Key}. */
    String name();

    /** Where the key is sent. */
    In in() default In.HEADER;

    /** The scheme's description in the document, or empty. */
    String description() default "";

    /** The scheme's name in the document; FastAPI's {@code APIKeyHeader}/{@code APIKeyQuery}/{@code APIKeyCookie} by default. */
    String schemeName() default "";

    /** Where an API key is sent. */
    enum In {
        HEADER,
        QUERY,
        COOKIE
    }
}
