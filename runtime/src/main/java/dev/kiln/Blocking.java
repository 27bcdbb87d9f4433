package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an operation or provider on a worker thread even when it returns a {@code Future}. On a
 * class, the default for its methods. {@code pool} names a separate worker pool (a bulkhead) whose
 * size is set at startup with {@link App#workerPool(String, int)} and whose threads carry its name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Blocking {
    /** The worker pool; {@code "default"} is the shared pool. */
    String pool() default "default";
}
