package dev.kiln.samples.hello;

import dev.kiln.Default;
import dev.kiln.Settings;

/**
 * The sample's settings, read at startup from the environment variables {@code APP_GREETING} and
 * {@code APP_MAX_TODOS}, else the system properties {@code app.greeting} and {@code app.max-todos}, else a
 * {@code .env} file in the working directory, else these defaults.
 *
 * @param greeting what {@code GET /} says before the name
 * @param maxTodos how many todos the list keeps; creating one more answers 409
 */
@Settings(prefix = "APP_")
public record HelloSettings(
        @Default("Hello") String greeting, @Default("1000") int maxTodos) {}
