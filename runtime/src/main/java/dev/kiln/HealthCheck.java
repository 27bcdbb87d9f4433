package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A readiness check, served by {@link App#health()} at {@code GET /health/ready}: a public static method
 * taking singletons (or {@code Vertx}, or nothing) and returning {@code boolean} (it runs on a worker
 * thread) or {@code Future<Boolean>} (on the event loop), by the threading table of the operations
 * ({@link Blocking @Blocking} and {@link NonBlocking @NonBlocking} apply too). The app is ready when
 * every check answers {@code true}; a check that throws, fails, answers {@code false} or takes longer
 * than 5 seconds makes it not ready. Each check is named in the answer by {@link #value()}, or by the
 * method's name.
 *
 * <pre>{@code
 * @HealthCheck("database")
 * public static boolean database(DataSource ds) throws SQLException {
 *     try (Connection c = ds.getConnection()) {
 *         return c.isValid(1);
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface HealthCheck {
    /** The check's name in the readiness answer; default: the method's name. */
    String value() default "";
}
