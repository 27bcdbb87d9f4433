package dev.kiln.runtime;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Objects;

/**
 * One operation as the host sees it: what it matches, where it runs, what the host reads of the
 * request, and the generated method that answers it.
 *
 * @param method     the HTTP method
 * @param path       the full path template, prefix included: {@code /items/{itemId}}
 * @param javaMethod the user method, for logs: {@code Items.read}
 * @param dispatch   where the operation itself runs, decided at compile time
 * @param workerHops how many times one request of this operation moves to a worker thread
 * @param body       what the host must read of the request before calling {@code endpoint}
 * @param endpoint   the generated code that binds, dispatches and answers
 * @param middleware the {@code @Middleware} the endpoint runs first, in order, for the route table:
 *                   {@code Filters.audit}
 */
public record Route(
        HttpMethod method,
        String path,
        String javaMethod,
        Dispatch dispatch,
        int workerHops,
        BodyKind body,
        Endpoint endpoint,
        List<String> middleware) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(javaMethod, "javaMethod");
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(endpoint, "endpoint");
        middleware = List.copyOf(middleware);
    }

    /** A route without middleware. */
    public Route(
            HttpMethod method,
            String path,
            String javaMethod,
            Dispatch dispatch,
            int workerHops,
            BodyKind body,
            Endpoint endpoint) {
        this(method, path, javaMethod, dispatch, workerHops, body, endpoint, List.of());
    }

    /**
     * A route that reads the body's bytes ({@link BodyKind#BYTES}) or nothing ({@link BodyKind#NONE}):
     * the form generated code used before forms existed, still valid.
     */
    public Route(
            HttpMethod method,
            String path,
            String javaMethod,
            Dispatch dispatch,
            int workerHops,
            boolean readsBody,
            Endpoint endpoint) {
        this(method, path, javaMethod, dispatch, workerHops, readsBody ? BodyKind.BYTES : BodyKind.NONE, endpoint);
    }

    /** Whether the host reads anything of the request body before calling the endpoint. */
    public boolean readsBody() {
        return body == BodyKind.BYTES || body == BodyKind.FORM;
    }
}
