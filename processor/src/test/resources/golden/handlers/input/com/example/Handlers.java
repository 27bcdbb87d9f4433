package com.example;

import dev.kiln.ExceptionHandler;
import dev.kiln.Get;
import dev.kiln.Request;
import dev.kiln.Response;
import io.vertx.core.Future;

public final class Handlers {
    @Get("/teapot")
    public static String teapot() throws Teapot {
        throw new Teapot();
    }

    @ExceptionHandler
    public static Response<?> notFound(NotFound e, Request request) {
        return Response.status(404).body("missing " + request.path());
    }

    @ExceptionHandler
    public static Future<Response<?>> teapot(Teapot e, Request request) {
        return Future.succeededFuture(Response.status(418).build());
    }

    @ExceptionHandler
    public static Future<Response<String>> state(IllegalStateException e, Request request) {
        return Future.succeededFuture(Response.status(409).body("conflict"));
    }
}
