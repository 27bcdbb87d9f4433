package dev.kiln.bench.kiln;

import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import java.util.Optional;

/**
 * The benchmark endpoints as a Kiln user writes them. Every operation is {@link NonBlocking}: it
 * returns a plain value computed without blocking, so it runs on the event loop like the hand-written
 * Vert.x handlers, the Quarkus {@code @NonBlocking} methods and FastAPI's {@code async def}s.
 */
public final class BenchApi {
    /** The TechEmpower plaintext test. */
    @Get(value = "/plaintext", produces = "text/plain")
    @NonBlocking
    public String plaintext() {
        return "Hello, World!";
    }

    /** The TechEmpower JSON test: a new object serialised per request. */
    @Get("/json")
    @NonBlocking
    public Message json() {
        return new Message("Hello, World!");
    }

    /** Echoes a path integer and an optional query string. */
    @Get("/items/{id}")
    @NonBlocking
    public ItemEcho item(int id, Optional<String> q) {
        return new ItemEcho(id, q.orElse(null));
    }

    /** Validates a six-field JSON body (the constraints are on {@link Item}) and echoes it. */
    @Post("/items")
    @NonBlocking
    public Item create(Item item) {
        return item;
    }
}
