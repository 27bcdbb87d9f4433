package dev.kiln.it.app;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Each row of the threading table; every operation answers the name of the thread it ran on. */
@Router(prefix = "/threads")
public final class ThreadsApi {

    private static Map<String, String> here() {
        return Map.of("thread", Thread.currentThread().getName());
    }

    @Get("/future")
    public Future<Map<String, String>> future() {
        return Future.succeededFuture(here());
    }

    @Get("/stage")
    public CompletionStage<Map<String, String>> stage() {
        return CompletableFuture.completedFuture(here());
    }

    @Get("/plain")
    public Map<String, String> plain() {
        return here();
    }

    @Get("/non-blocking")
    @NonBlocking
    public Map<String, String> nonBlocking() {
        return here();
    }

    @Get("/blocking-future")
    @Blocking
    public Future<Map<String, String>> blockingFuture() {
        return Future.succeededFuture(here());
    }

    @Get("/reports")
    @Blocking(pool = "reports")
    public Map<String, String> reports() {
        return here();
    }

    @Get("/static")
    public static Map<String, String> staticOperation() {
        return here();
    }
}
