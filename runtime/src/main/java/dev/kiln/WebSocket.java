package dev.kiln;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;

/**
 * One accepted WebSocket, as a {@link WebSocketRoute} method sees it. Handlers run on the socket's
 * event loop, one message at a time; set them in the route method (messages are held until it
 * returns). Sends may be called from any thread; a client that stops reading is disconnected once
 * its write queue is full, never buffered without bound.
 */
public interface WebSocket {
    /** Handles each whole text message. */
    void onText(Consumer<String> handler);

    /**
     * Handles each whole text message as JSON bound to {@code type}, with the same generated binder and
     * constraints as a request body; a message that fails closes the socket with 1008 and the errors
     * (FastAPI's shape) as the reason, cut to the 123 bytes a close reason may hold. {@code type} must
     * be a class literal in the route method, so the processor generates its binder.
     */
    <T> void onJson(Class<T> type, Consumer<? super T> handler);

    /** Handles each whole binary message. */
    void onBinary(Consumer<Buffer> handler);

    /** Runs once when the socket closed, whoever closed it (before request-scoped cleanups). */
    void onClose(Runnable handler);

    /** Sends a text message. */
    Future<Void> sendText(String text);

    /** Sends {@code message} as JSON in a text message. */
    Future<Void> sendJson(Object message);

    /** Sends a binary message. */
    Future<Void> sendBinary(Buffer data);

    /** Closes the socket with {@code code} and {@code reason} (at most 123 bytes of UTF-8). */
    Future<Void> close(int code, String reason);

    /** Joins {@code room}: {@link Rooms#broadcast} to it reaches this socket, on any instance. */
    void join(String room);

    /** Leaves {@code room}; closing leaves every room. */
    void leave(String room);
}
