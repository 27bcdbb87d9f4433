package dev.kiln.samples.hello;

import dev.kiln.Default;
import dev.kiln.Form;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Post;

/** The smallest operation: plain text, on the event loop. */
public final class Hello {

    /** Greets someone, with the greeting of the settings ({@code APP_GREETING}). */
    @Get(value = "/", produces = "text/plain")
    @NonBlocking
    public static String hello(@Default("World") String name, HelloSettings settings) {
        return settings.greeting() + ", " + name + "!";
    }

    /** The same greeting for a name sent in a form (urlencoded or multipart), as an HTML form posts it. */
    @Post(value = "/greetings", produces = "text/plain")
    @NonBlocking
    public static String greet(@Form String name, HelloSettings settings) {
        return settings.greeting() + ", " + name + "!";
    }
}
