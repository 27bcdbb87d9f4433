package dev.kiln.runtime.impl;

import dev.kiln.Request;
import dev.kiln.RunningApp;
import dev.kiln.runtime.AppContext;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.SingletonRegistry;
import dev.kiln.runtime.WorkerPool;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One started app: the Vert.x instance, the shared router, the worker pools, the in-flight count and
 * the shutdown sequence. It is the {@link AppContext} generated route classes are built with.
 */
final class RunningHost implements RunningApp, AppContext {
    private static final System.Logger LOG = Logs.get("dev.kiln");

    private final AppSettings settings;
    private final Vertx vertx;
    private final InFlight inFlight = new InFlight();
    private final Map<String, VertxWorkerPool> pools = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final AtomicReference<Future<Void>> shutdown = new AtomicReference<>();
    private final Promise<Void> terminated = Promise.promise();
    private final Failures failures = new Failures();
    private final Overrides overrides;
    private final SingletonRegistry singletons = new SingletonRegistry(this);
    /** Metrics and the access log, or {@code null} when both are off (then requests pay nothing for them). */
    private final RequestObserver observer;
    /** The Micrometer side of {@code App.metrics()}, or {@code null}. */
    private final RequestMetrics metrics;
    /** Whether every answer carries {@code X-Request-Id} and user code runs with it in the MDC. */
    final boolean everyRequestId;

    private volatile PathRouter<Route> router;
    /** The {@code @OnStartup}/{@code @OnShutdown} hooks, once every startup hook ran; else {@code null}. */
    private volatile Lifespan lifespan;
    /** The upload directory, when an operation reads a form; else {@code null}. */
    private volatile UploadStore uploads;

    /** The open WebSockets and their rooms. */
    private final WebSocketHub webSockets;

    private volatile int port;
    /** Set once the graceful shutdown proper starts (after the shutdown delay): new requests get 503. */
    private volatile boolean stopping;

    RunningHost(AppSettings settings, Vertx vertx, RequestMetrics metrics) {
        this.settings = settings;
        this.vertx = vertx;
        this.overrides = new Overrides(settings.overrides());
        this.metrics = metrics;
        this.observer = RequestObserver.of(metrics, settings.accessLog() ? new AccessLog() : null);
        this.everyRequestId = settings.accessLog();
        this.webSockets = new WebSocketHub(vertx, settings.maxWebSocketConnections());
    }

    WebSocketHub webSockets() {
        return webSockets;
    }

    RequestObserver observer() {
        return observer;
    }

    /** The app's metrics, or {@code null} without {@code App.metrics()}. */
    RequestMetrics metrics() {
        return metrics;
    }

    AppSettings settings() {
        return settings;
    }

    InFlight inFlight() {
        return inFlight;
    }

    UploadStore uploads() {
        return uploads;
    }

    void uploads(UploadStore uploads) {
        this.uploads = uploads;
    }

    /** Records the app's lifespan hooks once its startup hooks are done: a shutdown runs the others. */
    void lifespan(Lifespan lifespan) {
        this.lifespan = lifespan;
    }

    PathRouter<Route> router() {
        return router;
    }

    void router(PathRouter<Route> router) {
        this.router = router;
    }

    /** The app's overrides, checked once the modules have asked for them. */
    Overrides overrides() {
        return overrides;
    }

    /** How this app answers failures: its exception handlers, HttpExceptions, 500s. */
    Failures failures() {
        return failures;
    }

    void listening(HttpServer server) {
        servers.add(server);
        int bound = server.actualPort();
        if (port != 0 && port != bound) {
            // Not expected with Vert.x's server sharing; fail loudly rather than serve on two ports.
            throw new IllegalStateException("event loops listen on two ports: " + port + " and " + bound);
        }
        port = bound;
    }

    /** Completes when a shutdown, started by anyone, has finished. */
    Future<Void> terminated() {
        return terminated.future();
    }

    /**
     * Whether a shutdown started: readiness answers 503 and answers carry {@code Connection: close}, but
     * requests are still served until the shutdown delay is over.
     */
    boolean draining() {
        return shutdown.get() != null;
    }

    /** Whether the graceful shutdown proper started: the server stops accepting, new requests get 503. */
    boolean shuttingDown() {
        return stopping;
    }

    // ------------------------------------------------------------------ AppContext

    @Override
    public Vertx vertx() {
        return vertx;
    }

