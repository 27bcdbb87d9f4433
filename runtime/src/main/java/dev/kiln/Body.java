package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the JSON request body. With two or more body parameters the body is an
 * object with one member per parameter, named by {@link #value()} (FastAPI's embedded bodies).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER})
public @interface Body {
    /** The member name when bodies are embedded; the parameter name by default. */
    String value() default "";

    /** Embed this single body under its name, like FastAPI's {@code Body(embed=True)}. */
    boolean embed() default false;
}
