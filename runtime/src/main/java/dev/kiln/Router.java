package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional settings for a route class, like FastAPI's {@code APIRouter(prefix=..., tags=...,
 * dependencies=[...])}. A route class needs no annotation to have operations.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface Router {
    /** Prepended to the path of every operation in the class. */
    String prefix() default "";

    /** OpenAPI tags for every operation in the class. */
    String[] tags() default {};

    /** Types whose providers run for every operation in the class, for their effect only. */
    Class<?>[] dependencies() default {};
}
