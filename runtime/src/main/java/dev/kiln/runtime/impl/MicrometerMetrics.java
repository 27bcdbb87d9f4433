package dev.kiln.runtime.impl;

import dev.kiln.runtime.Route;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link RequestMetrics} with Micrometer and its Prometheus registry. Meter names (Prometheus names
 * in brackets):
 *
 * <ul>
 *   <li>{@code http.server.requests} ({@code http_server_requests_seconds}): a histogram per
 *       {@code method}, {@code route} (the route template, or {@code UNMATCHED}: never a raw path, so
 *       the number of series stays bounded whatever clients send) and {@code status};
 *   <li>{@code http.server.requests.active}: requests accepted and not yet answered;
 *   <li>{@code kiln.worker.pool.threads}, {@code .busy}, {@code .queued}, {@code .capacity} (gauges)
 *       and {@code .rejected} (a counter of 503 refusals), per {@code pool}, as Kiln's admission
 *       counts them;
 *   <li>{@code kiln.background.tasks.rejected} ({@code kiln_background_tasks_rejected_total}): background
 *       tasks not run because their pool was full, per {@code pool};
 *   <li>{@code kiln.event.loop.delay}: per {@code loop}, how late a timer set every 100 ms on it fires,
 *       that is how long the loop was busy before it could run it;
 *   <li>the JVM: memory, GC, threads, class loading, CPU, uptime (Micrometer's binders).
 * </ul>
 *
 * <p>A request costs a lookup of its route's meters (made at startup), a scan of the few statuses that
 * route has answered, and one histogram update: no tag or meter is built per request.
 */
final class MicrometerMetrics implements RequestMetrics {
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)
    };
    private static final long LOOP_PERIOD_MILLIS = 100;

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final AtomicInteger active = new AtomicInteger();
    private volatile Map<Route, RouteMeters> routes = Map.of();
    private final Map<String, RouteMeters> unmatched = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private MicrometerMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("http.server.requests.active", active, AtomicInteger::get)
                .description("Requests accepted and not yet answered")
                .register(registry);
        // Meters the app registers in Micrometer's global registry are served with Kiln's.
        Metrics.addRegistry(registry);
    }

    static RequestMetrics create() {
        return new MicrometerMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    @Override
    public void routes(List<Route> all) {
        Map<Route, RouteMeters> made = new IdentityHashMap<>();
        for (Route route : all) {
            made.put(route, new RouteMeters(route.method().name(), route.path()));
        }
        routes = made;
    }

    @Override
    public void started() {
        active.incrementAndGet();
    }

    @Override
    public void completed(HttpExchange ex, int status, long bytes, long nanos) {
        active.decrementAndGet();
        Route route = ex.route;
        RouteMeters meters = route == null ? null : routes.get(route);
        if (meters == null) {
            String method = RequestObserver.method(route, ex.http.method());
            String template = RequestObserver.template(route);
            meters = unmatched.computeIfAbsent(method + " " + template, k -> new RouteMeters(method, template));
        }
        meters.timer(status).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void pool(VertxWorkerPool pool) {
        String name = pool.name();
        Gauge.builder("kiln.worker.pool.threads", pool, VertxWorkerPool::size)
                .description("Threads of the worker pool")
                .tag("pool", name)
                .register(registry);
        Gauge.builder("kiln.worker.pool.busy", pool, p -> Math.min(p.admitted(), p.size()))
                .description("Threads of the worker pool running work")
                .tag("pool", name)
                .register(registry);
        Gauge.builder("kiln.worker.pool.queued", pool, p -> Math.max(0, p.admitted() - p.size()))
                .description("Work waiting for a thread of the worker pool")
                .tag("pool", name)
                .register(registry);
        Gauge.builder("kiln.worker.pool.capacity", pool, VertxWorkerPool::capacity)
                .description("The most work the pool admits at once (threads and queue); past it, 503")
                .tag("pool", name)
                .register(registry);
        FunctionCounter.builder("kiln.worker.pool.rejected", pool, VertxWorkerPool::refusals)
                .description("Work refused with 503 because the pool and its queue were full")
                .tag("pool", name)
                .register(registry);
        FunctionCounter.builder("kiln.background.tasks.rejected", pool, VertxWorkerPool::backgroundTaskRefusals)
                .description("Background tasks not run because the pool and its queue were full")
                .tag("pool", name)
                .register(registry);
    }

    @Override
    public void watchEventLoop(Vertx vertx) {
        Timer delay = Timer.builder("kiln.event.loop.delay")
                .description("How late a timer set on the event loop every 100 ms fires: how long the loop was "
                        + "busy before it could run it")
                .tag("loop", Thread.currentThread().getName())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        arm(vertx, delay);
    }

    /** One timer at a time, set again when it fires: a periodic timer would catch up after a delay. */
    private void arm(Vertx vertx, Timer delay) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOOP_PERIOD_MILLIS);
        vertx.setTimer(LOOP_PERIOD_MILLIS, fired -> {
            delay.record(Math.max(0, System.nanoTime() - due), TimeUnit.NANOSECONDS);
            if (!closed) {
                arm(vertx, delay);
            }
        });
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        closed = true;
        Metrics.removeRegistry(registry);
        gc.close();
        registry.close();
    }

    /** The meters of one route (or one unmatched method): a histogram per status it has answered. */
    private final class RouteMeters {
        private final String method;
        private final String route;
        private volatile Entry[] byStatus = new Entry[0];

        RouteMeters(String method, String route) {
            this.method = method;
            this.route = route;
        }

        Timer timer(int status) {
            for (Entry e : byStatus) {
                if (e.status == status) {
                    return e.timer;
                }
            }
            synchronized (this) {
                Entry[] now = byStatus;
                for (Entry e : now) {
                    if (e.status == status) {
                        return e.timer;
                    }
                }
                Timer timer = Timer.builder("http.server.requests")
                        .description("HTTP requests, from arrival to the end of the answer, by route template")
                        .tags("method", method, "route", route, "status", Integer.toString(status))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry);
                Entry[] more = java.util.Arrays.copyOf(now, now.length + 1);
                more[now.length] = new Entry(status, timer);
                byStatus = more;
                return timer;
            }
        }
    }

    private record Entry(int status, Timer timer) {}
}
