package dev.kiln.runtime.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.HealthCheckDef;
import dev.kiln.runtime.json.Json;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * {@code App.health()}: {@code GET /health/live} answers 200 while the process runs (the event loop
 * answering is the proof); {@code GET /health/ready} answers 200 when every {@code @HealthCheck}
 * answers {@code true}, else 503, and 503 from the moment a shutdown starts, before the server stops
 * accepting (the shutdown delay). The app listens only once its singletons are made and its
 * {@code @OnStartup} hooks are done, so before that a probe finds nothing listening, which every prober
 * counts as not ready.
 *
 * <pre>
 * {"status":"UP","checks":{"database":"UP","cache":"UP"}}
 * {"status":"DOWN","checks":{"database":"DOWN","cache":"UP"}}
 * {"status":"DOWN","reason":"shutting down"}
 * </pre>
 *
 * A check runs where its method runs (a worker pool, always admitted; or the event loop); one that
 * throws, fails, answers {@code false} or {@code null}, or has not answered after
 * {@value #CHECK_TIMEOUT_MILLIS} ms is DOWN. A check's change of state is logged once, not at every
 * probe.
 */
final class Health {
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    static final long CHECK_TIMEOUT_MILLIS = 5000;

    private static final System.Logger LOG = Logs.get("dev.kiln");
    private static final Buffer UP = Buffer.buffer("{\"status\":\"UP\"}");
    private static final Buffer SHUTTING_DOWN = Buffer.buffer("{\"status\":\"DOWN\",\"reason\":\"shutting down\"}");

    private final RunningHost host;
    private final List<HealthCheckDef> checks;
    /** The last state of each check, to log changes only. */
    private final Map<String, Boolean> lastUp = new ConcurrentHashMap<>();

    Health(RunningHost host, List<HealthCheckDef> checks) {
        this.host = host;
        this.checks = List.copyOf(checks);
    }

    List<HealthCheckDef> checks() {
        return checks;
    }

    void addRoutes(BuiltInRoutes routes) {
        routes.get(LIVE, "health", ex -> Answers.sendJson((HttpExchange) ex, 200, UP, Map.of()));
        routes.get(READY, "health", this::ready);
    }

    private void ready(Exchange exchange) {
        HttpExchange ex = (HttpExchange) exchange;
        if (host.draining()) {
            Answers.sendJson(ex, 503, SHUTTING_DOWN, Map.of());
            return;
        }
        List<Future<Boolean>> results = new ArrayList<>(checks.size());
        for (HealthCheckDef check : checks) {
            results.add(run(ex, check));
        }
        Future.join(results)
                .onComplete(all -> ex.onContext(() -> {
                    ObjectNode body = Json.mapper().createObjectNode();
                    ObjectNode named = Json.mapper().createObjectNode();
                    boolean up = true;
                    for (int i = 0; i < checks.size(); i++) {
                        Future<Boolean> result = results.get(i);
                        boolean checkUp = result.succeeded() && Boolean.TRUE.equals(result.result());
                        named.put(checks.get(i).name(), checkUp ? "UP" : "DOWN");
                        up &= checkUp;
                        changed(checks.get(i), checkUp, result.cause());
                    }
                    // A shutdown may have started while the checks ran.
                    up &= !host.draining();
                    body.put("status", up ? "UP" : "DOWN");
                    body.set("checks", named);
                    Answers.sendJson(ex, up ? 200 : 503, Buffer.buffer(body.toString()), Map.of());
                }));
    }

    /** Runs one check where it runs, within the timeout. */
    private Future<Boolean> run(HttpExchange ex, HealthCheckDef check) {
        Future<Boolean> result;
        if (check.async() != null) {
            result = UserCode.async(ex, check.async());
        } else {
            VertxWorkerPool pool =
                    (VertxWorkerPool) host.workerPool(check.dispatch().pool());
            result = UserCode.always(ex, pool, check.blocking());
        }
        Promise<Boolean> timed = Promise.promise();
        long timer = host.vertx()
                .setTimer(
                        CHECK_TIMEOUT_MILLIS,
                        fired ->
                                timed.tryFail(new TimeoutException("no answer after " + CHECK_TIMEOUT_MILLIS + " ms")));
        result.onComplete(done -> {
            host.vertx().cancelTimer(timer);
            if (done.succeeded()) {
                timed.tryComplete(done.result());
            } else {
                timed.tryFail(done.cause());
            }
        });
        return timed.future();
    }

    /** Logs a check going DOWN (with why) or back UP; nothing while it stays as it was. */
    private void changed(HealthCheckDef check, boolean up, Throwable cause) {
        Boolean before = lastUp.put(check.name(), up);
        if (before == null ? up : before == up) {
            return;
        }
        String name = "Health check " + check.name() + " (" + check.javaMethod() + ")";
        if (up) {
            LOG.log(Level.INFO, name + " is UP again");
        } else if (cause != null) {
            LOG.log(Level.WARNING, name + " is DOWN: " + cause, cause instanceof TimeoutException ? null : cause);
        } else {
            LOG.log(Level.WARNING, name + " is DOWN: it answered false");
        }
    }

    /** For the startup log: {@code /health/live, /health/ready (checks: database worker[default], cache event-loop)}. */
    String describe(String base) {
        StringBuilder line = new StringBuilder("Health: ")
                .append(base)
                .append(LIVE)
                .append(", ")
                .append(base)
                .append(READY);
        if (!checks.isEmpty()) {
            line.append(" (checks:");
            for (HealthCheckDef check : checks) {
                line.append(' ')
                        .append(check.name())
                        .append(' ')
                        .append(check.javaMethod())
                        .append(' ')
                        .append(check.dispatch());
                line.append(check == checks.get(checks.size() - 1) ? ")" : ",");
            }
        }
        return line.toString();
    }
}
