package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record of settings bound at startup, pydantic-settings' {@code BaseSettings}: each component is read
 * from, in this order,
 *
 * <ol>
 *   <li>the environment variable {@code <PREFIX><COMPONENT>}: {@code APP_DATABASE_URL} for the component
 *       {@code databaseUrl} with {@code prefix = "APP_"} (upper case, words split by {@code _});
 *   <li>the system property {@code <prefix>.<component>}: {@code app.database-url} (the prefix in lower
 *       case without its last {@code _}, the component in kebab case);
 *   <li>the file {@code .env} in the working directory ({@code APP_DATABASE_URL=...} lines, as python-dotenv
 *       reads them);
 *   <li>its {@link Default @Default}; else an {@code Optional} is empty, a {@code List}/{@code Set} empty, a
 *       {@code @Nullable} value {@code null}, and any other value is missing.
 * </ol>
 *
 * <pre>{@code
 * @Settings(prefix = "APP_")
 * public record Config(String databaseUrl, @Default("5") @Min(1) int poolSize, Optional<String> sentryDsn,
 *                      List<String> allowedHosts) {}       // APP_ALLOWED_HOSTS=a.example,b.example
 * }</pre>
 *
 * Components take what a query parameter takes (simple types, enums, dates, {@code Optional},
 * {@code List}/{@code Set} as comma-separated values) with the same constraints and errors. Every bad or
 * missing value is reported in one startup error naming its variable, and the app does not start. The
 * record is a singleton dependency: operations, providers and hooks take it as a parameter, and
 * {@code App.override(Config.class, request -> testConfig)} replaces it in tests. At startup the app logs
 * each variable's name and where it was found, never a value; {@link Secret @Secret} components (and those
 * whose name contains password, secret, token, key or credential) are not even echoed in an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface Settings {
    /** What every variable name starts with, e.g. {@code "APP_"}; upper-cased. Default: none. */
    String prefix() default "";
}
