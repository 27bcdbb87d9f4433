package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a dependency provider on a public static method, or on an instance method of a class
 * whose constructor is itself resolvable. The provided type is the return type unwrapped from
 * {@code Future}, {@code CompletionStage} or {@link Resource}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface Provides {
    /** How long one value lives: per request (the default) or for the whole app. */
    Scope scope() default Scope.REQUEST;
}
