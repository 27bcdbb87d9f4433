package dev.kiln;

import dev.kiln.runtime.impl.AppSettings;
import dev.kiln.runtime.impl.Host;
import dev.kiln.runtime.impl.Limits;
import io.vertx.core.Future;
import java.time.Duration;
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
    private int maxHeaderSize = Limits.DEFAULT_MAX_HEADER_SIZE;
    private int maxRequestLineLength = Limits.DEFAULT_MAX_REQUEST_LINE_LENGTH;
    private Duration headerReadTimeout = Limits.DEFAULT_HEADER_READ_TIMEOUT;
    private Duration bodyReadTimeout = Limits.DEFAULT_BODY_READ_TIMEOUT;
    private Duration idleTimeout = Limits.DEFAULT_IDLE_TIMEOUT;
    private boolean decompressRequests;
    private int defaultWorkerQueue = Limits.DEFAULT_WORKER_QUEUE;
    private final Map<String, Integer> workerQueues = new LinkedHashMap<>();
    private Duration shutdownGracePeriod = Limits.DEFAULT_SHUTDOWN_GRACE_PERIOD;
    private final Map<Class<?>, Function<? super Request, ?>> overrides = new LinkedHashMap<>();

    App() {}

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

    /** The largest request header section, in bytes; larger ones are answered {@code 431}. Default 8 KiB. */
    public App maxHeaderSize(int bytes) {
        this.maxHeaderSize = atLeastOne("maxHeaderSize", bytes);
        return this;
    }

    /** The longest request line (method, target, version), in bytes; longer ones get {@code 414}. Default 4 KiB. */
    public App maxRequestLineLength(int bytes) {
        this.maxRequestLineLength = atLeastOne("maxRequestLineLength", bytes);
        return this;
    }

    /**
     * How long a connection may take to send a request's headers, counted from the moment it opens or
     * its previous response ended; a connection that has not delivered them by then is closed (a
     * client trickling header lines, "Slowloris", cannot hold it). It is also how long an idle
     * keep-alive connection stays open. Default 10 s.
     */
    public App headerReadTimeout(Duration timeout) {
        this.headerReadTimeout = positive("headerReadTimeout", timeout);
        return this;
    }

    /** How long reading one request body may take; a slower body is answered {@code 408} and the connection closed. Default 30 s. */
    public App bodyReadTimeout(Duration timeout) {
        this.bodyReadTimeout = positive("bodyReadTimeout", timeout);
        return this;
    }

    /** A connection on which no byte was read or written for this long is closed, even mid-request. Default 60 s. */
    public App idleTimeout(Duration timeout) {
        this.idleTimeout = positive("idleTimeout", timeout);
        return this;
    }

    /**
     * Whether request bodies sent with {@code Content-Encoding: gzip} or {@code deflate} are decoded
     * before the operation reads them; the body size limit then applies to the decoded size. Default
     * off: a request body with a {@code Content-Encoding} is answered {@code 415}.
     */
    public App decompressRequests(boolean decompress) {
        this.decompressRequests = decompress;
        return this;
    }

    /**
     * How many operations may wait for a thread of the worker pool {@code pool} (beyond the ones its
     * threads are running); when that many wait, further ones are answered {@code 503} with
     * {@code Retry-After} at once. Event-loop operations never wait for a pool. Default 256 per pool.
     */
    public App workerQueue(String pool, int size) {
        Objects.requireNonNull(pool, "pool");
        if (size < 0) {
            throw new IllegalArgumentException("a worker queue must not be negative: " + pool + "=" + size);
        }
        workerQueues.put(pool, size);
        return this;
    }

    /** The worker queue of every pool not given one with {@link #workerQueue(String, int)}. Default 256. */
    public App workerQueue(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a worker queue must not be negative: " + size);
        }
        this.defaultWorkerQueue = size;
        return this;
    }

    /**
     * How long a shutdown ({@link RunningApp#close()}, SIGTERM) lets in-flight requests finish; what is
     * still running then is cut off, and the log says how many. Default 30 s.
     */
    public App shutdownGracePeriod(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("shutdownGracePeriod must not be negative: " + grace);
        }
        this.shutdownGracePeriod = grace;
        return this;
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
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
        return new AppSettings(
                title,
                version,
                description,
                openapiUrl,
                docsUrl,
                redocUrl,
                host,
                port,
                instances,
                workerPools,
                overrides,
                maxBodySize,
                forbidExtraFields,
                new Limits(
                        maxHeaderSize,
                        maxRequestLineLength,
                        headerReadTimeout,
                        bodyReadTimeout,
                        idleTimeout,
                        decompressRequests,
                        defaultWorkerQueue,
                        workerQueues,
                        shutdownGracePeriod));
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
