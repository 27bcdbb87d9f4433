package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public static method run before operations, planned into each operation's execution plan at compile
 * time. Declared in a route class (a class with operations), it runs before that class's operations;
 * declared elsewhere, before every operation of the compilation.
 *
 * <p>It takes what a provider takes (query, header, cookie and path values, dependencies,
 * {@link Request}, {@link ResponseHeaders}) and runs by the threading table of the operations: a plain
 * method on a worker thread (in the operation's worker hop, never an extra one), one returning a
 * {@code Future} on the event loop; {@link Blocking @Blocking} and {@link NonBlocking @NonBlocking} apply.
 * It returns {@code void} or {@code Future<Void>} to go on, or {@code Optional<Response<?>>} (or a
 * {@code Future} of one) to answer at once when present, without the operation and without the
 * middleware after it. Its request values appear in the OpenAPI document of every operation it applies
 * to, and a bad one is a 422 like an operation's. An exception it throws is answered as an
 * operation's would be.
 *
 * <pre>{@code
 * @Middleware
 * public static Future<Void> audit(Request request, ResponseHeaders headers) { ... }
 *
 * @Middleware(order = 1)
 * public static Optional<Response<?>> maintenance(Config config) { ... }
 * }</pre>
 *
 * Middleware run by {@link #order()}, then by the method's qualified name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface Middleware {
    /** Lower runs first; middleware of one order run by qualified name. */
    int order() default 0;
}
