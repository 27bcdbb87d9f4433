package dev.kiln;

import dev.kiln.runtime.AppSettings;
import dev.kiln.runtime.Host;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An app being configured: a builder made by {@link Kiln#app()}. Nothing starts until
 * {@link #run(String[])} or {@link #start()}; each start takes an immutable snapshot of the settings,
 * so changing the builder afterwards does not affect a running app.
 */
public final class App {
    private String title = "Kiln";
    private String version = "0.1.0";
    private String description;
    private String openapiUrl = "/openapi.json";
    private String docsUrl = "/docs";
    private String redocUrl = "/redoc";
    private String host = AppSettings.DEFAULT_HOST;
    private int port = AppSettings.DEFAULT_PORT;
    private int instances = Runtime.getRuntime().availableProcessors();
    private long maxBodySize = AppSettings.DEFAULT_MAX_BODY_SIZE;
    private boolean forbidExtraFields;
    private final Map<String, Integer> workerPools = new LinkedHashMap<>();
    private final Map<Class<?>, Function<? super Request, ?>> overrides = new LinkedHashMap<>();

    App() {
    }

    /** The OpenAPI {@code info.title}; default {@code "Kiln"}. */
    public App title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The OpenAPI {@code info.version}; default {@code "0.1.0"}. */
    public App version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /** The OpenAPI {@code info.description}. */
    public App description(String description) {
        this.description = description;
        return this;
    }

    /** Where the OpenAPI document is served; default {@code /openapi.json}; {@code null} turns it and the docs pages off. */
    public App openapiUrl(String url) {
        this.openapiUrl = checkUrl(url);
        return this;
    }

    /** Where Swagger UI is served; default {@code /docs}; {@code null} turns it off. */
    public App docsUrl(String url) {
        this.docsUrl = checkUrl(url);
        return this;
    }

    /** Where ReDoc is served; default {@code /redoc}; {@code null} turns it off. */
    public App redocUrl(String url) {
        this.redocUrl = checkUrl(url);
        return this;
    }

    private static String checkUrl(String url) {
        if (url != null && !url.startsWith("/")) {
            throw new IllegalArgumentException("a docs URL is a path starting with '/': " + url);
        }
        return url;
    }

    /** The address to bind; default {@code 127.0.0.1} (or {@code --host}, {@code KILN_HOST}). */
    public App host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The port; default 8000, {@code 0} for any free port (or {@code --port}, {@code KILN_PORT}). */
    public App port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        this.port = port;
        return this;
    }

    /** Event-loop verticles; default the number of cores (or {@code --instances}, {@code KILN_INSTANCES}). */
    public App instances(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1: " + instances);
        }
        this.instances = instances;
        return this;
    }

    /** The size of a worker pool named by {@code @Blocking(pool = name)}; {@code "default"} is the shared pool. */
    public App workerPool(String name, int size) {
        Objects.requireNonNull(name, "name");
        if (size < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one thread: " + name + "=" + size);
        }
        workerPools.put(name, size);
        return this;
    }

    /**
     * The largest request body read before an operation that takes a body; larger ones are answered
     * {@code 413 {"detail":"Request Entity Too Large"}}. Default 10 MiB.
     */
    public App maxBodySize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxBodySize must not be negative: " + bytes);
        }
        this.maxBodySize = bytes;
        return this;
    }

    /**
     * Whether a JSON body object may carry members its record or bean does not declare. By default
     * they are ignored (Pydantic's default); {@code true} answers each with a 422 error
     * {@code extra_forbidden}, "Extra inputs are not permitted" (Pydantic's {@code extra='forbid'}).
     */
    public App forbidExtraFields(boolean forbid) {
        this.forbidExtraFields = forbid;
        return this;
    }

    /**
     * Replaces the provider of {@code type} (FastAPI's {@code dependency_overrides}), mostly for tests:
     * the function gets the request and returns the value to use.
     */
    public <T> App override(Class<T> type, Function<? super Request, ? extends T> replacement) {
        overrides.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(replacement, "replacement"));
        return this;
    }

    /** The settings given so far, as an immutable snapshot. */
    AppSettings settings() {
        return new AppSettings(title, version, description, openapiUrl, docsUrl, redocUrl, host, port, instances,
                workerPools, overrides, maxBodySize, forbidExtraFields);
    }

    /**
     * Starts the app with settings from the command line ({@code --host --port --instances}) and the
     * environment ({@code KILN_HOST KILN_PORT KILN_INSTANCES}), logs the bound address and the route
     * table, and keeps running until the JVM is stopped; SIGTERM shuts it down gracefully.
     */
    public void run(String[] args) {
        AppSettings resolved = settings().withEnvironment(System.getenv()).withArguments(args);
        Host.run(resolved);
    }

    /** Starts the app with the settings given so far; completes once the server listens. */
    public Future<RunningApp> start() {
        return Host.start(settings());
    }
}
