package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public static method when the app shuts down (FastAPI's lifespan shutdown): after the
 * requests in flight and the background tasks of sent responses ended (or the grace period cut them
 * off), before the singletons are closed, so it may still use them. It takes singletons and
 * {@code Vertx}, and runs by the threading table of the operations, like {@link OnStartup}.
 *
 * <pre>{@code
 * @OnShutdown
 * public static void flush(Cache cache) { cache.flush(); }
 * }</pre>
 *
 * Hooks run one after the other, by {@link #order()} and then by the method's qualified name; a hook
 * that fails is logged and the next still runs. They run only for an app that started (all of its
 * startup hooks done), and all of them together get {@code App.shutdownGracePeriod} at most.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface OnShutdown {
    /** Lower runs first; hooks of one order run by qualified name. */
    int order() default 0;
}
