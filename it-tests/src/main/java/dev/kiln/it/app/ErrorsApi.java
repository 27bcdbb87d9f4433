package dev.kiln.it.app;

import dev.kiln.ExceptionHandler;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Errors: HttpException, failed futures, unexpected exceptions and exception handlers. */
@Router(prefix = "/errors")
public final class ErrorsApi {

    /** Handled by {@link #teapot}. */
    public static class TeapotException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TeapotException(String message) {
            super(message);
        }
    }

    /** Handled by {@link #kettle}, which declares a checked exception and throws it. */
    public static final class KettleException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KettleException(String message) {
            super(message);
        }
    }

    /** A subtype: the handler of its supertype answers it. */
    public static final class EarlGreyException extends TeapotException {
        private static final long serialVersionUID = 1L;

        public EarlGreyException() {
            super("earl grey");
        }
    }

    @Get("/items/{id}")
    public Map<String, Object> find(int id) {
        if (id != 1) {
            throw new HttpException(404, "Item not found");
        }
        return Map.of("id", id);
    }

    @Get("/auth")
    public Map<String, Object> auth() {
        throw new HttpException(401, "Not authenticated", Map.of("WWW-Authenticate", "Bearer"));
    }

    @Get("/structured")
    public Map<String, Object> structured() {
        throw new HttpException(409, Map.of("code", "conflict", "ids", List.of(1, 2)));
    }

    @Get("/bare")
    public Future<Map<String, Object>> bare() {
        return Future.failedFuture(new HttpException(403));
    }

    @Get("/boom")
    public Map<String, Object> boom() {
        throw new IllegalStateException("secret database password is hunter2");
    }

    @Get("/boom-async")
    public Future<Map<String, Object>> boomAsync() {
        return Future.failedFuture(new IllegalStateException("secret async detail"));
    }

    @Get("/boom-sync-in-async")
    public Future<Map<String, Object>> boomSyncInAsync() {
        throw new IllegalStateException("thrown before returning a future");
    }

    @Get("/teapot")
    public Map<String, Object> teapot() {
        throw new TeapotException("short and stout");
    }

    @Get("/earl-grey")
    public Future<Map<String, Object>> earlGrey() {
        return Future.failedFuture(new EarlGreyException());
    }

    @Get("/kettle/{mode}")
    public Map<String, Object> kettle(String mode) {
        throw new KettleException(mode);
    }

    /** Declares a checked exception: answers {@code "boil"}, and fails (a 500) on anything else. */
    @ExceptionHandler
    public static Response<Map<String, Object>> kettle(KettleException e, Request request) throws IOException {
        if (!e.getMessage().equals("boil")) {
            throw new IOException("the kettle handler broke");
        }
        return Response.status(418).body(Map.of("detail", "boiled"));
    }

    @ExceptionHandler
    public static Response<Map<String, Object>> teapot(TeapotException e, Request request) {
        return Response.status(418)
                .header("X-Handled-By", "teapot")
                .body(Map.of("detail", e.getMessage(), "path", request.path()));
    }
}
