package dev.kiln.runtime.impl;

import dev.kiln.RunningApp;
import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.HealthCheckDef;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.RouteModule;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Starts an app: Vert.x, every {@link RouteModule} found with {@link ServiceLoader}, one router shared
 * by {@code instances} event-loop verticles listening on one port, the docs, and the route table in
 * the log. Not a user API: {@link dev.kiln.App} calls it.
 */
public final class Host {
    private static final System.Logger LOG = Logs.get("dev.kiln");

    private Host() {}

    /**
     * Starts the app and blocks until it is shut down (by SIGTERM, Ctrl-C or {@link RunningApp#close()});
     * a failure to start is logged and the JVM exits with status 1.
     */
    public static void run(AppSettings settings) {
        useOneLineLogFormat();
        RunningApp app;
        try {
            app = start(settings).toCompletionStage().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            // A program that cannot start says why once and exits 1 (uvicorn: "Application startup failed").
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // A failure without a stack trace (bad @Settings) says all in its message.
            LOG.log(
                    Level.ERROR,
                    "The app did not start: " + cause.getMessage(),
                    cause.getStackTrace().length == 0 ? null : cause);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "kiln-shutdown"));
        TerminationSignals.install(app::close);
        try {
            ((RunningHost) app)
                    .terminated()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .join();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopped with an error", e);
        }
    }

    /**
     * A program started with {@code run} logs one line per record (time, level, message), like
     * uvicorn, unless its user configured {@code java.util.logging} already.
     */
    private static void useOneLineLogFormat() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null
                && System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT.%1$tL %4$-7s %5$s%6$s%n");
        }
    }

    /** Starts the app; the future completes once every event loop listens. */
    public static Future<RunningApp> start(AppSettings settings) {
        RequestMetrics metrics;
        try {
            metrics = settings.metrics() ? RequestMetrics.create() : null;
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        if (settings.clusterManager() != null) {
            // The event bus joins the cluster first: rooms are shared from the first socket on.
            return Vertx.builder()
                    .with(vertxOptions(settings))
                    .withClusterManager((io.vertx.core.spi.cluster.ClusterManager) settings.clusterManager())
                    .buildClustered()
                    .compose(vertx -> start(settings, vertx, metrics));
        }
        return start(settings, Vertx.vertx(vertxOptions(settings)), metrics);
    }

    private static Future<RunningApp> start(AppSettings settings, Vertx vertx, RequestMetrics metrics) {
        RunningHost host = new RunningHost(settings, vertx, metrics);
        // Completed without a Vert.x context: on a failure Vert.x is closed, and a future bound to one of
        // its event loops could no longer deliver the failure.
        Promise<RunningApp> started = Promise.promise();
        List<RouteModule> modules;
        try {
            checkTlsFiles(settings);
            // Made now, so that a JVM without virtual threads fails the start, not the first request.
            settings.virtualThreadPools().forEach(host::workerPool);
            modules = findModules();
        } catch (Throwable e) {
            failStart(host, started, e);
            return started.future();
        }
        // Singletons first (route classes are built with them), then routes, then the server listens.
        startModules(host, modules).onComplete(made -> {
            if (made.failed()) {
                failStart(host, started, made.cause());
                return;
            }
            List<Route> userRoutes;
            Health health;
            try {
                userRoutes = loadRoutes(host, modules);
                // Every module has asked for its overrides: one that replaces nothing is a mistake.
                host.overrides().check();
                health = health(host, modules);
                PathRouter<Route> router = new PathRouter<>();
                for (Route route : userRoutes) {
                    router.add(route.method(), route.path(), route);
                }
                BuiltInRoutes builtIns = new BuiltInRoutes(router, userRoutes);
                Docs.addRoutes(settings, openapiResources(modules), builtIns);
                StaticFolder.addRoutes(settings, Docs.loader(), builtIns);
                if (health != null) {
                    health.addRoutes(builtIns);
                }
                if (metrics != null) {
                    CharSequence type = HttpHeaders.createOptimized(RequestMetrics.CONTENT_TYPE);
                    // On the event loop: a scrape is in-memory work, and a busy worker pool must not hide it.
                    builtIns.get(
                            "/metrics",
                            "metrics",
                            ex -> ((HttpExchange) ex).sendPrepared(type, Buffer.buffer(metrics.scrape())));
                    List<Route> all = new ArrayList<>(userRoutes);
                    all.addAll(builtIns.added());
                    metrics.routes(all);
                }
                host.router(router.seal());
                if (userRoutes.stream().anyMatch(route -> route.body() == BodyKind.FORM)) {
                    host.uploads(UploadStore.open(settings.uploadDirectory(), vertx, host.inFlight()));
                }
            } catch (Throwable e) {
                failStart(host, started, e);
                return;
            }
            // @OnStartup hooks last, once everything that can be checked was: then the server listens.
            Lifespan lifespan;
            try {
                lifespan = Lifespan.of(host, modules);
            } catch (Throwable e) {
                failStart(host, started, e);
                return;
            }
            // Listening for room broadcasts before the first socket can join one.
            lifespan.startup().compose(v -> host.webSockets().ready()).onComplete(hooks -> {
                if (hooks.failed()) {
                    failStart(host, started, hooks.cause());
                    return;
                }
                host.lifespan(lifespan);
                ConnectionGuard guard =
                        new ConnectionGuard(host::shuttingDown, settings.headerReadTimeout(), settings.idleTimeout());
                listen(host, new RequestHandler(host, guard), guard, userRoutes, health, lifespan, started, 3);
            });
        });
        return started.future();
    }

    /** The TLS files are read when the server listens; a missing one fails the start with its name. */
    private static void checkTlsFiles(AppSettings settings) {
        for (Path file : new Path[] {settings.tlsCertChain(), settings.tlsKey()}) {
            if (file != null && !Files.isReadable(file)) {
                throw new IllegalArgumentException("tls: no readable file at " + file.toAbsolutePath());
            }
        }
    }

    /** The app's changes of the Vert.x options first, then Kiln's own settings, which win. */
    static VertxOptions vertxOptions(AppSettings settings) {
        VertxOptions options = new VertxOptions();
        settings.vertxOptions().accept(options);
        return options.setEventLoopPoolSize(settings.instances())
                .setWorkerPoolSize(settings.workerPoolSize(Dispatch.DEFAULT_POOL));
    }

    /**
     * Kiln's defaults, then the app's changes, then what Kiln needs to keep its limits and framing
     * guarantees, which wins. Without a WebSocket route ({@code webSockets} false) no connection is ever
     * upgraded, so the WebSocket compression extensions are off: Vert.x then leaves Netty's extension
     * handler, which looks at every request and response for a handshake, out of each connection.
     */
    static HttpServerOptions serverOptions(AppSettings settings, boolean webSockets) {
        HttpServerOptions options = new HttpServerOptions().setTcpNoDelay(true);
        settings.httpServerOptions().accept(options);
        options
                // 100-continue is the request handler's decision: not for a body it would refuse.
                .setHandle100ContinueAutomatically(false)
                // Netty's decoder answers 431 and 414 past these, and closes the connection.
                .setMaxHeaderSize(settings.maxHeaderSize())
                .setMaxInitialLineLength(settings.maxRequestLineLength())
                // Kiln's idle timeout is kept by WireChecks, without Netty's handler (a listener per write).
                .setIdleTimeout(0)
                .setDecompressionSupported(settings.decompressRequests())
                // Vert.x's multipart decoder (MultipartReader): one field at most 1 MiB; a part header
                // line at most maxHeaderSize; Netty counts fields and files together, Kiln each apart.
                .setMaxFormAttributeSize(MultipartReader.MAX_FIELD_SIZE)
                .setMaxFormBufferedBytes(settings.maxHeaderSize())
                .setMaxFormFields((int) Math.min(
                        Integer.MAX_VALUE, Math.max(1L, (long) settings.maxFormFields() + settings.maxFiles())))
                // HTTP/1.1 only: with cleartext HTTP/2 on, Vert.x makes a connection only once the
                // first bytes show which protocol it is, so a silent client would have no deadline.
                .setHttp2ClearTextEnabled(false)
                // WebSocketSession closes with 1009 past the limit, frame or message; Netty's own cut (which
                // drops the connection without a close frame) only bounds what one frame may buffer.
                .setMaxWebSocketFrameSize((int) Math.min(Integer.MAX_VALUE, 2L * settings.maxWebSocketMessageSize()))
                .setMaxWebSocketMessageSize((int) Math.min(Integer.MAX_VALUE, 2L * settings.maxWebSocketMessageSize()));
        if (!webSockets) {
            options.setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
        }
        ResponseCompression.configure(options, settings);
        if (settings.tlsCertChain() != null) {
            // HTTP/1.1 over TLS (no ALPN, so no HTTP/2): the same checks and deadlines as plain HTTP.
            options.setSsl(true)
                    .setKeyCertOptions(new PemKeyCertOptions()
                            .setCertPath(settings.tlsCertChain().toString())
                            .setKeyPath(settings.tlsKey().toString()));
        }
        return options;
    }

    /**
     * The readiness checks of every module, or {@code null} without {@code App.health()} (then checks the
     * modules declare are not run, and the log says so). Two checks of one name fail the start.
     */
    private static Health health(RunningHost host, List<RouteModule> modules) {
        List<HealthCheckDef> checks = new ArrayList<>();
        for (RouteModule module : modules) {
            checks.addAll(module.healthChecks(host));
        }
        if (!host.settings().health()) {
            if (!checks.isEmpty()) {
                LOG.log(
                        Level.WARNING,
                        checks.size() + " @HealthCheck method(s) found, but health endpoints are off: call "
                                + "App.health() to serve /health/ready with them");
            }
            return null;
        }
        Map<String, HealthCheckDef> byName = new LinkedHashMap<>();
        for (HealthCheckDef check : checks) {
            HealthCheckDef other = byName.putIfAbsent(check.name(), check);
            if (other != null) {
                throw new IllegalStateException("Two health checks are named \"" + check.name() + "\": "
                        + other.javaMethod() + " and " + check.javaMethod() + "; give one another name with "
                        + "@HealthCheck(\"...\")");
            }
        }
        return new Health(host, checks);
    }

    /** Runs each module's {@link RouteModule#start} (its singletons) one module after the other. */
    private static Future<Void> startModules(RunningHost host, List<RouteModule> modules) {
        Future<Void> chain = Future.succeededFuture();
        for (RouteModule module : modules) {
            chain = chain.compose(previous -> {
                try {
                    return module.start(host);
                } catch (Throwable e) {
                    return Future.failedFuture(e);
                }
            });
        }
        return chain;
    }

    /**
     * Deploys the event-loop verticles. Every instance listens on the same port and Vert.x shares one
     * bound socket between them; but port 0 would give each instance its own random port, so with
     * several instances a free port is chosen first (and chosen again should another process take it
     * in between).
     */
    private static void listen(
            RunningHost host,
            RequestHandler handler,
            ConnectionGuard guard,
            List<Route> userRoutes,
            Health health,
            Lifespan lifespan,
            Promise<RunningApp> started,
            int attempts) {
        AppSettings settings = host.settings();
        Vertx vertx = host.vertx();
        boolean choosePort = settings.port() == 0 && settings.instances() > 1;
        boolean webSockets = userRoutes.stream().anyMatch(route -> route.body() == BodyKind.WEBSOCKET);
        int port;
        try {
            port = choosePort ? freePort(settings.host()) : settings.port();
        } catch (IOException e) {
            failStart(host, started, e);
            return;
        }
        vertx.deployVerticle(
                        () -> new HttpVerticle(host, handler, guard, port, webSockets),
                        new DeploymentOptions().setInstances(settings.instances()))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        logStarted(host, userRoutes, health, lifespan);
                        started.complete(host);
                    } else if (choosePort && attempts > 1 && done.cause() instanceof BindException) {
                        listen(host, handler, guard, userRoutes, health, lifespan, started, attempts - 1);
                    } else {
                        failStart(host, started, done.cause());
                    }
                });
    }

    private static void failStart(RunningHost host, Promise<RunningApp> started, Throwable cause) {
        host.closeSingletons();
        if (host.metrics() != null) {
            host.metrics().close();
        }
        host.vertx().close();
        started.fail(cause);
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, 0));
            return probe.getLocalPort();
        }
    }

    private static List<RouteModule> findModules() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Host.class.getClassLoader();
        }
        List<RouteModule> modules = new ArrayList<>();
        ServiceLoader.load(RouteModule.class, loader).forEach(modules::add);
        // Deterministic order whatever the class path order: the route table and 405 Allow lists depend on it.
        modules.sort(Comparator.comparing(RouteModule::name));
        if (modules.isEmpty()) {
            LOG.log(Level.WARNING, "No route modules found: is kiln-processor on the annotation processor path?");
        }
        return modules;
    }

    /** The OpenAPI documents the modules name, in module order. */
    private static List<String> openapiResources(List<RouteModule> modules) {
        List<String> resources = new ArrayList<>();
        for (RouteModule module : modules) {
            if (module.openapiResource() != null) {
                resources.add(module.openapiResource());
            }
        }
        return resources;
    }

    private static List<Route> loadRoutes(RunningHost host, List<RouteModule> modules) {
        List<Route> routes = new ArrayList<>();
        for (RouteModule module : modules) {
            routes.addAll(module.routes(host));
            module.exceptionHandlers().forEach(host.failures()::add);
        }
        return routes;
    }

    private static void logStarted(RunningHost host, List<Route> routes, Health health, Lifespan lifespan) {
        AppSettings s = host.settings();
        String base = (s.tlsCertChain() == null ? "http://" : "https://")
                + (s.host().contains(":") ? "[" + s.host() + "]" : s.host()) + ":" + host.port();
        LOG.log(
                Level.INFO,
                "Kiln app \"" + s.title() + "\" listening on " + base + " (" + s.instances() + " event loop"
                        + (s.instances() == 1 ? "" : "s") + ")");
        LOG.log(Level.INFO, RouteTable.format(routes));
        if (s.openapiUrl() != null) {
            StringBuilder docs = new StringBuilder("Docs: ").append(base).append(s.openapiUrl());
            if (s.docsUrl() != null) {
                docs.append(", ").append(base).append(s.docsUrl()).append(" (Swagger UI)");
            }
            if (s.redocUrl() != null) {
                docs.append(", ").append(base).append(s.redocUrl()).append(" (ReDoc)");
            }
            LOG.log(Level.INFO, docs.toString());
        }
        if (health != null) {
            LOG.log(Level.INFO, health.describe(base));
        }
        String hooks = lifespan.describe();
        if (hooks != null) {
            LOG.log(Level.INFO, hooks);
        }
        if (host.metrics() != null) {
            LOG.log(Level.INFO, "Metrics: " + base + "/metrics (Prometheus)");
        }
    }

    /** One event loop's HTTP server; every instance shares the host's router and handler. */
    private static final class HttpVerticle extends VerticleBase {
        private final RunningHost host;
        private final RequestHandler handler;
        private final ConnectionGuard guard;
        private final int port;
        private final boolean webSockets;

        HttpVerticle(RunningHost host, RequestHandler handler, ConnectionGuard guard, int port, boolean webSockets) {
            this.host = host;
            this.handler = handler;
            this.guard = guard;
            this.port = port;
            this.webSockets = webSockets;
        }

        @Override
        public Future<?> start() {
            AppSettings settings = host.settings();
            HttpServerOptions options = serverOptions(settings, webSockets);
            if (host.metrics() != null) {
                host.metrics().watchEventLoop(vertx);
            }
            var extensions = WebSocketWire.extensionHandlers(options);
            return vertx.createHttpServer(options)
                    .connectionHandler(connection -> guard.opened(connection, extensions))
                    .invalidRequestHandler(ResponseCompression.invalidRequests(settings, InvalidRequests::answer))
                    .requestHandler(handler)
                    .listen(port, host.settings().host())
                    .onSuccess(host::listening);
        }
    }
}
