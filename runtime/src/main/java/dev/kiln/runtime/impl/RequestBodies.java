package dev.kiln.runtime.impl;

import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.json.Json;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A request's body as {@link dev.kiln.RequestValidationException#body()} shows it, FastAPI's
 * {@code exc.body}: a JSON body (sent as JSON) parsed into plain Java values, any other body as text,
 * a form's fields.
 */
final class RequestBodies {
    private RequestBodies() {}

    /** The body of {@code ex} as it was read; {@code null} when there is none or the route reads none. */
    static Object asRead(HttpExchange ex) {
        if (ex.route != null && ex.route.body() == BodyKind.FORM) {
            return ex.hasForm() ? ex.formForErrors() : null;
        }
        Buffer body = ex.body();
        if (body == null || body.length() == 0) {
            return null;
        }
        String text = body.toString(StandardCharsets.UTF_8);
        if (!Params.isJson(ex.header("content-type"))) {
            return text;
        }
        try {
            return Json.treeReader().forType(Object.class).readValue(text);
        } catch (Exception notJson) {
            // FastAPI hands a document it could not decode to the handler as it is.
            return text;
        }
    }
}
