package dev.kiln.samples.hello;

import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.NonBlocking;

/** The smallest operation: plain text, on the event loop. */
public final class Hello {

    /** Greets someone, with the greeting of the settings ({@code APP_GREETING}). */
    @Get(value = "/", produces = "text/plain")
    @NonBlocking
    public static String hello(@Default("World") String name, HelloSettings settings) {
        return settings.greeting() + ", " + name + "!";
    }
}
