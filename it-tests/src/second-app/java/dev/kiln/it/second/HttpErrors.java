package dev.kiln.it.second;

import dev.kiln.ExceptionHandler;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Request;
import dev.kiln.RequestValidationException;
import dev.kiln.Response;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An app-wide handler for {@code HttpException}, as Starlette's {@code HTTPException} handler. */
@Router(prefix = "/second")
public final class HttpErrors {
    /** An {@code HttpException} of the app's own, with a handler of its own. */
    public static final class TeapotException extends HttpException {
        private static final long serialVersionUID = 1L;

        public TeapotException() {
            super(418, "short and stout");
        }
    }

    /** An {@code HttpException} subclass without a handler of its own. */
    public static final class GoneException extends HttpException {
        private static final long serialVersionUID = 1L;

        public GoneException(String what) {
            super(410, what + " is gone");
        }
    }

    @Get("/items/{id}")
    public Map<String, Object> item(int id) {
        if (id != 1) {
            throw new HttpException(404, "Item not found", Map.of("X-Item", Integer.toString(id)));
        }
        return Map.of("id", id);
    }

    @Get("/teapot")
    public Future<String> teapot() {
        return Future.failedFuture(new TeapotException());
    }

    @Get("/gone")
    public String gone() {
        throw new GoneException("the page");
    }

    @Get("/invalid")
    public String invalid() {
        throw new RequestValidationException(
                List.of(Map.of("type", "value_error", "loc", List.of("query", "q"), "msg", "Value error, no")));
    }

    @Get("/boom")
    public String boom() {
        throw new IllegalStateException("not an HttpException");
    }

    /**
     * Every {@code HttpException} of the app: the user's and the host's own 404 and 405. A plain return: it
     * runs on a worker thread.
     */
    @ExceptionHandler
    public static Response<Map<String, Object>> http(HttpException e, Request request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.detail());
        body.put("status", e.status());
        body.put("path", request.path());
        Response.Builder answer = Response.status(e.status())
                .header("X-Handled-By", "http")
                .header("X-Handled-On", Thread.currentThread().getName());
        e.headers().forEach(answer::header);
        return answer.body(body);
    }

    @ExceptionHandler
    public static Future<Response<Map<String, Object>>> teapot(TeapotException e, Request request) {
        return Future.succeededFuture(
                Response.status(e.status())
                        .header("X-Handled-By", "teapot")
                        .header("X-Handled-On", Thread.currentThread().getName())
                        .body(Map.of("tea", e.detail())));
    }

    /**
     * Never sees an {@code HttpException} nor a {@code RequestValidationException}: their own answers come
     * first, as in FastAPI.
     */
    @ExceptionHandler
    public static Response<Map<String, Object>> anything(RuntimeException e, Request request) {
        return Response.status(500).header("X-Handled-By", "runtime").body(Map.of("error", e.getMessage()));
    }
}
