package dev.kiln.it.third;

import dev.kiln.ExceptionHandler;
import dev.kiln.Get;
import dev.kiln.Post;
import dev.kiln.Request;
import dev.kiln.RequestValidationException;
import dev.kiln.Response;
import dev.kiln.Router;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/** An app-wide handler for request validation failures: every 422 of the app becomes a 400 {@link Problem}. */
@Router(prefix = "/third")
public final class Orders {
    /** What a client sends. */
    public record OrderIn(@NotBlank String item, @Min(1) int quantity) {}

    /** What the handler answers instead of FastAPI's 422, and what the document shows for every 422. */
    public record Problem(String title, List<Map<String, Object>> errors, Object body, String thread) {}

    @Post("/orders")
    public OrderIn order(OrderIn order) {
        return order;
    }

    /** An operation that finds the request invalid itself, as FastAPI code raises RequestValidationError. */
    @Get("/orders/{id}")
    public Map<String, Object> order(int id) {
        if (id > 100) {
            throw new RequestValidationException(List.of(Map.of(
                    "type", "less_than_equal",
                    "loc", List.of("path", "id"),
                    "msg", "Input should be less than or equal to 100",
                    "input", id)));
        }
        return Map.of("id", id);
    }

    /** A plain return: it runs on a worker thread, like an operation. */
    @ExceptionHandler
    public static Response<Problem> invalid(RequestValidationException e, Request request) {
        return Response.status(400)
                .header("X-Handled-By", "invalid")
                .body(new Problem(
                        "Invalid request to " + request.path(),
                        e.errors(),
                        e.body(),
                        Thread.currentThread().getName()));
    }
}
