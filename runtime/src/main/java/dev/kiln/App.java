package dev.kiln;

import dev.kiln.runtime.impl.AppSettings;
import dev.kiln.runtime.impl.Host;
import io.vertx.core.Future;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An app being configured: a builder made by {@link Kiln#app()}. Nothing starts until
 * {@link #run(String[])} or {@link #start()}. Each method checks its value at once (an impossible one
 * is an {@link IllegalArgumentException}); the settings are immutable, so changing the builder after a
 * start does not affect the running app.
 */
public final class App {
    private AppSettings settings = AppSettings.defaults();

    App() {}

    /** The OpenAPI {@code info.title}; default {@code "Kiln"}. */
    public App title(String title) {
        settings = settings.withTitle(title);
        return this;
    }

    /** The OpenAPI {@code info.version}; default {@code "0.1.0"}. */
    public App version(String version) {
        settings = settings.withVersion(version);
        return this;
    }

    /** The OpenAPI {@code info.description}. */
    public App description(String description) {
        settings = settings.withDescription(description);
        return this;
    }

    /** Where the OpenAPI document is served; default {@code /openapi.json}; {@code null} turns it and the docs pages off. */
    public App openapiUrl(String url) {
        settings = settings.withOpenapiUrl(url);
        return this;
    }

    /** Where Swagger UI is served; default {@code /docs}; {@code null} turns it off. */
    public App docsUrl(String url) {
        settings = settings.withDocsUrl(url);
        return this;
    }

    /** Where ReDoc is served; default {@code /redoc}; {@code null} turns it off. */
    public App redocUrl(String url) {
        settings = settings.withRedocUrl(url);
        return this;
    }

    /** The address to bind; default {@code 127.0.0.1} (or {@code --host}, {@code KILN_HOST}). */
    public App host(String host) {
        settings = settings.withHost(host);
        return this;
    }

    /** The port; default 8000, {@code 0} for any free port (or {@code --port}, {@code KILN_PORT}). */
    public App port(int port) {
        settings = settings.withPort(port);
        return this;
    }

    /** Event-loop verticles; default the number of cores (or {@code --instances}, {@code KILN_INSTANCES}). */
    public App instances(int instances) {
        settings = settings.withInstances(instances);
        return this;
    }

    /** The size of a worker pool named by {@code @Blocking(pool = name)}; {@code "default"} is the shared pool. */
    public App workerPool(String name, int size) {
        settings = settings.withWorkerPool(name, size);
        return this;
    }

    /**
     * Runs the work of the worker pool {@code pool} ({@code "default"} included) each on a new virtual
     * thread (Java 21+), named {@code <pool>-virtual-<n>}, instead of on a fixed set of platform
     * threads: thousands of operations may block at once (JDBC, a remote call, a sleep) with a flat
     * platform-thread count. The pool's size ({@link #workerPool(String, int)}, default 10,000) is how
     * many run at once, beyond which its queue and then {@code 503} apply as for any pool. On Java 17
     * {@link #start()} fails with a message saying so. Work that holds a monitor ({@code synchronized})
     * while it blocks pins its carrier thread before Java 24.
     */
    public App virtualThreads(String pool) {
        settings = settings.withVirtualThreads(pool);
        return this;
    }

    /**
     * The largest request body read before an operation that takes a body (JSON, raw, or an
     * urlencoded form; of a multipart form, the parts that are not files: see {@link #maxUploadSize(long)});
     * larger ones are answered {@code 413 {"detail":"Request Entity Too Large"}}. Default 10 MiB.
     */
    public App maxBodySize(long bytes) {
        settings = settings.withMaxBodySize(bytes);
        return this;
    }

    /**
     * The largest WebSocket message a client may send, in bytes, whole or in one frame; past it the
     * socket closes with 1009 (message too big). Default 1 MiB.
     */
    public App maxWebSocketMessageSize(int bytes) {
        settings = settings.withMaxWebSocketMessageSize(bytes);
        return this;
    }

    /**
     * How many WebSockets one instance of the app holds open at most; a handshake past it is answered
     * {@code 503}. Default 10,000.
     */
    public App maxWebSocketConnections(int connections) {
        settings = settings.withMaxWebSocketConnections(connections);
        return this;
    }

    /**
     * Clusters Vert.x's event bus with {@code clusterManager} (e.g. Hazelcast's, from
     * {@code io.vertx:vertx-hazelcast}), so that {@link Rooms#broadcast} reaches the sockets of every
     * process in the cluster. The app starts once it joined the cluster.
     */
    public App cluster(io.vertx.core.spi.cluster.ClusterManager clusterManager) {
        settings = settings.withClusterManager(clusterManager);
        return this;
    }

    /** The largest request header section, in bytes; larger ones are answered {@code 431}. Default 8 KiB. */
    public App maxHeaderSize(int bytes) {
        settings = settings.withMaxHeaderSize(bytes);
        return this;
    }

    /** The longest request line (method, target, version), in bytes; longer ones get {@code 414}. Default 4 KiB. */
    public App maxRequestLineLength(int bytes) {
        settings = settings.withMaxRequestLineLength(bytes);
        return this;
    }

    /**
     * How long a connection may take to send a request's headers, counted from the moment it opens or
     * its previous response ended; a connection that has not delivered them by then is closed (a
     * client trickling header lines, "Slowloris", cannot hold it). It is also how long an idle
     * keep-alive connection stays open. Default 10 s.
     */
    public App headerReadTimeout(Duration timeout) {
        settings = settings.withHeaderReadTimeout(timeout);
        return this;
    }

    /** How long reading one request body may take; a slower body is answered {@code 408} and the connection closed. Default 30 s. */
    public App bodyReadTimeout(Duration timeout) {
        settings = settings.withBodyReadTimeout(timeout);
        return this;
    }

    /** A connection on which no byte was read or written for this long is closed, even mid-request. Default 60 s. */
    public App idleTimeout(Duration timeout) {
        settings = settings.withIdleTimeout(timeout);
        return this;
    }

    /**
     * Whether request bodies sent with {@code Content-Encoding: gzip} or {@code deflate} are decoded
     * before the operation reads them; the body size limit then applies to the decoded size. Default
     * off: a request body with a {@code Content-Encoding} is answered {@code 415}.
     */
    public App decompressRequests(boolean decompress) {
        settings = settings.withDecompressRequests(decompress);
        return this;
    }

    /**
     * The largest file a multipart form may carry, in bytes: a larger one is answered
     * {@code 413 {"detail":"Request Entity Too Large"}} as it crosses the limit, before more than this is
     * written to disk, and what was written is deleted. Default 100 MiB. Files are streamed to disk
     * within {@link #bodyReadTimeout(Duration)}: raise that too for large files on slow links.
     */
    public App maxUploadSize(long bytes) {
        settings = settings.withMaxUploadSize(bytes);
        return this;
    }

    /**
     * The most fields (parts that are not files) a form may carry, {@code application/x-www-form-urlencoded}
     * or {@code multipart/form-data}; more are answered {@code 413}. Default 1000 (Starlette's
     * {@code max_fields}). A form's fields together are bounded by {@link #maxBodySize(long)} (the whole
     * body of a urlencoded form, the non-file parts of a multipart one), and one multipart field by
     * 1 MiB (Starlette's {@code max_part_size}).
     */
    public App maxFormFields(int fields) {
        settings = settings.withMaxFormFields(fields);
        return this;
    }

    /** The most files a multipart form may carry; more are answered {@code 413}. Default 1000 (Starlette's {@code max_files}). */
    public App maxFiles(int files) {
        settings = settings.withMaxFiles(files);
        return this;
    }

    /**
     * Where uploaded files ({@link Upload}) are streamed to while a request is read; each is deleted
     * after its response. Created at startup (owner-only permissions where the file system has them)
     * when an operation reads a form; the start fails if it cannot be written. Default
     * {@code kiln-uploads} in {@code java.io.tmpdir}.
     */
    public App uploadDirectory(java.nio.file.Path directory) {
        settings = settings.withUploadDirectory(directory);
        return this;
    }

    /**
     * How many operations may wait for a thread of the worker pool {@code pool} (beyond the ones its
     * threads are running); when that many wait, further ones are answered {@code 503} with
     * {@code Retry-After} at once. Event-loop operations never wait for a pool. Default 256 per pool.
     */
    public App workerQueue(String pool, int size) {
        settings = settings.withWorkerQueue(pool, size);
        return this;
    }

    /** The worker queue of every pool not given one with {@link #workerQueue(String, int)}. Default 256. */
    public App workerQueue(int size) {
        settings = settings.withWorkerQueue(size);
        return this;
    }

    /**
     * How long a shutdown ({@link RunningApp#close()}, SIGTERM) lets in-flight requests finish; what is
     * still running then is cut off, and the log says how many. Default 20 s, so that with a
     * {@link #shutdownDelay(Duration)} of a few seconds the whole shutdown fits in Kubernetes' default
     * 30 s termination grace period.
     */
    public App shutdownGracePeriod(Duration grace) {
        settings = settings.withShutdownGracePeriod(grace);
        return this;
    }

    /**
     * How long, once a shutdown starts (SIGTERM, {@link RunningApp#close()}), the app goes on accepting
     * and serving requests while {@code GET /health/ready} answers 503, before the graceful shutdown
     * proper (stop accepting, finish in-flight work within {@link #shutdownGracePeriod(Duration)}): the
     * time a load balancer or Kubernetes needs to see the app unready and stop sending it requests.
     * Answers sent meanwhile carry {@code Connection: close}, so keep-alive clients reconnect elsewhere.
     * Default 0 (or {@code --shutdown-delay}, {@code KILN_SHUTDOWN_DELAY}: {@code 5s}, {@code 500ms}).
     */
    public App shutdownDelay(Duration delay) {
        settings = settings.withShutdownDelay(delay);
        return this;
    }

    /**
     * Serves {@code GET /health/live} (200 while the process runs) and {@code GET /health/ready} (200
     * once the app started and every {@link HealthCheck @HealthCheck} answers {@code true}; 503 when one
     * does not, and from the moment a shutdown starts). Both answer JSON: {@code {"status":"UP",
     * "checks":{"database":"UP"}}}.
     */
    public App health() {
        settings = settings.withHealth(true);
        return this;
    }

    /**
     * Serves {@code GET /metrics} in Prometheus' text format, from a Micrometer registry: requests
     * ({@code http_server_requests_seconds}, a histogram per route template, method and status),
     * requests in flight, each worker pool's threads, busy threads, queue and refusals, the event-loop
     * delay, and the JVM's memory, GC, threads and CPU. Needs {@code io.micrometer:micrometer-registry-prometheus}
     * on the class path; without it {@link #start()} fails saying so. Meters the app registers in
     * Micrometer's global registry ({@code io.micrometer.core.instrument.Metrics}) are served too.
     */
    public App metrics() {
        settings = settings.withMetrics(true);
        return this;
    }

    /**
     * Logs one line per request to the logger {@code dev.kiln.access}, at INFO: method, path template,
     * status, bytes sent, microseconds, request id ({@code GET /items/{itemId} 200 27B 412us
     * [request 5f3a9c-17]}). Every answer then carries {@code X-Request-Id}, and with SLF4J the
     * MDC key {@code requestId} holds it while Kiln runs code for the request. Default off.
     */
    public App accessLog(boolean on) {
        settings = settings.withAccessLog(on);
        return this;
    }

    /**
     * Changes the options Vert.x is created with: native transports ({@code setPreferNativeTransport}),
     * Vert.x's own metrics ({@code setMetricsOptions}), the event bus, blocked-thread checks. Applied
     * before Kiln's own settings, which win: the number of event loops ({@link #instances(int)}) and
     * the size of the default worker pool ({@link #workerPool(String, int)}). Several calls add up.
     */
    public App vertxOptions(Consumer<VertxOptions> change) {
        settings = settings.withVertxOptions(change);
        return this;
    }

    /**
     * Changes the options of the HTTP server of each event loop: TCP options (backlog, keep-alive,
     * {@code SO_REUSEPORT}, fast open), TLS ({@code setSsl}, key and trust options), response
     * compression, activity logging. Applied after Kiln's defaults ({@code TCP_NODELAY} on), which it may
     * change, and before Kiln's limits and protocol settings, which win: {@link #maxHeaderSize(int)},
     * {@link #maxRequestLineLength(int)}, {@link #idleTimeout(Duration)}, {@link #decompressRequests(boolean)},
     * {@code 100-continue} handled by Kiln, cleartext HTTP/2 off; the host and port are
     * {@link #host(String)} and {@link #port(int)}. Several calls add up.
     */
    public App httpServerOptions(Consumer<HttpServerOptions> change) {
        settings = settings.withHttpServerOptions(change);
        return this;
    }

    /**
     * Whether a JSON body object may carry members its record or bean does not declare. By default
     * they are ignored (Pydantic's default); {@code true} answers each with a 422 error
     * {@code extra_forbidden}, "Extra inputs are not permitted" (Pydantic's {@code extra='forbid'}).
     */
    public App forbidExtraFields(boolean forbid) {
        settings = settings.withForbidExtraFields(forbid);
        return this;
    }

    /**
     * Answers cross-origin requests as Starlette's {@code CORSMiddleware} does: a preflight
     * ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered for
     * any path, before routing; every other answer to a request with an {@code Origin} gets the
     * {@code Access-Control-*} headers (and {@code Vary: Origin} when it names the origin). Off by
     * default; {@code null} turns it off.
     *
     * <pre>{@code
     * app.cors(Cors.allowOrigins("https://example.org").allowMethods("*").allowCredentials(true));
     * }</pre>
     */
    public App cors(Cors cors) {
        settings = settings.withCors(cors);
        return this;
    }

    /**
     * Compresses response bodies of at least {@code minimumSize} bytes with gzip or deflate when the
     * client's {@code Accept-Encoding} allows it (FastAPI's {@code GZipMiddleware}; its default
     * minimum is 500). Such answers carry {@code Vary: Accept-Encoding}; streamed bodies are
     * compressed whatever their size, {@code text/event-stream} and bodies that already have a
     * {@code Content-Encoding} never. Off by default.
     */
    public App gzip(int minimumSize) {
        settings = settings.withGzip(minimumSize);
        return this;
    }

    /**
     * The host names requests may ask for (in {@code Host}, or from a trusted proxy); any other gets
     * {@code 400 Invalid host header}, as Starlette's {@code TrustedHostMiddleware} answers.
     * {@code *.example.com} allows every subdomain of {@code example.com} (not the domain itself),
     * {@code *} any host; a request for {@code example.com} when only {@code www.example.com} is listed
     * is redirected there. Names compare case-insensitively. Default: any host.
     */
    public App trustedHosts(String... hosts) {
        settings = settings.withTrustedHosts(hosts);
        return this;
    }

    /**
     * Redirects every plain-HTTP request to the same URL with {@code https} ({@code 307}; port 80 or 443
     * dropped from the host), as Starlette's {@code HTTPSRedirectMiddleware} does. Behind a TLS-ending
     * proxy, use it with {@link #forwardedHeaders} so that the proxy's {@code X-Forwarded-Proto} counts.
     */
    public App httpsRedirect() {
        settings = settings.withHttpsRedirect(true);
        return this;
    }

    /**
     * Serves HTTPS instead of HTTP on the app's port, with this PEM certificate chain (the server's
     * certificate first) and PEM private key ({@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or
     * {@code EC PRIVATE KEY}); HTTP/1.1 over TLS. Files that cannot be read fail the start.
     */
    public App tls(java.nio.file.Path certChain, java.nio.file.Path key) {
        settings = settings.withTls(certChain, key);
        return this;
    }

    /**
     * The path prefix under which a proxy serves the app while stripping it ({@code "/api"}), FastAPI's
     * {@code root_path}: the OpenAPI document lists it as its server ({@code servers: [{"url": "/api"}]})
     * and the docs pages load their document and assets under it. Requests are routed with or without
     * the prefix, as Starlette routes them. Default none.
     */
    public App rootPath(String rootPath) {
        settings = settings.withRootPath(rootPath);
        return this;
    }

    /**
     * Believes {@code Forwarded} (or, without it, {@code X-Forwarded-For}, {@code -Proto} and
     * {@code -Host}) on requests from these proxies only: IP addresses ({@code "10.0.0.7"}, {@code "::1"}),
     * CIDR networks ({@code "10.0.0.0/8"}) or {@code "*"} (any peer: only when nothing but the proxy
     * reaches the app). {@link Request#scheme()}, {@link Request#host()}, {@link Request#clientAddress()},
     * {@link #trustedHosts} and {@link #httpsRedirect()} then follow what the proxy says; from any other
     * address the headers are ignored. Off by default (uvicorn's {@code --forwarded-allow-ips}).
     */
    public App forwardedHeaders(String... trustedProxies) {
        settings = settings.withForwardedHeaders(trustedProxies);
        return this;
    }

    /**
     * Serves the files of {@code directory} under {@code urlPrefix} ({@code GET}, {@code HEAD}), as
     * FastAPI's {@code app.mount("/static", StaticFiles(directory="static"))}: {@code /static/css/a.css} is
     * {@code directory/css/a.css}, with its content type, {@code ETag}, {@code Last-Modified}, {@code 304}
     * and {@code Range}. Never a file outside the folder: {@code ..}, encoded slashes or backslashes, and
     * symbolic links that lead out are answered {@code 404}, as is a folder (no listing, no
     * {@code index.html}). Routes of the app under the prefix win. The directory must exist when the app
     * starts.
     */
    public App staticFiles(String urlPrefix, java.nio.file.Path directory) {
        settings = settings.withStaticFiles(urlPrefix, directory);
        return this;
    }

    /**
     * Serves the resources under {@code classpathFolder} of the class path (a jar's
     * {@code static/} folder) under {@code urlPrefix}, like {@link #staticFiles(String, java.nio.file.Path)}:
     * {@code staticResources("/assets", "web")} serves {@code web/app.js} at {@code /assets/app.js}.
     */
    public App staticResources(String urlPrefix, String classpathFolder) {
        settings = settings.withStaticResources(urlPrefix, classpathFolder);
        return this;
    }

    /**
     * How long a server-sent event stream may stay silent before Kiln sends a {@code : ping} comment,
     * which keeps proxies from closing an idle connection (and which {@code EventSource} ignores).
     * Default 15 s, FastAPI's interval.
     */
    public App sseKeepAlive(Duration interval) {
        settings = settings.withSseKeepAlive(interval);
        return this;
    }

    /**
     * Replaces the provider of {@code type} (FastAPI's {@code dependency_overrides}), mostly for tests:
     * the function gets the request ({@code null} for a singleton) and returns the value to use; the
     * provider is not called. For a generic provider, the class replaces the one provider of that
     * class ({@code override(Repo.class, ...)} for a provider of {@code Repo<Item>}). {@link #start()}
     * fails when no provider the app uses is replaced, or when several are (two {@code Repo<...>}
     * providers: give them {@code @Named} qualifiers and use {@link #override(Class, String, Function)}).
     */
    public <T> App override(Class<T> type, Function<? super Request, ? extends T> replacement) {
        return override(type, "", replacement);
    }

    /** Replaces the provider of {@code type} qualified with {@code @Named(named)}; see {@link #override(Class, Function)}. */
    public <T> App override(Class<T> type, String named, Function<? super Request, ? extends T> replacement) {
        settings = settings.withOverride(type, named, replacement);
        return this;
    }

    /** The settings given so far (immutable: a started app keeps the ones it started with). */
    AppSettings settings() {
        return settings;
    }

    /**
     * Starts the app with settings from the command line ({@code --host --port --instances
     * --shutdown-delay}) and the environment ({@code KILN_HOST KILN_PORT KILN_INSTANCES
     * KILN_SHUTDOWN_DELAY}), logs the bound address and the route
     * table, and keeps running until the JVM is stopped; SIGTERM shuts it down gracefully. An app that
     * cannot start (a failing {@code @OnStartup} hook, bad {@code @Settings}, a port in use, ...) logs why
     * and exits the JVM with status 1.
     */
    public void run(String[] args) {
        Host.run(settings.withEnvironment(System.getenv()).withArguments(args));
    }

    /** Starts the app with the settings given so far; completes once the server listens. */
    public Future<RunningApp> start() {
        return Host.start(settings);
    }
}
