package dev.kiln.runtime.testapp;

import dev.kiln.ExceptionHandler;
import dev.kiln.Request;
import dev.kiln.Response;
import io.vertx.core.Future;
import java.util.Map;

/** The test app's exception handler. */
public final class Handlers {
    private Handlers() {}

    /** Answers {@link TeapotException} with 418 and a header saying who did. */
    @ExceptionHandler
    public static Future<Response<?>> teapot(TeapotException e, Request request) {
        return Future.succeededFuture(Response.status(418)
                .header("X-Handled-By", "teapot")
                .body(Map.of("detail", "teapot: " + e.getMessage(), "path", request.path())));
    }
}
