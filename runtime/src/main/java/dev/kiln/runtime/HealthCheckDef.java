package dev.kiln.runtime;

import io.vertx.core.Future;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One {@code @HealthCheck}, as generated code hands it to the host ({@link RouteModule#healthChecks}):
 * its name, the user method for logs, where it runs, and the call. The host runs a worker check on its
 * pool (always admitted: a busy pool does not make the app unready) and an event-loop check on the
 * event loop of the readiness request.
 */
public final class HealthCheckDef extends HookDef<Boolean> {
    private HealthCheckDef(
            String name,
            String javaMethod,
            Dispatch dispatch,
            Callable<Boolean> blocking,
            Callable<Future<Boolean>> async) {
        super(name, javaMethod, dispatch, blocking, async);
    }

    /** A check that runs on the event loop and returns a future. */
    public static HealthCheckDef eventLoop(String name, String javaMethod, Callable<Future<Boolean>> check) {
        return new HealthCheckDef(name, javaMethod, Dispatch.eventLoop(), null, Objects.requireNonNull(check));
    }

    /** A check that blocks: it runs on the worker pool {@code pool}. */
    public static HealthCheckDef worker(String name, String javaMethod, String pool, Callable<Boolean> check) {
        return new HealthCheckDef(name, javaMethod, Dispatch.worker(pool), Objects.requireNonNull(check), null);
    }
}
