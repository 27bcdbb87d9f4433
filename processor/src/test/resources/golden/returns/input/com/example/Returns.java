package com.example;

import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Post;
import dev.kiln.Response;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Returns {
    @Get("/future")
    public Future<Item> future() {
        return Future.succeededFuture(new Item("a"));
    }

    @Get("/stage")
    public CompletionStage<Item> stage() {
        return CompletableFuture.completedFuture(new Item("a"));
    }

    @Get("/completable")
    public CompletableFuture<List<Item>> completable() {
        return CompletableFuture.completedFuture(List.of());
    }

    @Delete("/void")
    public void nothing() {
    }

    @Delete(value = "/void-accepted", status = 202)
    public Void accepted() {
        return null;
    }

    @Delete("/future-void")
    public Future<Void> futureVoid() {
        return Future.succeededFuture();
    }

    @Get(value = "/text", produces = "text/plain")
    public String text() {
        return "hello";
    }

    @Get(value = "/html", produces = "text/html; charset=utf-8")
    public Future<String> html() {
        return Future.succeededFuture("<p>hello</p>");
    }

    @Get("/json-string")
    public String jsonString() {
        return "hello";
    }

    @Post(value = "/response", status = 201)
    public Response<Item> response() {
        return Response.status(201).body(new Item("a"));
    }

    @Get("/any-response")
    public Future<Response<?>> anyResponse() {
        return Future.succeededFuture(Response.redirect("/future"));
    }

    @Get("/list")
    public List<Item> list() {
        return List.of();
    }

    @Get("/map")
    public Map<String, List<Item>> map() {
        return Map.of();
    }

    @Get("/count")
    public int count() {
        return 1;
    }

    @Get("/array")
    public Item[] array() {
        return new Item[0];
    }
}
