package dev.kiln.runtime;

import io.vertx.core.Future;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One {@code @OnStartup} or {@code @OnShutdown} hook, as generated code hands it to the host
 * ({@link RouteModule#startupHooks}, {@link RouteModule#shutdownHooks}). The host runs the hooks of
 * every module one after the other in {@link #ORDER}: by {@link #order()}, then by qualified name.
 */
public final class LifespanHookDef extends HookDef<Void> {
    /** The order hooks run in, across modules: {@code order}, then the qualified method name. */
    public static final Comparator<LifespanHookDef> ORDER =
            Comparator.comparingInt(LifespanHookDef::order).thenComparing(LifespanHookDef::name);

    private final int order;

    private LifespanHookDef(
            String qualifiedName,
            String javaMethod,
            int order,
            Dispatch dispatch,
            Callable<Void> blocking,
            Callable<Future<Void>> async) {
        super(qualifiedName, javaMethod, dispatch, blocking, async);
        this.order = order;
    }

    /**
     * A hook that runs on an event loop, its future awaited.
     *
     * @param qualifiedName the method with its class's qualified name, {@code com.example.Hooks.warm}: the order
     *                      among hooks of one {@code order}
     * @param javaMethod    {@code Hooks.warm}, for messages
     * @param order         the annotation's {@code order}
     */
    public static LifespanHookDef eventLoop(
            String qualifiedName, String javaMethod, int order, Callable<Future<Void>> hook) {
        return new LifespanHookDef(
                qualifiedName, javaMethod, order, Dispatch.eventLoop(), null, Objects.requireNonNull(hook));
    }

    /** A hook that blocks: it runs on a thread of the worker pool {@code pool}. */
    public static LifespanHookDef worker(
            String qualifiedName, String javaMethod, int order, String pool, Callable<Void> hook) {
        return new LifespanHookDef(
                qualifiedName, javaMethod, order, Dispatch.worker(pool), Objects.requireNonNull(hook), null);
    }

    /** The annotation's {@code order}: lower runs first. */
    public int order() {
        return order;
    }
}
