package com.example;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import io.vertx.core.Future;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A class default: every operation runs on the "reports" pool unless it says otherwise. */
@Blocking(pool = "reports")
public class Reports {
    @Get("/reports/plain")
    public String plain() {
        return "";
    }

    @Get("/reports/future")
    public Future<String> future() {
        return Future.succeededFuture("");
    }

    @Get("/reports/loop")
    @NonBlocking
    public String loop() {
        return "";
    }

    @Get("/reports/shared")
    @Blocking
    public void shared() {
    }

    @Get("/reports/stage")
    @Blocking(pool = "db-heavy")
    public CompletionStage<String> stage() {
        return CompletableFuture.completedFuture("");
    }
}
