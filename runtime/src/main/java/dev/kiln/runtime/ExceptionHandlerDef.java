package dev.kiln.runtime;

import dev.kiln.Request;
import dev.kiln.Response;
import io.vertx.core.Future;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A generated registration of an {@code @ExceptionHandler} method. The host picks the handler whose
 * type is the closest supertype of the thrown exception; for an {@code HttpException} it looks no
 * further than {@code HttpException}, whose handler also answers the host's 404 and 405, and for a
 * {@code RequestValidationException} no further than that class, whose handler answers every 422.
 *
 * <p>A handler runs where its method runs, by the operations' threading table: {@link #worker} (a plain
 * {@code Response} return, or {@code @Blocking}) calls {@code handler} on a thread of that pool (admitted
 * like an operation: with the pool full, the failure gets its default answer), {@link #eventLoop} on the
 * request's event loop.
 *
 * @param type       the exception type handled (and its subtypes)
 * @param javaMethod the user method, for logs
 * @param dispatch   where {@code handler} is called
 * @param handler    calls the user method; a plain return is wrapped in a succeeded future
 */
public record ExceptionHandlerDef<E extends Throwable>(
        Class<E> type,
        String javaMethod,
        Dispatch dispatch,
        BiFunction<? super E, Request, Future<Response<?>>> handler) {
    public ExceptionHandlerDef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaMethod, "javaMethod");
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(handler, "handler");
    }

    /** A handler called on the event loop: what code generated before handlers had a dispatch meant. */
    public ExceptionHandlerDef(
            Class<E> type, String javaMethod, BiFunction<? super E, Request, Future<Response<?>>> handler) {
        this(type, javaMethod, Dispatch.eventLoop(), handler);
    }

    /** A handler that returns a {@code Future} (or is {@code @NonBlocking}): called on the event loop. */
    public static <E extends Throwable> ExceptionHandlerDef<E> eventLoop(
            Class<E> type, String javaMethod, BiFunction<? super E, Request, Future<Response<?>>> handler) {
        return new ExceptionHandlerDef<>(type, javaMethod, Dispatch.eventLoop(), handler);
    }

    /** A handler that blocks: called on a thread of the worker pool {@code pool}. */
    public static <E extends Throwable> ExceptionHandlerDef<E> worker(
            Class<E> type,
            String javaMethod,
            String pool,
            BiFunction<? super E, Request, Future<Response<?>>> handler) {
        return new ExceptionHandlerDef<>(type, javaMethod, Dispatch.worker(pool), handler);
    }
}
