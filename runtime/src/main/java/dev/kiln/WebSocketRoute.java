package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a WebSocket endpoint on a public method, like FastAPI's {@code @app.websocket(...)}. The
 * method takes a {@link WebSocket} plus path, query, header and cookie parameters and dependencies,
 * which are bound and validated at the handshake: a validation failure closes the socket with code
 * 1008 (policy violation) and the errors as the close reason, as FastAPI does.
 *
 * <p>The method runs where an operation returning the same type would run (the threading table:
 * {@code void} on a worker unless {@link NonBlocking}, {@code Future<Void>} on the event loop); it
 * registers its handlers ({@link WebSocket#onJson}, ...), which run on the socket's event loop. No
 * message is delivered before the method returned (or its future completed). Request-scoped
 * dependencies live until the socket closes. WebSocket routes are not in the OpenAPI document (it
 * has no WebSockets); they are listed in the startup route table and in its
 * {@code x-kiln-websockets} extension.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WebSocketRoute {
    /** The path template, with {@code {name}} segments; joined to the {@link Router#prefix()}. */
    String value() default "";
}
