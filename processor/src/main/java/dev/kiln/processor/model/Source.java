package dev.kiln.processor.model;

/** Where a parameter's value comes from (FastAPI's {@code Path}, {@code Query}, ... ). */
public enum Source {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    /** The JSON body, or a member of it when {@link Parameter#embedded()}. */
    BODY,
    /** The body's bytes or text as sent, whatever its content type: {@code @Body byte[]}, {@code @Body String}. */
    RAW_BODY,
    /** A field of an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body ({@code @Form}). */
    FORM,
    /** A file of a {@code multipart/form-data} body ({@code @File}): see {@link FileKind}. */
    FILE,
    /** Handed over by the runtime as it is: see {@link Injected}. */
    INJECTED,
    /** A credential read by a security scheme: see {@link Parameter#security()}. */
    SECURITY,
    /** Made by a {@code @Provides} method: see {@link Parameter#dependency()}. */
    DEPENDENCY
}
