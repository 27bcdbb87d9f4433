package dev.kiln.runtime;

import io.vertx.core.Future;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A static method the host calls outside any request, as generated code hands it over: its name, the
 * user method for logs, where it runs, and the call, either blocking (run on a worker of
 * {@link #dispatch()}'s pool) or async (called on an event loop, its future awaited). The kinds:
 * {@link HealthCheckDef}, {@link LifespanHookDef}.
 *
 * @param <T> what the call produces
 */
public abstract class HookDef<T> {
    private final String name;
    private final String javaMethod;
    private final Dispatch dispatch;
    private final Callable<T> blocking;
    private final Callable<Future<T>> async;

    HookDef(String name, String javaMethod, Dispatch dispatch, Callable<T> blocking, Callable<Future<T>> async) {
        this.name = Objects.requireNonNull(name, "name");
        this.javaMethod = Objects.requireNonNull(javaMethod, "javaMethod");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        if ((blocking == null) == (async == null) || (blocking == null) != dispatch.isEventLoop()) {
            throw new IllegalArgumentException("a hook is blocking on a worker or async on the event loop");
        }
        this.blocking = blocking;
        this.async = async;
    }

    /** Its name: a health check's name in the readiness answer, a lifespan hook's qualified method name. */
    public String name() {
        return name;
    }

    /** The user method, for logs: {@code Checks.database}. */
    public String javaMethod() {
        return javaMethod;
    }

    /** Where it runs. */
    public Dispatch dispatch() {
        return dispatch;
    }

    /** The blocking call, for a worker hook; {@code null} on the event loop. */
    public Callable<T> blocking() {
        return blocking;
    }

    /** The call, for an event-loop hook; {@code null} for a worker hook. */
    public Callable<Future<T>> async() {
        return async;
    }
}
