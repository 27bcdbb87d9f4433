package dev.kiln.processor.read;

import javax.annotation.processing.ProcessingEnvironment;

/** The readers of one processing environment, wired once. */
public final class Readers {
    private final RouteClassReader routeClasses;
    private final ExceptionHandlerReader exceptionHandlers;

    public Readers(ProcessingEnvironment env) {
        Mirrors mirrors = new Mirrors(env.getElementUtils());
        TypeShapeReader shapes = new TypeShapeReader(env.getTypeUtils(), mirrors);
        ReturnShapeReader returns = new ReturnShapeReader(env.getElementUtils(), env.getTypeUtils());
        OperationReader operations = new OperationReader(env.getElementUtils(), mirrors,
                new ParameterReader(mirrors, shapes), returns);
        this.routeClasses = new RouteClassReader(env.getElementUtils(), mirrors, operations);
        this.exceptionHandlers = new ExceptionHandlerReader(env.getTypeUtils(), returns);
    }

    public RouteClassReader routeClasses() {
        return routeClasses;
    }

    public ExceptionHandlerReader exceptionHandlers() {
        return exceptionHandlers;
    }
}
