package com.example;

import dev.kiln.Blocking;
import dev.kiln.ExceptionHandler;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import dev.kiln.Request;
import dev.kiln.RequestValidationException;
import dev.kiln.Response;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

public final class Handlers {
    @Get("/teapot")
    public static String teapot() throws Teapot {
        throw new Teapot();
    }

    @Get("/teapot/{cups}")
    public static String cups(int cups) {
        return "cups: " + cups;
    }

    /** What every request that fails validation gets instead of FastAPI's 422. */
    public record Problem(String title, List<Map<String, Object>> errors) {}

    @ExceptionHandler
    @Blocking(pool = "errors")
    public static Response<Problem> invalid(RequestValidationException e, Request request) {
        return Response.status(400).body(new Problem("invalid request", e.errors()));
    }

    @ExceptionHandler
    @NonBlocking
    public static Response<?> unsupported(UnsupportedOperationException e, Request request) {
        return Response.status(501).build();
    }

    @ExceptionHandler
    public static Response<?> notFound(NotFound e, Request request) throws java.io.IOException {
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
