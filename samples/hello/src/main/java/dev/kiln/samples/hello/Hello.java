package dev.kiln.samples.hello;

import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.NonBlocking;

/** The smallest operation: plain text, on the event loop. */
public final class Hello {

    /** Greets someone. */
    @Get(value = "/", produces = "text/plain")
    @NonBlocking
    public static String hello(@Default("World") String name) {
        return "Hello, " + name + "!";
    }
}
