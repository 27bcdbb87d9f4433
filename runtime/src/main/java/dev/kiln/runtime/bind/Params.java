package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.Upload;
import dev.kiln.runtime.json.Json;
import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.IOException;
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

    /**
     * Parses the body as JSON when its {@code Content-Type} says JSON, as FastAPI does (its strict
     * content-type check): {@code application/json} or {@code application/<anything>+json}, parameters
     * allowed, case-insensitive (see {@link #isJson}). A body sent with another type, or with none, is
     * not parsed: it reaches the binder as a JSON string of its text, which is what FastAPI validates
     * (the raw bytes), so a record body answers {@code model_attributes_type} at {@code ["body"]} with
     * the text as {@code input}, a {@code String} body takes the text. An absent or empty body returns
     * {@code null} whatever the type.
     *
     * <p>Generated code calls {@code Params.json(ex.body(), ex.header("content-type"), errors)}.
     */
    public static JsonNode json(Buffer body, String contentType, ValidationErrors errors) {
        if (body == null || body.length() == 0) {
            return null;
        }
        if (!isJson(contentType)) {
            return TextNode.valueOf(body.toString(StandardCharsets.UTF_8));
        }
        return json(body, errors);
    }

    /**
     * Whether a {@code Content-Type} announces JSON as FastAPI decides it (Python's
     * {@code email.message} reading of the header): the part before {@code ;}, trimmed, is one
     * {@code type/subtype} whose type is {@code application} and whose subtype is {@code json} or ends
     * with {@code +json}, in any case. {@code null} (no header) is not JSON.
     */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        if (contentType.equals("application/json")) {
            return true; // what nearly every client sends: no case-insensitive scan
        }
        int end = contentType.indexOf(';');
        if (end < 0) {
            end = contentType.length();
        }
        int start = 0;
        while (start < end && Character.isWhitespace(contentType.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(contentType.charAt(end - 1))) {
            end--;
        }
        // Python counts the slashes: anything but exactly one makes the type text/plain.
        int slash = start + APPLICATION.length();
        if (slash >= end
                || contentType.charAt(slash) != '/'
                || !contentType.regionMatches(true, start, APPLICATION, 0, APPLICATION.length())) {
            return false;
        }
        int subtype = slash + 1;
        int second = contentType.indexOf('/', subtype);
        if (second >= 0 && second < end) {
            return false;
        }
        int length = end - subtype;
        return length == 4 && contentType.regionMatches(true, subtype, "json", 0, 4)
                || length >= 5 && contentType.regionMatches(true, end - 5, "+json", 0, 5);
    }

    private static final String APPLICATION = "application";

    /**
     * {@code @Body byte[]}: the body's bytes as sent, whatever its content type. An absent or empty body
     * is {@code missing} at {@code ["body"]} when {@code required} (FastAPI's answer for a required
     * {@code bytes} body), else {@code null}.
     */
    public static byte[] bytes(Buffer body, boolean required, ValidationErrors errors) {
        if (body == null || body.length() == 0) {
            if (required) {
                errors.missing(Loc.body());
            }
            return null;
        }
        return body.getBytes();
    }

    /**
     * {@code @Body String}: the body's text as sent (decoded as UTF-8, a malformed sequence replaced),
     * whatever its content type; absent or empty as {@link #bytes}.
     */
    public static String text(Buffer body, boolean required, ValidationErrors errors) {
        if (body == null || body.length() == 0) {
            if (required) {
                errors.missing(Loc.body());
            }
            return null;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /**
     * A required {@code @File Upload} ({@code ex.upload(name)}, {@code ex.formField(name)}): no file →
     * {@code missing}; a plain field sent under that name instead of a file → FastAPI's
     * {@code value_error} {@code "Expected UploadFile, received: <class 'str'>"}.
     */
    public static Upload file(Upload upload, String field, Loc loc, ValidationErrors errors) {
        if (upload != null) {
            return upload;
        }
        if (field == null) {
            errors.missing(loc);
        } else {
            notAFile(field, loc, errors);
        }
        return null;
    }

    /** {@code Optional<Upload>}: no file → empty; a plain field instead → {@code value_error}, as {@link #file}. */
    public static Optional<Upload> optionalFile(Upload upload, String field, Loc loc, ValidationErrors errors) {
        if (upload != null) {
            return Optional.of(upload);
        }
        if (field != null) {
            notAFile(field, loc, errors);
            return null;
        }
        return Optional.empty();
    }

    /**
     * {@code List<Upload>} ({@code ex.uploads(name)}, {@code ex.formFields(name)}): at least one file is
     * required, as FastAPI's {@code list[UploadFile]} ({@code missing} otherwise); plain fields sent
     * instead are a {@code value_error} each, at {@code loc + index}.
     */
    public static List<Upload> files(List<Upload> uploads, List<String> fields, Loc loc, ValidationErrors errors) {
        if (!uploads.isEmpty()) {
            return uploads;
        }
        if (fields.isEmpty()) {
            errors.missing(loc);
        }
        for (int i = 0; i < fields.size(); i++) {
            notAFile(fields.get(i), loc.index(i), errors);
        }
        return null;
    }

    private static void notAFile(String field, Loc loc, ValidationErrors errors) {
        String error = "Expected UploadFile, received: <class 'str'>";
        errors.add("value_error", loc, "Value error, " + error, field, Map.of("error", error));
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

    /**
     * The single body parameter, bound straight from the body's tokens: what
     * {@code body(json(body, contentType, errors), binder, required, errors)} returns and records, without
     * a tree when the body binds cleanly (every request but a 422's). A JSON body is read by
     * {@link Binder#fromParser}; when that stops ({@link Unbound}: a value that does not bind, or a syntax
     * error), what it recorded is forgotten and the body is bound again from its tree, which reports the
     * 422 (or the one {@code json_invalid}) exactly as before. Bodies that are not JSON, empty, JSON
     * {@code null}, or not plain UTF-8 ({@link #streamable}) take the tree path at once.
     *
     * <p>Generated code calls {@code Params.body(ex.body(), ex.header("content-type"), BINDER, true, errors)}.
     */
    public static <T> T body(
            Buffer body, String contentType, Binder<T> binder, boolean required, ValidationErrors errors) {
        if (body != null && body.length() > 0 && isJson(contentType)) {
            // the body's own array when it has one (a request's body does), not a copy of it
            ByteBuf buf = body instanceof BufferInternal internal ? internal.getByteBuf() : null;
            byte[] bytes;
            int offset;
            if (buf != null && buf.hasArray()) {
                bytes = buf.array();
                offset = buf.arrayOffset() + buf.readerIndex();
            } else {
                bytes = body.getBytes();
                offset = 0;
            }
            int length = body.length();
            if (streamable(bytes, offset, length)) {
                int before = errors.size();
                try (JsonParser p = Json.bodyParser(bytes, offset, length)) {
                    JsonToken first = p.nextToken();
                    if (first != null && first != JsonToken.VALUE_NULL) {
                        T value = binder.fromParser(p, errors);
                        if (p.nextToken() == null && errors.size() == before) {
                            return value;
                        }
                    }
                } catch (IOException | Unbound e) {
                    // bound again below, from the tree, to report exactly why
                }
                errors.truncate(before);
            }
        }
        return body(json(body, contentType, errors), binder, required, errors);
    }

    /**
     * Whether a body's bytes can be parsed as bytes as the tree path parses them as text (decoded as
     * UTF-8): Jackson's byte parser would take a body starting with a byte order mark, or with a zero
     * byte in its first four, as another encoding. Such bodies take the tree path.
     */
    private static boolean streamable(byte[] bytes, int offset, int length) {
        if (bytes[offset] < 0) {
            return false;
        }
        for (int i = offset; i < offset + Math.min(4, length); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
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
