package dev.kiln.runtime;

import io.vertx.core.http.HttpMethod;
import java.util.Objects;

/**
 * One operation as the host sees it: what it matches, where it runs, and the generated method
 * that answers it.
 *
 * @param method     the HTTP method
 * @param path       the full path template, prefix included: {@code /items/{itemId}}
 * @param javaMethod the user method, for logs: {@code Items.read}
 * @param dispatch   where the operation itself runs, decided at compile time
 * @param workerHops how many times one request of this operation moves to a worker thread
 * @param readsBody  whether the host must read the request body before calling {@code endpoint}
 * @param endpoint   the generated code that binds, dispatches and answers
 */
public record Route(
        HttpMethod method,
        String path,
        String javaMethod,
        Dispatch dispatch,
        int workerHops,
        boolean readsBody,
        Endpoint endpoint) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(javaMethod, "javaMethod");
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
