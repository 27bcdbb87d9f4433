package dev.kiln.runtime.impl;

import java.lang.System.Logger.Level;

/**
 * {@code App.accessLog(true)}: one line per request to the logger {@code dev.kiln.access}, at INFO:
 * {@code GET /items/{itemId} 200 27B 412us [request 5f3a9c-17]} (method, path template, status, bytes
 * of the body sent, microseconds from arrival to the end of the answer, request id). The template, not
 * the raw path: what a client sends never reaches the log (no log injection), and lines group by
 * operation.
 */
final class AccessLog implements RequestObserver {
    private static final System.Logger LOG = Logs.get("dev.kiln.access");

    @Override
    public void started() {}

    @Override
    public void completed(HttpExchange ex, int status, long bytes, long nanos) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        String id = ex.requestId();
        String line = RequestObserver.method(ex.route, ex.http.method()) + " " + RequestObserver.template(ex.route)
                + " " + status + " " + bytes + "B " + (nanos / 1000) + "us [request " + id + "]";
        Logs.about(LOG, Level.INFO, id, line, null);
    }
}
