package dev.kiln;

import io.vertx.core.Future;
import java.util.function.Function;

/**
 * An app being configured: a builder made by {@link Kiln#app()}. Nothing starts until
 * {@link #run(String[])} or {@link #start()}.
 */
public final class App {
    App() {
    }

    /** The OpenAPI {@code info.title}; default {@code "Kiln"}. */
    public App title(String title) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The OpenAPI {@code info.version}; default {@code "0.1.0"}. */
    public App version(String version) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The OpenAPI {@code info.description}. */
    public App description(String description) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Where the OpenAPI document is served; default {@code /openapi.json}; {@code null} turns it and the docs pages off. */
    public App openapiUrl(String url) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Where Swagger UI is served; default {@code /docs}; {@code null} turns it off. */
    public App docsUrl(String url) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Where ReDoc is served; default {@code /redoc}; {@code null} turns it off. */
    public App redocUrl(String url) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The address to bind; default {@code 127.0.0.1} (or {@code --host}, {@code KILN_HOST}). */
    public App host(String host) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The port; default 8000, {@code 0} for any free port (or {@code --port}, {@code KILN_PORT}). */
    public App port(int port) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Event-loop verticles; default the number of cores (or {@code --instances}, {@code KILN_INSTANCES}). */
    public App instances(int instances) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The size of a worker pool named by {@code @Blocking(pool = name)}; {@code "default"} is the shared pool. */
    public App workerPool(String name, int size) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /**
     * Replaces the provider of {@code type} (FastAPI's {@code dependency_overrides}), mostly for tests:
     * the function gets the request and returns the value to use.
     */
    public <T> App override(Class<T> type, Function<? super Request, ? extends T> replacement) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /**
     * Starts the app with settings from the command line ({@code --host --port --instances}) and the
     * environment ({@code KILN_HOST KILN_PORT KILN_INSTANCES}), logs the bound address and the route
     * table, and keeps running until the JVM is stopped; SIGTERM shuts it down gracefully.
     */
    public void run(String[] args) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Starts the app with the settings given so far; completes once the server listens. */
    public Future<RunningApp> start() {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
