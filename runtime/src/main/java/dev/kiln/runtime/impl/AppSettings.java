package dev.kiln.runtime.impl;

import dev.kiln.Cors;
import dev.kiln.Request;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings an app starts with: what {@link dev.kiln.App} collects, with the command line and the
 * environment applied on top by {@link dev.kiln.App#run(String[])} (precedence: command line, then
 * environment, then builder, then defaults). Not a user API: the settings are documented on
 * {@code App}'s methods.
 *
 * <p>Immutable: each {@code withX} method checks its value (the one place a setting is checked) and
 * returns a changed copy. A setting is one field with its default, its accessor and its
 * {@code withX}; the copy is {@link Object#clone()}, so a new setting is not listed anywhere else.
 * The fields are not {@code final} only because the copy is made before the one field changes; no
 * method changes an instance it has returned.
 */
public final class AppSettings implements Cloneable {
    private static final String OPTIONS = "--host, --port, --instances, --shutdown-delay";

    /** Vert.x's own default worker pool size, used for a pool whose size is not set. */
    public static final int DEFAULT_WORKER_POOL_SIZE = 20;

    // ---------------------------------------------------------------- OpenAPI and docs
    private String title = "Kiln";
    private String version = "0.1.0";
    private String description;
    private String openapiUrl = "/openapi.json";
    private String docsUrl = "/docs";
    private String redocUrl = "/redoc";

    // ---------------------------------------------------------------- the server
    private String host = "127.0.0.1";
    private int port = 8000;
    private int instances = Runtime.getRuntime().availableProcessors();
    private Map<String, Integer> workerPools = Map.of();
    private int defaultWorkerQueue = 256;
    private Map<String, Integer> workerQueues = Map.of();
    private Duration shutdownGracePeriod = Duration.ofSeconds(20);
    private Duration shutdownDelay = Duration.ZERO;
    private Consumer<VertxOptions> vertxOptions = options -> {};
    private Consumer<HttpServerOptions> httpServerOptions = options -> {};

    // ---------------------------------------------------------------- operations
    private boolean health;
    private boolean metrics;
    private boolean accessLog;

    // ---------------------------------------------------------------- what a client may send
    private long maxBodySize = 10L * 1024 * 1024;
    private int maxHeaderSize = 8192;
    private int maxRequestLineLength = 4096;
    private Duration headerReadTimeout = Duration.ofSeconds(10);
    private Duration bodyReadTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private boolean decompressRequests;
    private long maxUploadSize = 100L * 1024 * 1024;
    private int maxFormFields = 1000;
    private int maxFiles = 1000;
    private Path uploadDirectory;

    /** The largest file of a multipart form, in bytes; a larger one gets {@code 413}. */
    public long maxUploadSize() {
        return maxUploadSize;
    }

    public AppSettings withMaxUploadSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxUploadSize must not be negative: " + bytes);
        }
        return with(s -> s.maxUploadSize = bytes);
    }

    /** The most fields (not files) a form may have, urlencoded or multipart; more get {@code 413}. */
    public int maxFormFields() {
        return maxFormFields;
    }

    public AppSettings withMaxFormFields(int fields) {
        if (fields < 0) {
            throw new IllegalArgumentException("maxFormFields must not be negative: " + fields);
        }
        return with(s -> s.maxFormFields = fields);
    }

    /** The most files a multipart form may have; more get {@code 413}. */
    public int maxFiles() {
        return maxFiles;
    }

    public AppSettings withMaxFiles(int files) {
        if (files < 0) {
            throw new IllegalArgumentException("maxFiles must not be negative: " + files);
        }
        return with(s -> s.maxFiles = files);
    }

    /**
     * Where uploaded files are streamed to: the one set, else {@code kiln-uploads} in
     * {@code java.io.tmpdir} (read when asked, so a test may change the property).
     */
    public Path uploadDirectory() {
        return uploadDirectory != null
                ? uploadDirectory
                : Path.of(System.getProperty("java.io.tmpdir"), "kiln-uploads").toAbsolutePath();
    }

    public AppSettings withUploadDirectory(Path directory) {
        Objects.requireNonNull(directory, "uploadDirectory");
        Path absolute = directory.toAbsolutePath().normalize();
        return with(s -> s.uploadDirectory = absolute);
    }

    // ---------------------------------------------------------------- binding
    private boolean forbidExtraFields;

    // ---------------------------------------------------------------- around every request (HostGate)
    private Cors cors;
    private int gzipMinimumSize = -1;
    private List<String> trustedHosts = List.of();
    private boolean httpsRedirect;
    private Path tlsCertChain;
    private Path tlsKey;
    private String rootPath = "";
    private List<String> trustedProxies = List.of();

    // ---------------------------------------------------------------- tests
    private Map<Overrides.Key, Function<? super Request, ?>> overrides = Map.of();

    private AppSettings() {}

    /** The defaults: those listed in the README, docs on, 127.0.0.1:8000, one event loop per core. */
    public static AppSettings defaults() {
        return new AppSettings();
    }

    // ---------------------------------------------------------------- OpenAPI and docs

    /** OpenAPI {@code info.title}. */
    public String title() {
        return title;
    }

    public AppSettings withTitle(String title) {
        Objects.requireNonNull(title, "title");
        return with(s -> s.title = title);
    }

    /** OpenAPI {@code info.version}. */
    public String version() {
        return version;
    }

    public AppSettings withVersion(String version) {
        Objects.requireNonNull(version, "version");
        return with(s -> s.version = version);
    }

    /** OpenAPI {@code info.description}, or {@code null}. */
    public String description() {
        return description;
    }

    public AppSettings withDescription(String description) {
        return with(s -> s.description = description);
    }

    /** Where the OpenAPI document is served; {@code null} turns off the document and both pages. */
    public String openapiUrl() {
        return openapiUrl;
    }

    public AppSettings withOpenapiUrl(String url) {
        checkUrl(url);
        return with(s -> s.openapiUrl = url);
    }

    /** Where Swagger UI is served, or {@code null}. */
    public String docsUrl() {
        return docsUrl;
    }

    public AppSettings withDocsUrl(String url) {
        checkUrl(url);
        return with(s -> s.docsUrl = url);
    }

    /** Where ReDoc is served, or {@code null}. */
    public String redocUrl() {
        return redocUrl;
    }

    public AppSettings withRedocUrl(String url) {
        checkUrl(url);
        return with(s -> s.redocUrl = url);
    }

    // ---------------------------------------------------------------- the server

    /** The address to bind. */
    public String host() {
        return host;
    }

    public AppSettings withHost(String host) {
        Objects.requireNonNull(host, "host");
        return with(s -> s.host = host);
    }

    /** The port; 0 for any free port. */
    public int port() {
        return port;
    }

    public AppSettings withPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        return with(s -> s.port = port);
    }

    /** How many event-loop verticles serve requests. */
    public int instances() {
        return instances;
    }

    public AppSettings withInstances(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1: " + instances);
        }
        return with(s -> s.instances = instances);
    }

    /**
     * The size of a worker pool: the configured one, else {@link #DEFAULT_WORKER_POOL_SIZE} threads, or
     * for a pool on virtual threads {@link #DEFAULT_VIRTUAL_POOL_SIZE} operations at once.
     */
    public int workerPoolSize(String name) {
        return workerPools.getOrDefault(
                name, virtualThreadPools.contains(name) ? DEFAULT_VIRTUAL_POOL_SIZE : DEFAULT_WORKER_POOL_SIZE);
    }

    /** How many operations of a pool on virtual threads run at once when no size is given. */
    public static final int DEFAULT_VIRTUAL_POOL_SIZE = 10_000;

    private Set<String> virtualThreadPools = Set.of();

    /** Whether the pool {@code name} runs each piece of work on a virtual thread of its own. */
    public boolean virtualThreads(String name) {
        return virtualThreadPools.contains(name);
    }

    /** The pools on virtual threads, in the order they were named. */
    public Set<String> virtualThreadPools() {
        return virtualThreadPools;
    }

    public AppSettings withVirtualThreads(String name) {
        Objects.requireNonNull(name, "name");
        Set<String> pools = new LinkedHashSet<>(virtualThreadPools);
        pools.add(name);
        return with(s -> s.virtualThreadPools = Collections.unmodifiableSet(pools));
    }

    public AppSettings withWorkerPool(String name, int size) {
        Objects.requireNonNull(name, "name");
        if (size < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one thread: " + name + "=" + size);
        }
        return with(s -> s.workerPools = put(workerPools, name, size));
    }

    /** How many operations may wait for a thread of {@code pool} beyond its size, before {@code 503}. */
    public int workerQueue(String pool) {
        return workerQueues.getOrDefault(pool, defaultWorkerQueue);
    }

    public AppSettings withWorkerQueue(String pool, int size) {
        Objects.requireNonNull(pool, "pool");
        notNegativeQueue(pool + "=" + size, size);
        return with(s -> s.workerQueues = put(workerQueues, pool, size));
    }

    /** The worker queue of every pool not given one with {@link #withWorkerQueue(String, int)}. */
    public AppSettings withWorkerQueue(int size) {
        notNegativeQueue(Integer.toString(size), size);
        return with(s -> s.defaultWorkerQueue = size);
    }

    /** How long a shutdown lets in-flight requests finish before cutting them off. */
    public Duration shutdownGracePeriod() {
        return shutdownGracePeriod;
    }

    public AppSettings withShutdownGracePeriod(Duration grace) {
        Objects.requireNonNull(grace, "shutdownGracePeriod");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("shutdownGracePeriod must not be negative: " + grace);
        }
        return with(s -> s.shutdownGracePeriod = grace);
    }

    /**
     * How long, after a shutdown starts, the app goes on accepting and serving while {@code /health/ready}
     * answers 503, before the graceful shutdown proper; 0: none.
     */
    public Duration shutdownDelay() {
        return shutdownDelay;
    }

    public AppSettings withShutdownDelay(Duration delay) {
        Objects.requireNonNull(delay, "shutdownDelay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("shutdownDelay must not be negative: " + delay);
        }
        return with(s -> s.shutdownDelay = delay);
    }

    /**
     * Applied to the {@link VertxOptions} before Kiln's own settings of them (the event-loop count,
     * {@code instances}, and the default worker pool's size), which win.
     */
    public Consumer<VertxOptions> vertxOptions() {
        return vertxOptions;
    }

    /** Adds a change of the {@link VertxOptions}, after those added before. */
    public AppSettings withVertxOptions(Consumer<VertxOptions> change) {
        Objects.requireNonNull(change, "vertxOptions");
        Consumer<VertxOptions> before = vertxOptions;
        return with(s -> s.vertxOptions = before.andThen(change));
    }

    /**
     * Applied to each event loop's {@link HttpServerOptions} after Kiln's defaults and before Kiln's
     * limits and protocol settings, which win (see {@code App.httpServerOptions}).
     */
    public Consumer<HttpServerOptions> httpServerOptions() {
        return httpServerOptions;
    }

    /** Adds a change of the {@link HttpServerOptions}, after those added before. */
    public AppSettings withHttpServerOptions(Consumer<HttpServerOptions> change) {
        Objects.requireNonNull(change, "httpServerOptions");
        Consumer<HttpServerOptions> before = httpServerOptions;
        return with(s -> s.httpServerOptions = before.andThen(change));
    }

    // ---------------------------------------------------------------- operations

    /** Whether {@code /health/live} and {@code /health/ready} are served. */
    public boolean health() {
        return health;
    }

    public AppSettings withHealth(boolean on) {
        return with(s -> s.health = on);
    }

    /** Whether {@code /metrics} is served (Prometheus text, from Micrometer) and requests are measured. */
    public boolean metrics() {
        return metrics;
    }

    public AppSettings withMetrics(boolean on) {
        return with(s -> s.metrics = on);
    }

    /** Whether one line per request is logged to {@code dev.kiln.access}. */
    public boolean accessLog() {
        return accessLog;
    }

    public AppSettings withAccessLog(boolean on) {
        return with(s -> s.accessLog = on);
    }

    // ---------------------------------------------------------------- what a client may send

    /** The largest request body read, in bytes; larger bodies get {@code 413}. */
    public long maxBodySize() {
        return maxBodySize;
    }

    public AppSettings withMaxBodySize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxBodySize must not be negative: " + bytes);
        }
        return with(s -> s.maxBodySize = bytes);
    }

    /** The largest header section in bytes; larger gets {@code 431}. */
    public int maxHeaderSize() {
        return maxHeaderSize;
    }

    public AppSettings withMaxHeaderSize(int bytes) {
        atLeastOne("maxHeaderSize", bytes);
        return with(s -> s.maxHeaderSize = bytes);
    }

    /** The longest request line in bytes; longer gets {@code 414}. */
    public int maxRequestLineLength() {
        return maxRequestLineLength;
    }

    public AppSettings withMaxRequestLineLength(int bytes) {
        atLeastOne("maxRequestLineLength", bytes);
        return with(s -> s.maxRequestLineLength = bytes);
    }

    /**
     * How long a connection may take to deliver a request's headers, from the moment it opens or its
     * previous response ended; then it is closed (Slowloris). Also the keep-alive time of an idle
     * connection.
     */
    public Duration headerReadTimeout() {
        return headerReadTimeout;
    }

    public AppSettings withHeaderReadTimeout(Duration timeout) {
        positive("headerReadTimeout", timeout);
        return with(s -> s.headerReadTimeout = timeout);
    }

    /** How long reading one request body may take; then {@code 408} and close. */
    public Duration bodyReadTimeout() {
        return bodyReadTimeout;
    }

    public AppSettings withBodyReadTimeout(Duration timeout) {
        positive("bodyReadTimeout", timeout);
        return with(s -> s.bodyReadTimeout = timeout);
    }

    /** A connection with no byte read or written for this long is closed. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    public AppSettings withIdleTimeout(Duration timeout) {
        positive("idleTimeout", timeout);
        return with(s -> s.idleTimeout = timeout);
    }

    /**
     * Whether gzip/deflate request bodies are decoded (the body size limit then applies to the decoded
     * size); off: such bodies get {@code 415}.
     */
    public boolean decompressRequests() {
        return decompressRequests;
    }

    public AppSettings withDecompressRequests(boolean decompress) {
        return with(s -> s.decompressRequests = decompress);
    }

    // ---------------------------------------------------------------- binding

    /** Whether unknown members of JSON body objects are 422 errors ({@code extra_forbidden}). */
    public boolean forbidExtraFields() {
        return forbidExtraFields;
    }

    public AppSettings withForbidExtraFields(boolean forbid) {
        return with(s -> s.forbidExtraFields = forbid);
    }

    // ---------------------------------------------------------------- around every request (HostGate)

    /** The CORS policy, or {@code null} (off). */
    public Cors cors() {
        return cors;
    }

    public AppSettings withCors(Cors cors) {
        return with(s -> s.cors = cors);
    }

    /** The smallest response body compressed, or -1 (compression off). */
    public int gzipMinimumSize() {
        return gzipMinimumSize;
    }

    public AppSettings withGzip(int minimumSize) {
        if (minimumSize < 0) {
            throw new IllegalArgumentException("gzip's minimum size must not be negative: " + minimumSize);
        }
        return with(s -> s.gzipMinimumSize = minimumSize);
    }

    /** The host names requests may name ({@code *.example.com} wildcards); empty: any. */
    public List<String> trustedHosts() {
        return trustedHosts;
    }

    public AppSettings withTrustedHosts(String... hosts) {
        List<String> list = List.of(Objects.requireNonNull(hosts, "hosts"));
        list.forEach(TrustedHosts::checkPattern);
        return with(s -> s.trustedHosts = list);
    }

    /** Whether plain-HTTP requests are redirected to HTTPS ({@code 307}). */
    public boolean httpsRedirect() {
        return httpsRedirect;
    }

    public AppSettings withHttpsRedirect(boolean redirect) {
        return with(s -> s.httpsRedirect = redirect);
    }

    /** The PEM certificate chain the server listens with (HTTPS), or {@code null} (plain HTTP). */
    public Path tlsCertChain() {
        return tlsCertChain;
    }

    /** The PEM private key of {@link #tlsCertChain()}, or {@code null}. */
    public Path tlsKey() {
        return tlsKey;
    }

    public AppSettings withTls(Path certChain, Path key) {
        Objects.requireNonNull(certChain, "certChain");
        Objects.requireNonNull(key, "key");
        return with(s -> {
            s.tlsCertChain = certChain;
            s.tlsKey = key;
        });
    }

    /** The path prefix a proxy strips ({@code /api}), without a trailing slash; {@code ""} for none. */
    public String rootPath() {
        return rootPath;
    }

    public AppSettings withRootPath(String rootPath) {
        Objects.requireNonNull(rootPath, "rootPath");
        if (!rootPath.isEmpty() && !rootPath.startsWith("/")) {
            throw new IllegalArgumentException("a root path starts with '/': " + rootPath);
        }
        String normalised = rootPath.endsWith("/") ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
        return with(s -> s.rootPath = normalised);
    }

    /** The proxies whose {@code Forwarded}/{@code X-Forwarded-*} headers are believed; empty: none. */
    public List<String> trustedProxies() {
        return trustedProxies;
    }

    public AppSettings withForwardedHeaders(String... trustedProxies) {
        List<String> list = List.of(Objects.requireNonNull(trustedProxies, "trustedProxies"));
        if (list.isEmpty()) {
            throw new IllegalArgumentException("forwardedHeaders needs at least one trusted proxy address");
        }
        list.forEach(ProxyHeaders::check);
        return with(s -> s.trustedProxies = list);
    }

    // ---------------------------------------------------------------- tests

    /** Replaced providers by class and qualifier ({@code App.override}). */
    Map<Overrides.Key, Function<? super Request, ?>> overrides() {
        return overrides;
    }

    /** Replaces the provider of {@code type} qualified {@code named} ({@code ""}: unqualified). */
    public <T> AppSettings withOverride(
            Class<T> type, String named, Function<? super Request, ? extends T> replacement) {
        Overrides.Key key =
                new Overrides.Key(Objects.requireNonNull(type, "type"), Objects.requireNonNull(named, "named"));
        Objects.requireNonNull(replacement, "replacement");
        return with(s -> s.overrides = put(overrides, key, replacement));
    }

    // ---------------------------------------------------------------- the command line and the environment

    /**
     * {@code KILN_HOST}, {@code KILN_PORT}, {@code KILN_INSTANCES}, {@code KILN_SHUTDOWN_DELAY} override
     * what the builder set.
     */
    public AppSettings withEnvironment(Map<String, String> env) {
        AppSettings s = this;
        String value;
        if ((value = env.get("KILN_HOST")) != null && !value.isBlank()) {
            s = s.withHost(value.strip());
        }
        if ((value = env.get("KILN_PORT")) != null && !value.isBlank()) {
            s = s.withPort(number("KILN_PORT", value));
        }
        if ((value = env.get("KILN_INSTANCES")) != null && !value.isBlank()) {
            s = s.withInstances(number("KILN_INSTANCES", value));
        }
        if ((value = env.get("KILN_SHUTDOWN_DELAY")) != null && !value.isBlank()) {
            s = s.withShutdownDelay(duration("KILN_SHUTDOWN_DELAY", value));
        }
        return s;
    }

    /**
     * {@code --host H}, {@code --port P}, {@code --instances N}, {@code --shutdown-delay D} (also
     * {@code --port=P}) override everything else. Unknown arguments are an {@link IllegalArgumentException}, so a typo is not
     * silently ignored.
     */
    public AppSettings withArguments(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--")) {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing a value after " + arg);
                }
                value = args[++i];
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg + " (expected " + OPTIONS + ")");
            }
            if (!name.equals("host")
                    && !name.equals("port")
                    && !name.equals("instances")
                    && !name.equals("shutdown-delay")) {
                throw new IllegalArgumentException("unknown option: --" + name + " (expected " + OPTIONS + ")");
            }
            given.put(name, value);
        }
        AppSettings s = this;
        if (given.containsKey("host")) {
            s = s.withHost(given.get("host"));
        }
        if (given.containsKey("port")) {
            s = s.withPort(number("--port", given.get("port")));
        }
        if (given.containsKey("instances")) {
            s = s.withInstances(number("--instances", given.get("instances")));
        }
        if (given.containsKey("shutdown-delay")) {
            s = s.withShutdownDelay(duration("--shutdown-delay", given.get("shutdown-delay")));
        }
        return s;
    }

    // ---------------------------------------------------------------- helpers

    /** A copy with one change. */
    // ---------------------------------------------------------------- streaming and static files
    private Duration sseKeepAlive = Duration.ofSeconds(15);

    private List<StaticMount> staticMounts = List.of();

    /**
     * A folder served under a URL prefix: a directory ({@code App.staticFiles}) or a class path folder
     * ({@code App.staticResources}), exactly one of the two set.
     *
     * @param prefix          the URL prefix, {@code "/static"} (no trailing slash; {@code ""} for the root)
     * @param directory       the directory, absolute and normalised, or {@code null}
     * @param classpathFolder the class path folder with a trailing slash, {@code "public/"}, or {@code null}
     */
    public record StaticMount(String prefix, Path directory, String classpathFolder) {}

    /** How long an event stream may go without sending anything before a {@code : ping} comment. */
    public Duration sseKeepAlive() {
        return sseKeepAlive;
    }

    public AppSettings withSseKeepAlive(Duration interval) {
        Objects.requireNonNull(interval, "sseKeepAlive");
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("sseKeepAlive must be at least 1 ms: " + interval);
        }
        return with(s -> s.sseKeepAlive = interval);
    }

    /** The folders served under URL prefixes, in the order given. */
    public List<StaticMount> staticMounts() {
        return staticMounts;
    }

    public AppSettings withStaticFiles(String urlPrefix, Path directory) {
        Objects.requireNonNull(directory, "directory");
        return withMount(new StaticMount(
                mountPrefix(urlPrefix), directory.toAbsolutePath().normalize(), null));
    }

    public AppSettings withStaticResources(String urlPrefix, String classpathFolder) {
        Objects.requireNonNull(classpathFolder, "classpathFolder");
        String folder = classpathFolder.replaceAll("^/+", "").replaceAll("/+$", "");
        if (folder.isEmpty() || folder.contains("..") || folder.contains("\\")) {
            throw new IllegalArgumentException(
                    "staticResources serves a folder of the class path, like \"static\": " + classpathFolder);
        }
        return withMount(new StaticMount(mountPrefix(urlPrefix), null, folder + "/"));
    }

    private AppSettings withMount(StaticMount mount) {
        for (StaticMount other : staticMounts) {
            if (other.prefix().equals(mount.prefix())) {
                throw new IllegalArgumentException(
                        "two static folders under " + (mount.prefix().isEmpty() ? "/" : mount.prefix()));
            }
        }
        List<StaticMount> mounts = new java.util.ArrayList<>(staticMounts);
        mounts.add(mount);
        List<StaticMount> frozen = List.copyOf(mounts);
        return with(s -> s.staticMounts = frozen);
    }

    /** {@code "/static/"} → {@code "/static"}; {@code "/"} → {@code ""}; no variables, no query. */
    private static String mountPrefix(String urlPrefix) {
        Objects.requireNonNull(urlPrefix, "urlPrefix");
        if (!urlPrefix.startsWith("/")
                || urlPrefix.contains("{")
                || urlPrefix.contains("}")
                || urlPrefix.contains("?")
                || urlPrefix.contains("#")
                || urlPrefix.contains("//")) {
            throw new IllegalArgumentException("a URL prefix starts with '/', like \"/static\": " + urlPrefix);
        }
        return urlPrefix.endsWith("/") ? urlPrefix.substring(0, urlPrefix.length() - 1) : urlPrefix;
    }

    // ---------------------------------------------------------------- WebSockets

    private int maxWebSocketMessageSize = 1024 * 1024;
    private int maxWebSocketConnections = 10_000;
    /** A {@code io.vertx.core.spi.cluster.ClusterManager}, or {@code null}: typed loosely so the SPI stays optional. */
    private Object clusterManager;

    /** The largest WebSocket message (and frame) read, in bytes; past it the socket closes with 1009. */
    public int maxWebSocketMessageSize() {
        return maxWebSocketMessageSize;
    }

    public AppSettings withMaxWebSocketMessageSize(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxWebSocketMessageSize must be positive: " + bytes);
        }
        return with(s -> s.maxWebSocketMessageSize = bytes);
    }

    /** How many WebSockets one instance holds open at most; a handshake past it gets 503. */
    public int maxWebSocketConnections() {
        return maxWebSocketConnections;
    }

    public AppSettings withMaxWebSocketConnections(int connections) {
        if (connections <= 0) {
            throw new IllegalArgumentException("maxWebSocketConnections must be positive: " + connections);
        }
        return with(s -> s.maxWebSocketConnections = connections);
    }

    /** The cluster manager the event bus is clustered with, or {@code null} (a local event bus). */
    public Object clusterManager() {
        return clusterManager;
    }

    public AppSettings withClusterManager(Object manager) {
        Objects.requireNonNull(manager, "clusterManager");
        return with(s -> s.clusterManager = manager);
    }

    private AppSettings with(Consumer<AppSettings> change) {
        AppSettings copy;
        try {
            copy = (AppSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        change.accept(copy);
        return copy;
    }

    private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }

    private static void checkUrl(String url) {
        if (url != null && !url.startsWith("/")) {
            throw new IllegalArgumentException("a docs URL is a path starting with '/': " + url);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void notNegativeQueue(String what, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a worker queue must not be negative: " + what);
        }
    }

    /**
     * A duration as people write it in a manifest: {@code 5s}, {@code 500ms}, {@code 1m}, a plain number
     * of seconds, or ISO-8601 ({@code PT5S}).
     */
    static Duration duration(String what, String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(
                        Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            }
            if (v.endsWith("m")) {
                return Duration.ofSeconds(
                        Long.parseLong(v.substring(0, v.length() - 1).strip()) * 60);
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not a duration (5s, 500ms, 1m): " + value);
        }
    }

    private static int number(String what, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + value);
        }
    }
}
