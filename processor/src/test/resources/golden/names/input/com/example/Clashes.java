package com.example;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.Post;
import dev.kiln.Query;

/** User names that clash with the names generated code would pick. */
public class Clashes {
    public record Ex(String value) {
    }

    public record Filter(String ex, int errors) {
    }

    /** Parameters named like the generated locals and fields. */
    @Post("/clash/{ex}")
    @Blocking(pool = "default pool")
    public String clash(String ex, String errors, Ex json, Ex target, String defaultPoolPool) {
        return ex;
    }

    /** An operation named like the routes() method, and a record whose components clash with parameters. */
    @Get("/routes")
    public String routes(@Query Filter filter, String ex) {
        return ex;
    }

    /** Parameters named like the lambda parameters of a Future or CompletionStage made on a worker. */
    @Get("/later")
    @Blocking
    public io.vertx.core.Future<String> later(String future) {
        return io.vertx.core.Future.succeededFuture(future);
    }

    @Get("/stage")
    @Blocking
    public java.util.concurrent.CompletionStage<String> stage(String stage) {
        return java.util.concurrent.CompletableFuture.completedFuture(stage);
    }

    /** An operation whose constant would clash with a record binder. */
    @Post("/ex")
    public Ex ex(Ex ex) {
        return ex;
    }
}
