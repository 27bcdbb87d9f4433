package dev.kiln.processor.read;

import javax.annotation.processing.ProcessingEnvironment;

/** The readers of one processing environment, wired once. */
public final class Readers {
    private final RouteClassReader routeClasses;
    private final ExceptionHandlerReader exceptionHandlers;
    private final ProviderReader providers;
    private final DependencyKeys keys;
    private final TypeShapeReader shapes;
    private final ParameterReader parameters;
    private final ReturnShapeReader returns;
    private final HookReader hooks;
    private final SettingsReader settings;
    private final MiddlewareReader middleware;

    public Readers(ProcessingEnvironment env) {
        Mirrors mirrors = new Mirrors(env.getElementUtils());
        TypeShapeReader shapes = new TypeShapeReader(env, mirrors);
        ReturnShapeReader returns = new ReturnShapeReader(env.getElementUtils(), env.getTypeUtils(), shapes);
        DependencyKeys keys = new DependencyKeys(env.getTypeUtils(), mirrors);
        ParameterReader parameters = new ParameterReader(env.getElementUtils(), mirrors, shapes, keys);
        OperationReader operations = new OperationReader(
                env.getElementUtils(), mirrors, parameters, returns, new WebSocketMessageReader(env, shapes));
        this.routeClasses = new RouteClassReader(env.getElementUtils(), mirrors, operations, parameters, keys);
        this.exceptionHandlers =
                new ExceptionHandlerReader(env.getElementUtils(), env.getTypeUtils(), returns, operations);
        this.providers = new ProviderReader(
                env.getElementUtils(), env.getTypeUtils(), mirrors, keys, parameters, returns, operations);
        this.keys = keys;
        this.shapes = shapes;
        this.parameters = parameters;
        this.returns = returns;
        this.hooks = new HookReader(mirrors, parameters, returns, operations);
        this.settings = new SettingsReader(mirrors, shapes, keys);
        this.middleware = new MiddlewareReader(mirrors, parameters, returns, operations);
    }

    /** The reader of {@code @Middleware} methods. */
    public MiddlewareReader middleware() {
        return middleware;
    }

    /** The reader of {@code @Settings} records. */
    public SettingsReader settings() {
        return settings;
    }

    /** How types are read: their binding, what Jackson writes, what the document says. */
    public TypeShapeReader shapes() {
        return shapes;
    }

    /** How a method's parameters are read. */
    public ParameterReader parameters() {
        return parameters;
    }

    /** How a method's result is read. */
    public ReturnShapeReader returns() {
        return returns;
    }

    /** The reader of static hooks ({@code @HealthCheck}). */
    public HookReader hooks() {
        return hooks;
    }

    /** The {@code @Provides} reader. */
    public ProviderReader providers() {
        return providers;
    }

    /** The provided keys known so far; the pipeline adds each round's before reading its parameters. */
    public DependencyKeys keys() {
        return keys;
    }

    public RouteClassReader routeClasses() {
        return routeClasses;
    }

    public ExceptionHandlerReader exceptionHandlers() {
        return exceptionHandlers;
    }
}
