package dev.kiln.processor.model;

/** Where a parameter's value comes from (FastAPI's {@code Path}, {@code Query}, ... ). */
public enum Source {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    BODY,
    /** Handed over by the runtime as it is: see {@link Injected}. */
    INJECTED,
    /** A credential read by a security scheme: see {@link Parameter#security()}. */
    SECURITY,
    /** Made by a {@code @Provides} method: see {@link Parameter#dependency()}. */
    DEPENDENCY
}
