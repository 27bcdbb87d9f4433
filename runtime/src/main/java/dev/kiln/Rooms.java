package dev.kiln;

import io.vertx.core.Future;

/**
 * The app's WebSocket rooms, injected into any operation, provider or socket handler that takes it.
 * A broadcast goes over Vert.x's event bus, so it reaches every socket in the room on every instance
 * of the app: the event loops of this process, and with {@code App.cluster(...)} every process of the
 * cluster.
 */
public interface Rooms {
    /**
     * Sends {@code message} to every socket that {@link WebSocket#join joined} {@code room}: a
     * {@code String} as a text message, a {@code Buffer} as a binary one, anything else as JSON. The
     * future completes once the message was handed to the event bus.
     */
    Future<Void> broadcast(String room, Object message);
}
