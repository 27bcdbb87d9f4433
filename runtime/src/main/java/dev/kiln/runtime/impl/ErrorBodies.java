package dev.kiln.runtime.impl;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** FastAPI's error bodies: {@code {"detail": ...}}. The constant ones are encoded once. */
final class ErrorBodies {
    // Bytes, not Buffers: a Buffer is not meant to be shared between event loops; each answer wraps a copy.
    private static final byte[] NOT_FOUND = detail("Not Found").getBytes();
    private static final byte[] METHOD_NOT_ALLOWED =
            detail("Method Not Allowed").getBytes();
    private static final byte[] INTERNAL = detail("Internal Server Error").getBytes();

    static Buffer notFound() {
        return Buffer.buffer(NOT_FOUND);
    }

    static Buffer methodNotAllowed() {
        return Buffer.buffer(METHOD_NOT_ALLOWED);
    }

    static Buffer internal() {
        return Buffer.buffer(INTERNAL);
    }

    private ErrorBodies() {}

    /** {@code {"detail": detail}}; a detail Jackson cannot write falls back to the reason phrase. */
    static Buffer detail(Object detail) {
        Map<String, Object> body = new LinkedHashMap<>(2);
        body.put("detail", detail);
        try {
            return Buffer.buffer(Json.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the error detail is not JSON-serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /** The reason phrase of a status, e.g. {@code "Not Found"}. */
    static String reason(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }

    /** The 422 body: {@code {"detail": [{"type", "loc", "msg", "input"[, "ctx"]}, ...]}}. */
    static Buffer validation(ValidationErrors errors) {
        return detail(errors.detail());
    }
}
