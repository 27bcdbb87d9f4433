package dev.kiln.runtime.impl;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body as Starlette's {@code FormParser} does
 * (python-multipart's querystring parser, then {@code unquote_plus}): fields split on {@code &} only,
 * empty pieces skipped, a piece without {@code =} is a field with an empty value (unless it ends the
 * body, where python-multipart drops it), bytes read as Latin-1 and {@code %XX} escapes as UTF-8 (a
 * malformed sequence replaced), {@code +} a space, a {@code %} without two hex digits kept as it is.
 */
final class UrlEncodedForm {
    private UrlEncodedForm() {}

    /** The form, or {@code null} when it has more than {@code maxFields} fields. */
    static FormData parse(Buffer body, int maxFields) {
        FormData.Builder form = new FormData.Builder();
        if (body == null) {
            return form.build();
        }
        String text = body.toString(StandardCharsets.ISO_8859_1);
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = text.indexOf('&', start);
            boolean last = end < 0;
            if (last) {
                end = length;
            }
            if (end > start) {
                int equals = text.indexOf('=', start);
                if (equals >= 0 && equals < end) {
                    if (form.fieldCount() == maxFields) {
                        return null;
                    }
                    form.field(decode(text.substring(start, equals)), decode(text.substring(equals + 1, end)));
                } else if (!last) {
                    if (form.fieldCount() == maxFields) {
                        return null;
                    }
                    form.field(decode(text.substring(start, end)), "");
                }
            }
            start = end + 1;
        }
        return form.build();
    }

    private static String decode(String component) {
        return QueryStringDecoder.decodeComponent(RequestView.keepStrayPercents(component), StandardCharsets.UTF_8);
    }
}
