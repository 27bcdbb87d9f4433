package dev.kiln;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request whose parameters or body did not validate, FastAPI's {@code RequestValidationError}. Kiln
 * answers it with {@code 422 {"detail": errors()}}; an {@link ExceptionHandler @ExceptionHandler} for
 * this type replaces that answer for every operation (and, when it returns {@code Response<SomeType>},
 * the 422 the OpenAPI document shows becomes {@code SomeType}):
 *
 * <pre>{@code
 * @ExceptionHandler
 * public static Response<Problem> invalid(RequestValidationException e, Request request) {
 *     return Response.status(400).body(new Problem("invalid request", e.errors()));
 * }
 * }</pre>
 *
 * An operation may throw one too; it is answered the same way. Like {@link HttpException}, it is
 * never seen by a handler of one of its supertypes ({@code Exception}, {@code RuntimeException}).
 */
public class RequestValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Map<String, Object>> errors;
    private final transient Object body;

    /** A validation failure with these errors and no body. */
    public RequestValidationException(List<Map<String, Object>> errors) {
        this(errors, null);
    }

    /**
     * A validation failure.
     *
     * @param errors one map per error, as FastAPI's {@code exc.errors()}: {@code type}, {@code loc},
     *               {@code msg}, {@code input} and, when there is one, {@code ctx}
     * @param body   the request's body as it was read (see {@link #body()}), or {@code null}
     */
    public RequestValidationException(List<Map<String, Object>> errors, Object body) {
        super(describe(errors), null, false, false);
        this.errors = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(errors, "errors")));
        this.body = body;
    }

    /**
     * Every error of the request, in the order found, as the 422 {@code detail} array holds them (FastAPI's
     * {@code exc.errors()}): {@code type} (Pydantic's name, e.g. {@code int_parsing}), {@code loc} (a list
     * starting with {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}),
     * {@code msg}, {@code input} and, for some types, {@code ctx}.
     */
    public List<Map<String, Object>> errors() {
        return errors;
    }

    /**
     * The request's body as FastAPI's {@code exc.body} holds it: a JSON body parsed into maps, lists,
     * strings, numbers, booleans and {@code null}s; the text of a body that is not JSON; a form's
     * fields by name (the last value of each); {@code null} when the request had no body or the
     * operation reads none.
     */
    public Object body() {
        return body;
    }

    private static String describe(List<Map<String, Object>> errors) {
        int count = errors == null ? 0 : errors.size();
        return count + " validation error" + (count == 1 ? "" : "s");
    }
}
