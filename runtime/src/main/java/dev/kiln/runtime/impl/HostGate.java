package dev.kiln.runtime.impl;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The host settings applied to every request before routing, as if each wrapped the rest of the app
 * like a Starlette middleware, and what must happen to every answer just before its headers are
 * written: compression's {@code Vary} and exclusions. The framing checks and the shutdown's
 * {@code 503} come before all this.
 *
 * <p>{@link #of} gives {@code null} when no such setting is on, so an app without them pays one null
 * check per request. Holds no per-request state.
 */
final class HostGate {
    /** The smallest body compressed, or -1 when compression is off. */
    private final int gzipMinimumSize;

    private HostGate(int gzipMinimumSize) {
        this.gzipMinimumSize = gzipMinimumSize;
    }

    /** The gate for these settings, or {@code null} when none of its settings is on. */
    static HostGate of(AppSettings settings) {
        if (settings.gzipMinimumSize() < 0) {
            return null;
        }
        return new HostGate(settings.gzipMinimumSize());
    }

    /** Applies the settings to a request before routing; {@code true} when it was answered here. */
    boolean answered(HttpExchange ex) {
        arrange(ex.http);
        return false;
    }

    /**
     * Arranges what happens to the answer just before its headers are written, whoever writes it (an
     * operation, an error, the docs): compression's {@code Vary} and exclusions.
     */
    private void arrange(HttpServerRequest request) {
        if (gzipMinimumSize < 0) {
            return;
        }
        request.response().headersEndHandler(v -> ResponseCompression.beforeHeaders(request, gzipMinimumSize));
    }

    /** Adds a value to {@code Vary} as Starlette does: appended to what is there, comma-separated. */
    static void addVary(MultiMap headers, CharSequence value) {
        String existing = headers.get(HttpHeaders.VARY);
        if (existing == null) {
            headers.set(HttpHeaders.VARY, value);
        } else {
            headers.set(HttpHeaders.VARY, existing + ", " + value);
        }
    }
}
