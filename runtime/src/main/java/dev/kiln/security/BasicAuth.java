package dev.kiln.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * HTTP Basic authentication (FastAPI's {@code HTTPBasic}): the parameter ({@link Credentials} or
 * {@code Optional<Credentials>}) gets the user name and password of {@code Authorization: Basic <base64>}.
 * A missing header or another scheme answers {@code 401 {"detail":"Not authenticated"}} with
 * {@code WWW-Authenticate: Basic} ({@code Basic realm="..."} with a {@link #realm()}), unless the parameter is
 * an {@code Optional} (then empty); a malformed value (not base64 of ASCII, no {@code :}) answers 401 either way,
 * as FastAPI's does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface BasicAuth {
    /** The realm named in {@code WWW-Authenticate}, or empty for none. */
    String realm() default "";

    /** The scheme's description in the document, or empty. */
    String description() default "";

    /** The scheme's name in the document; FastAPI's {@code HTTPBasic} by default. */
    String schemeName() default "";
}
