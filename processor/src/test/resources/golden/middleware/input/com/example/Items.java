package com.example;

import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Middleware;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Response;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Router(prefix = "/items")
public final class Items {
    public record Item(int id) {}

    public record Conn(String url) {}

    /** A blocking provider: it shares the hop with the blocking middleware and the operation. */
    @Provides
    public static Conn conn() {
        return new Conn("jdbc:test");
    }

    /** This class's own, first of all (order -1), on the event loop without a Future. */
    @Middleware(order = -1)
    @NonBlocking
    public static Optional<Response<?>> apiKey(@Header("x-api-key") Optional<String> key) {
        return key.isPresent() ? Optional.empty() : Optional.of(Response.status(401).build());
    }

    /** A CompletionStage that may answer; of order 0 like Filters.audit, so after it by name. */
    @Middleware
    public static CompletionStage<Optional<Response<?>>> quota() {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** Blocking operation: one worker hop holds Filters.maintenance, Items.conn and the operation. */
    @Get("/{id}")
    public Item read(int id, Conn conn) {
        return new Item(id);
    }

    /** Event-loop operation: the blocking middleware is its one hop. */
    @Get("/fast/{id}")
    public Future<Item> fast(int id) {
        return Future.succeededFuture(new Item(id));
    }
}
