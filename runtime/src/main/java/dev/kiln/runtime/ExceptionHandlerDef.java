package dev.kiln.runtime;

import dev.kiln.Request;
import dev.kiln.Response;
import io.vertx.core.Future;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A generated registration of an {@code @ExceptionHandler} method. The host picks the handler whose
 * type is the closest supertype of the thrown exception; for an {@code HttpException} it looks no
 * further than {@code HttpException}, whose handler also answers the host's 404 and 405.
 *
 * @param type       the exception type handled (and its subtypes)
 * @param javaMethod the user method, for logs
 * @param handler    calls the user method; a plain return is wrapped in a succeeded future
 */
public record ExceptionHandlerDef<E extends Throwable>(
        Class<E> type, String javaMethod, BiFunction<? super E, Request, Future<Response<?>>> handler) {
    public ExceptionHandlerDef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaMethod, "javaMethod");
        Objects.requireNonNull(handler, "handler");
    }
}
