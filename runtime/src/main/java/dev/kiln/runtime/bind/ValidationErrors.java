package dev.kiln.runtime.bind;

import dev.kiln.HttpException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every validation error of one request, in the order found. Not thread-safe: one per request.
 * It also carries the request's binding rule for unknown JSON members, since every binder gets it.
 */
public final class ValidationErrors {
    private static final List<ValidationError> NONE = List.of();

    /** {@link #NONE} until the first error (most requests have none), then a list of its own. */
    private List<ValidationError> errors = NONE;

    private final boolean forbidExtraFields;
    private HttpException unauthenticated;

    /** Errors of a request whose bodies may carry unknown members (ignored, Pydantic's default). */
    public ValidationErrors() {
        this(false);
    }

    /**
     * Errors of a request; when {@code forbidExtraFields}, an unknown member of a JSON object bound into
     * a record or bean is an {@code extra_forbidden} error (Pydantic's {@code extra='forbid'}).
     */
    public ValidationErrors(boolean forbidExtraFields) {
        this.forbidExtraFields = forbidExtraFields;
    }

    private List<ValidationError> growing() {
        if (errors == NONE) {
            errors = new ArrayList<>(2);
        }
        return errors;
    }

    /** Whether unknown members of body objects are errors ({@code App.forbidExtraFields(true)}). */
    public boolean forbidsExtraFields() {
        return forbidExtraFields;
    }

    public void add(ValidationError error) {
        growing().add(error);
    }

    /** Records an error without {@code ctx}. */
    public void add(String type, Loc loc, String msg, Object input) {
        growing().add(new ValidationError(type, loc, msg, input, null));
    }

    /** Records an error with Pydantic's {@code ctx}. */
    public void add(String type, Loc loc, String msg, Object input, Map<String, Object> ctx) {
        growing().add(new ValidationError(type, loc, msg, input, ctx));
    }

    /** Records a {@code missing} error: {@code "Field required"}. */
    public void missing(Loc loc) {
        missing(loc, null);
    }

    /**
     * Records a {@code missing} error with an input: for a member of a JSON object Pydantic reports
     * the enclosing object as the input.
     */
    public void missing(Loc loc, Object input) {
        growing().add(new ValidationError("missing", loc, "Field required", input, null));
    }

    /** Whether nothing failed: no validation error and no missing credential. */
    public boolean isEmpty() {
        return errors.isEmpty() && unauthenticated == null;
    }

    /**
     * Records that a security scheme found no valid credential ({@code 401 Not authenticated}); the first one
     * recorded wins, and it is answered instead of the validation errors, as FastAPI raises it while solving
     * the dependencies, before the endpoint's own values are validated.
     */
    public void unauthenticated(HttpException failure) {
        if (unauthenticated == null) {
            unauthenticated = failure;
        }
    }

    /** The missing credential's answer, or {@code null}. */
    public HttpException unauthenticated() {
        return unauthenticated;
    }

    /** How many errors were recorded so far; binders compare it to know whether their part bound cleanly. */
    public int size() {
        return errors.size();
    }

    /** Forgets the errors recorded after the first {@code size}: a streaming read's, before binding again. */
    void truncate(int size) {
        if (errors.size() > size) {
            errors.subList(size, errors.size()).clear();
        }
    }

    public List<ValidationError> list() {
        return Collections.unmodifiableList(errors);
    }

    /**
     * The errors as FastAPI's 422 {@code detail} array: one map per error with {@code type},
     * {@code loc}, {@code msg}, {@code input} and, when Pydantic has one, {@code ctx}; ready for Jackson.
     */
    public List<Map<String, Object>> detail() {
        List<Map<String, Object>> detail = new ArrayList<>(errors.size());
        for (ValidationError error : errors) {
            Map<String, Object> entry = new LinkedHashMap<>(8);
            entry.put("type", error.type());
            entry.put("loc", error.loc().parts());
            entry.put("msg", error.msg());
            entry.put("input", error.input());
            if (error.ctx() != null) {
                entry.put("ctx", error.ctx());
            }
            detail.add(entry);
        }
        return detail;
    }

    @Override
    public String toString() {
        return errors.toString();
    }
}
