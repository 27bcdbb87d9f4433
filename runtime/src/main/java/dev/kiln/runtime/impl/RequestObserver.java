package dev.kiln.runtime.impl;

import dev.kiln.runtime.Route;
import io.vertx.core.http.HttpMethod;
import java.util.Set;

/**
 * What the host tells the metrics and the access log about each request: that it started, and how it
 * ended. The host holds one only when {@code App.metrics()} or {@code App.accessLog(true)} is on, so
 * without them a request pays nothing (no clock read, no call).
 */
interface RequestObserver {
    /** The label of a request no route matched (404, 405, a redirect, a refusal before matching). */
    String UNMATCHED = "UNMATCHED";

    /** A request arrived (on its event loop). */
    void started();

    /**
     * A request ended (on its event loop): answered, or abandoned with status 499, nginx's "client
     * closed request".
     *
     * @param bytes bytes of the answer written (headers excluded)
     * @param nanos from arrival to the end of the answer
     */
    void completed(HttpExchange ex, int status, long bytes, long nanos);

    /** Both, either, or {@code null} when neither is on. */
    static RequestObserver of(RequestObserver first, RequestObserver second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return new RequestObserver() {
            @Override
            public void started() {
                first.started();
                second.started();
            }

            @Override
            public void completed(HttpExchange ex, int status, long bytes, long nanos) {
                first.completed(ex, status, bytes, nanos);
                second.completed(ex, status, bytes, nanos);
            }
        };
    }

    /** The route template of a request, never its raw path: {@link #UNMATCHED} when none matched. */
    static String template(Route route) {
        return route == null ? UNMATCHED : route.path();
    }

    /** The method as a label: the route's, or a standard method's name, else {@code OTHER} (any token is a method). */
    static String method(Route route, HttpMethod method) {
        if (route != null) {
            return route.method().name();
        }
        return StandardMethods.NAMES.contains(method.name()) ? method.name() : "OTHER";
    }

    /** The methods of RFC 9110 and PATCH. */
    final class StandardMethods {
        static final Set<String> NAMES =
                Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

        private StandardMethods() {}
    }
}
