package dev.kiln.runtime.impl;

import dev.kiln.runtime.Route;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * {@code App.metrics()}: what the host measures, with no Micrometer type in sight, so that an app
 * without Micrometer on its class path loads none of it. {@link MicrometerMetrics} is the one
 * implementation.
 */
interface RequestMetrics extends RequestObserver {
    /** The class that tells whether {@code micrometer-registry-prometheus} is on the class path. */
    String REGISTRY_CLASS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";

    /** The {@code Content-Type} of {@link #scrape()}: Prometheus' text format 0.0.4. */
    String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Measures this worker pool (its threads, busy threads, queue, refusals). */
    void pool(VertxWorkerPool pool);

    /** Every route the router matches, made known once at startup so that a request only looks its meters up. */
    void routes(List<Route> routes);

    /** Measures the delay of the event loop this is called on (from each verticle's start). */
    void watchEventLoop(Vertx vertx);

    /** Every meter in Prometheus' text format. */
    String scrape();

    /** Stops measuring (at shutdown). */
    void close();

    /**
     * The metrics of a new app, or a failure saying which dependency to add when Micrometer's
     * Prometheus registry is not on the class path.
     */
    static RequestMetrics create() {
        String missing = missing(RequestMetrics.class.getClassLoader());
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        return MicrometerMetrics.create();
    }

    /** Why {@code App.metrics()} cannot work with {@code loader}'s classes, or {@code null} when it can. */
    static String missing(ClassLoader loader) {
        try {
            Class.forName(REGISTRY_CLASS, false, loader);
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return "App.metrics() needs Micrometer's Prometheus registry on the class path: add the dependency "
                    + "io.micrometer:micrometer-registry-prometheus (Kiln is built with 1.17.2); " + REGISTRY_CLASS
                    + " was not found";
        }
    }
}
