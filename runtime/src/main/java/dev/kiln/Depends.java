package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter as a dependency, resolved from a {@link Provides} method (FastAPI's
 * {@code Depends}). Parameters whose type has a provider are dependencies without it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface Depends {
    /** The qualifier of the provider, as in {@link Named}; none by default. */
    String value() default "";

    /** {@code false} makes a fresh value for this use instead of the request's cached one (FastAPI's {@code use_cache=False}). */
    boolean cached() default true;
}
