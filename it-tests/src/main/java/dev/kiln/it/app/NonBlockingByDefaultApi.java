package dev.kiln.it.app;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Router;
import java.util.Map;

/** {@code @NonBlocking} on the class is the default for its methods; a method may override it. */
@NonBlocking
@Router(prefix = "/class-default")
public final class NonBlockingByDefaultApi {

    @Get("/inherited")
    public Map<String, String> inherited() {
        return Map.of("thread", Thread.currentThread().getName());
    }

    @Get("/overridden")
    @Blocking
    public Map<String, String> overridden() {
        return Map.of("thread", Thread.currentThread().getName());
    }
}
