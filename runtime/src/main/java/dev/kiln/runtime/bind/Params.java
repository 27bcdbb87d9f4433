package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kiln.runtime.json.Json;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds one operation parameter from its raw wire value. Every method records its errors and returns
 * {@code null} (or an empty value) on failure, so generated code binds every parameter, then checks
 * the errors once and answers one 422 with all of them.
 */
public final class Params {
    private Params() {}

    /** A required value: absent → {@code missing}. */
    public static <T> T required(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        if (raw == null) {
            errors.missing(loc);
            return null;
        }
        return binder.fromString(raw, loc, errors);
    }

    /** {@code Optional<T>}: absent → empty. */
    public static <T> Optional<T> optional(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        if (raw == null) {
            return Optional.empty();
        }
        int before = errors.size();
        T value = binder.fromString(raw, loc, errors);
        return errors.size() == before ? Optional.ofNullable(value) : null;
    }

    /** {@code @Nullable T}: absent → {@code null}. */
    public static <T> T nullable(String raw, Binder<T> binder, Loc loc, ValidationErrors errors) {
        return raw == null ? null : binder.fromString(raw, loc, errors);
    }

    /** {@code @Default}: absent → {@code defaultValue}. */
    public static <T> T orDefault(String raw, Binder<T> binder, Loc loc, ValidationErrors errors, T defaultValue) {
        return raw == null ? defaultValue : binder.fromString(raw, loc, errors);
    }

    /** Repeated values ({@code ?tag=a&tag=b}); absent → empty list; errors at {@code loc + index}. */
    public static <T> List<T> list(List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors) {
        if (raws == null || raws.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>(raws.size());
        return bindAll(raws, binder, loc, errors, values) ? Collections.unmodifiableList(values) : null;
    }

    /** Like {@link #list}, into an insertion-ordered set. */
    public static <T> Set<T> set(List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors) {
        if (raws == null || raws.isEmpty()) {
            return Set.of();
        }
        Set<T> values = new LinkedHashSet<>();
        return bindAll(raws, binder, loc, errors, values) ? Collections.unmodifiableSet(values) : null;
    }

    /**
     * Repeated values with a constraint on the whole collection ({@code @Size(max = 5) List<String> tag}),
     * checked once every value bound; the error's input is the list of strings sent, as in FastAPI.
     */
    public static <T> List<T> list(
            List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors, Check<? super List<T>> check) {
        return checked(list(raws, binder, loc, errors), raws, check, loc, errors);
    }

    /** Like {@link #list(List, Binder, Loc, ValidationErrors, Check)}, into an insertion-ordered set. */
    public static <T> Set<T> set(
            List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors, Check<? super Set<T>> check) {
        return checked(set(raws, binder, loc, errors), raws, check, loc, errors);
    }

    private static <C> C checked(
            C values, List<String> raws, Check<? super C> check, Loc loc, ValidationErrors errors) {
        if (values == null) {
            return null;
        }
        return check.test(values, raws == null ? List.of() : raws, loc, errors) ? values : null;
    }

    private static <T> boolean bindAll(
            List<String> raws, Binder<T> binder, Loc loc, ValidationErrors errors, java.util.Collection<T> into) {
        int before = errors.size();
        for (int i = 0; i < raws.size(); i++) {
            into.add(binder.fromString(raws.get(i), loc.index(i), errors));
        }
        return errors.size() == before;
    }

    /**
     * Parses the body as JSON. An absent or empty body returns {@code null} with no error (the caller
     * decides whether the body is required); malformed JSON records {@code json_invalid} and returns
     * {@code null}, and {@link #body}/{@link #member} then add no {@code missing} error of their own.
     *
     * <p>As FastAPI reports it: {@code loc} is {@code ["body", <character position>]}, {@code input}
     * is {@code {}}, {@code msg} is {@code "JSON decode error"} and {@code ctx.error} is Python's wording
     * for the common mistakes ("Expecting value", "Expecting property name enclosed in double quotes",
     * "Expecting ',' delimiter", "Expecting ':' delimiter", "Extra data", ...).
     */
    public static JsonNode json(Buffer body, ValidationErrors errors) {
        if (body == null || body.length() == 0) {
            return null;
        }
        // Parsed from a String so that error positions count characters, as Python's do.
        String text = body.toString(StandardCharsets.UTF_8);
        try {
            return Json.treeReader().readTree(text);
        } catch (JsonProcessingException e) {
            int position = 0;
            if (e.getLocation() != null && e.getLocation().getCharOffset() >= 0) {
                position = (int) Math.min(text.length(), e.getLocation().getCharOffset());
            }
            String error = pythonWording(e);
            errors.add(
                    "json_invalid",
                    Loc.body().index(position),
                    "JSON decode error",
                    JsonNodeFactory.instance.objectNode(),
                    Map.of("error", error));
            return null;
        }
    }

    /** Python's {@code json} module's message for the mistake Jackson found. */
    private static String pythonWording(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "Document too large or too deeply nested";
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("double-quote to start field name")
                || message.contains("expected a valid value") && message.contains("field name")) {
            return "Expecting property name enclosed in double quotes";
        }
        if (message.contains("was expecting a colon")) {
            return "Expecting ':' delimiter";
        }
        if (message.contains("was expecting comma")) {
            return "Expecting ',' delimiter";
        }
        if (message.startsWith("Trailing token")) {
            return "Extra data";
        }
        if (message.contains("in a String value")
                || message.contains("in VALUE_STRING")
                || message.contains("in field name")) {
            return message.contains("Illegal unquoted character")
                    ? "Invalid control character at"
                    : "Unterminated string starting at";
        }
        if (message.contains("Illegal unquoted character")) {
            return "Invalid control character at";
        }
        if (message.contains("Unrecognized character escape")) {
            return "Invalid \\escape";
        }
        return "Expecting value";
    }

    /**
     * The single body parameter: {@code json} absent → {@code missing} at {@code ["body"]}, unless
     * {@code required} is false, in which case {@code null} is returned. A body of JSON {@code null}
     * counts as absent, as in FastAPI.
     */
    public static <T> T body(JsonNode json, Binder<T> binder, boolean required, ValidationErrors errors) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            if (required && !jsonInvalid(errors)) {
                errors.missing(Loc.body());
            }
            return null;
        }
        return binder.fromJson(json, Loc.body(), errors);
    }

    /** A malformed body was already reported: FastAPI then reports nothing else about the body. */
    private static boolean jsonInvalid(ValidationErrors errors) {
        for (int i = errors.size() - 1; i >= 0; i--) {
            if (errors.list().get(i).type().equals("json_invalid")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of several body parameters, embedded by name: {@code {"item": {...}, "user": {...}}};
     * locations are {@code ["body", name, ...]}.
     */
    public static <T> T member(JsonNode json, Field<T> field, ValidationErrors errors) {
        if (json == null && jsonInvalid(errors)) {
            return null;
        }
        if (json == null || !json.isObject()) {
            // No usable object: every member is absent (required ones are "missing", input the body).
            return field.bind(null, json == null || json.isNull() ? null : json, Loc.body(), errors);
        }
        return field.bind(json, json, Loc.body(), errors);
    }
}