    @Override
    public WorkerPool workerPool(String name) {
        return pools.computeIfAbsent(name, n -> {
            int size = settings.workerPoolSize(n);
            int queue = settings.workerQueue(n);
            VertxWorkerPool pool;
            if (settings.virtualThreads(n)) {
                pool = VertxWorkerPool.virtual(vertx, n, size, queue);
            } else if (n.equals(Dispatch.DEFAULT_POOL)) {
                pool = VertxWorkerPool.vertxDefault(vertx, n, size, queue);
            } else {
                pool = VertxWorkerPool.shared(vertx, n, size, queue);
            }
            if (metrics != null) {
                metrics.pool(pool);
            }
            return pool;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Function<? super Request, ? extends T> override(String key) {
        // The replacement's type is the user's promise (App.override takes a Function of the class).
        return (Function<? super Request, ? extends T>) overrides.lookup(key);
    }

    @Override
    public void closeOnShutdown(AutoCloseable resource) {
        closeables.add(resource);
    }

    @Override
    public SingletonRegistry singletons() {
        return singletons;
    }

    // ------------------------------------------------------------------ RunningApp

    @Override
    public int port() {
        return port;
    }

    @Override
    public String host() {
        return settings.host();
    }

    /**
     * Makes readiness fail at once; after the shutdown delay, stops accepting connections (Vert.x closes
     * each connection once its current request is answered), waits for in-flight requests, on the
     * event loops and on workers (background tasks included), up to the grace period, runs the
     * {@code @OnShutdown} hooks (within a grace period of their own), closes the registered singletons
     * in reverse order, then closes Vert.x. Idempotent.
     */
    @Override
    public Future<Void> shutdown() {
        Promise<Void> done = Promise.promise();
        if (!shutdown.compareAndSet(null, done.future())) {
            return shutdown.get();
        }
        long delayMillis = settings.shutdownDelay().toMillis();
        if (delayMillis > 0) {
            LOG.log(
                    Level.INFO,
                    "Shutdown requested: " + (settings.health() ? "/health/ready answers 503; " : "") + "serving for "
                            + delayMillis + " ms more (the shutdown delay) before stopping");
            vertx.setTimer(delayMillis, fired -> stop(done));
        } else {
            stop(done);
        }
        return done.future();
    }

    private void stop(Promise<Void> done) {
        stopping = true;
        long graceMillis = settings.shutdownGracePeriod().toMillis();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        LOG.log(
                Level.INFO,
                "Shutting down: " + inFlight.count() + " request(s) and worker task(s) in flight, " + "grace period "
                        + graceMillis + " ms");
        List<Future<Void>> stopped = new ArrayList<>();
        // Open WebSockets are told the server goes away (1001); their closes end their exchanges.
        webSockets.sessions().forEach(WebSocketSession::goingAway);
        for (HttpServer server : servers) {
            stopped.add(server.shutdown(graceMillis, TimeUnit.MILLISECONDS));
        }
        Future.join(stopped)
                .transform(ignored -> inFlightDone(deadline, graceMillis))
                // @OnShutdown hooks: after the work in flight, before the singletons they may use close
                .transform(ignored -> lifespan == null ? Future.succeededFuture() : lifespan.shutdown(graceMillis))
                .transform(ignored -> vertx.executeBlocking(() -> {
                    closeSingletons();
                    return null;
                }))
                .transform(ignored -> {
                    if (metrics != null) {
                        metrics.close();
                    }
                    pools.values().forEach(VertxWorkerPool::close);
                    return vertx.close();
                })
                .onComplete(closed -> {
                    if (closed.failed()) {
                        LOG.log(Level.WARNING, "Vert.x did not close cleanly", closed.cause());
                    }
                    if (uploads != null) {
                        // Uploads of requests cut off by the grace period: nothing writes them any more.
                        uploads.deleteAll();
                    }
                    LOG.log(Level.INFO, "Stopped");
                    done.complete();
                    terminated.complete();
                });
    }

    /**
     * Completes when nothing is in flight, or when the grace period ends; then what is still running
     * is cut off (its connection is closed already, its worker is interrupted when Vert.x closes), and
     * the log says how much.
     */
    private Future<Void> inFlightDone(long deadline, long graceMillis) {
        Promise<Void> done = Promise.promise();
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        long timer = vertx.setTimer(Math.max(1, remaining), fired -> {
            int left = inFlight.count();
            if (done.tryComplete() && left > 0) {
                LOG.log(
                        Level.WARNING,
                        "The shutdown grace period of " + graceMillis + " ms is over: cutting off "
                                + "what is still in flight (" + left + ", counting each request and each worker task)");
            }
        });
        inFlight.whenIdle().onComplete(idle -> {
            vertx.cancelTimer(timer);
            done.tryComplete();
        });
        return done.future();
    }

    /** Closes the registered singletons, newest first; failures are logged. */
    void closeSingletons() {
        List<AutoCloseable> reversed = new ArrayList<>(closeables);
        Collections.reverse(reversed);
        for (AutoCloseable closeable : reversed) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.ERROR, "Closing " + closeable + " at shutdown failed", e);
            }
        }
    }

    @Override
    public void close() {
        if (Vertx.currentContext() != null && io.vertx.core.Context.isOnEventLoopThread()) {
            throw new IllegalStateException("close() blocks; on an event loop use shutdown()");
        }
        try {
            long wait = settings.shutdownDelay().toSeconds()
                    + settings.shutdownGracePeriod().toSeconds()
                    + 30;
            shutdown().toCompletionStage().toCompletableFuture().get(wait, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("shutdown did not complete", e);
        }
    }
}
