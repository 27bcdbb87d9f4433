package dev.kiln.runtime.impl;

import dev.kiln.runtime.LifespanHookDef;
import dev.kiln.runtime.RouteModule;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The app's {@code @OnStartup} and {@code @OnShutdown} hooks (FastAPI's lifespan), from every module, in
 * {@link LifespanHookDef#ORDER}. Startup: one after the other once the singletons are made and the routes
 * built, before the server listens; the first failure stops the start. Shutdown: one after the other
 * once the work in flight ended, before the singletons close; a failure is logged and the next runs,
 * and all of them get the grace period at most. Each runs where its method runs: a blocking hook on a
 * worker of its pool (not admitted: starting and stopping are not request load), an async one on the
 * event loop of this lifespan's context, its future awaited.
 */
final class Lifespan {
    private static final System.Logger LOG = Logs.get("dev.kiln");

    private final RunningHost host;
    private final Context context;
    private final List<LifespanHookDef> startup;
    private final List<LifespanHookDef> shutdown;
    private volatile boolean cutOff;

    private Lifespan(RunningHost host, List<LifespanHookDef> startup, List<LifespanHookDef> shutdown) {
        this.host = host;
        this.context = host.vertx().getOrCreateContext();
        this.startup = sorted(startup);
        this.shutdown = sorted(shutdown);
    }

    /** The hooks of every module, built with their singletons (made already). */
    static Lifespan of(RunningHost host, List<RouteModule> modules) {
        List<LifespanHookDef> startup = new ArrayList<>();
        List<LifespanHookDef> shutdown = new ArrayList<>();
        for (RouteModule module : modules) {
            startup.addAll(module.startupHooks(host));
            shutdown.addAll(module.shutdownHooks(host));
        }
        return new Lifespan(host, startup, shutdown);
    }

    private static List<LifespanHookDef> sorted(List<LifespanHookDef> hooks) {
        List<LifespanHookDef> sorted = new ArrayList<>(hooks);
        sorted.sort(LifespanHookDef.ORDER);
        return List.copyOf(sorted);
    }

    /** Runs the startup hooks; fails with {@code "@OnStartup Hooks.warm failed: <cause>"} at the first failure. */
    Future<Void> startup() {
        Future<Void> chain = Future.succeededFuture();
        for (LifespanHookDef hook : startup) {
            chain = chain.compose(previous -> call(hook)
                    .recover(cause -> Future.failedFuture(new IllegalStateException(
                            "@OnStartup " + hook.javaMethod() + " failed: " + cause, cause))));
        }
        return chain;
    }

    /**
     * Runs the shutdown hooks, each failure logged; completes when they are done, or when
     * {@code graceMillis} ran out (the hooks not started by then do not run, and the log says so).
     */
    Future<Void> shutdown(long graceMillis) {
        if (shutdown.isEmpty()) {
            return Future.succeededFuture();
        }
        Promise<Void> done = Promise.promise();
        long timer = host.vertx().setTimer(Math.max(1, graceMillis), fired -> {
            cutOff = true;
            if (done.tryComplete()) {
                LOG.log(
                        Level.WARNING,
                        "The @OnShutdown hooks did not finish within the grace period of " + graceMillis
                                + " ms: closing the singletons without waiting for them");
            }
        });
        Future<Void> chain = Future.succeededFuture();
        for (LifespanHookDef hook : shutdown) {
            chain = chain.compose(previous -> cutOff
                    ? Future.succeededFuture()
                    : call(hook).recover(cause -> {
                        LOG.log(Level.ERROR, "@OnShutdown " + hook.javaMethod() + " failed", cause);
                        return Future.succeededFuture();
                    }));
        }
        chain.onComplete(finished -> {
            host.vertx().cancelTimer(timer);
            done.tryComplete();
        });
        return done.future();
    }

    /** Calls one hook where it runs. */
    private Future<Void> call(LifespanHookDef hook) {
        Promise<Void> done = Promise.promise();
        if (hook.async() != null) {
            context.runOnContext(v -> callAsync(hook.async()).onComplete(done));
        } else {
            VertxWorkerPool pool =
                    (VertxWorkerPool) host.workerPool(hook.dispatch().pool());
            pool.execute(context, hook.blocking()).onComplete(done);
        }
        return done.future();
    }

    private static Future<Void> callAsync(Callable<Future<Void>> hook) {
        try {
            Future<Void> result = hook.call();
            return result != null ? result : Future.failedFuture(new NullPointerException("it returned a null Future"));
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    /** For the startup log: {@code Startup hooks: Hooks.migrate worker[default], Hooks.warm event-loop}; or {@code null}. */
    String describe() {
        List<String> lines = new ArrayList<>();
        if (!startup.isEmpty()) {
            lines.add("Startup hooks (done): " + list(startup));
        }
        if (!shutdown.isEmpty()) {
            lines.add("Shutdown hooks: " + list(shutdown));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String list(List<LifespanHookDef> hooks) {
        List<String> parts = new ArrayList<>();
        hooks.forEach(hook -> parts.add(hook.javaMethod() + " " + hook.dispatch()));
        return String.join(", ", parts);
    }
}
