package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an HTTP PATCH operation on a public method, like FastAPI's {@code @app.patch(...)}.
 *
 * <p>The processor decides at compile time where the method runs: on the event loop when it
 * returns {@code io.vertx.core.Future} or {@code java.util.concurrent.CompletionStage} (or is
 * {@link NonBlocking}), on a worker thread otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Patch {
    /** The path template, with {@code {name}} segments; joined to the {@link Router#prefix()}. */
    String value() default "";

    /** The status of a successful answer; a {@code void} operation answers 204 unless set. */
    int status() default 200;

    /** The OpenAPI summary; defaults to the first sentence of the method's Javadoc. */
    String summary() default "";

    /** The OpenAPI description; defaults to the rest of the method's Javadoc. */
    String description() default "";

    /** OpenAPI tags, added to those of the {@link Router}. */
    String[] tags() default {};

    /** Marks the operation deprecated in the OpenAPI document. */
    boolean deprecated() default false;

    /** The OpenAPI operationId; defaults to a stable id made from the class and method names. */
    String operationId() default "";

    /** The response media type; {@code text/plain} or {@code text/html} with a String return sends it as is. */
    String produces() default "application/json";
}
