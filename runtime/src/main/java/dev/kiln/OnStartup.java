package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public static method when the app starts, after its singletons are made and before the server
 * listens (FastAPI's lifespan startup): it takes singletons (including {@code @Settings} records) and
 * {@code Vertx}, and runs by the threading table of the operations: a {@code void} method on a worker
 * thread, one returning {@code Future} (or {@code CompletionStage}) on an event loop, awaited;
 * {@link Blocking @Blocking} and {@link NonBlocking @NonBlocking} apply.
 *
 * <pre>{@code
 * @OnStartup
 * public static Future<Void> warm(Vertx vertx, Cache cache) { return cache.load(); }
 * }</pre>
 *
 * Hooks run one after the other, by {@link #order()} and then by the method's qualified name. A hook
 * that throws (or whose future fails) stops the start: {@code start()} fails with
 * {@code "@OnStartup Hooks.warm failed: <cause>"}, the singletons made so far are closed, and
 * {@code run} exits with status 1. {@code /health/ready} answers only once every hook is done.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface OnStartup {
    /** Lower runs first; hooks of one order run by qualified name. */
    int order() default 0;
}
