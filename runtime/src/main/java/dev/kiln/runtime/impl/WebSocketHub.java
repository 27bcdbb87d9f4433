package dev.kiln.runtime.impl;

import dev.kiln.Rooms;
import dev.kiln.runtime.json.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's open WebSockets: their count (against {@code App.maxWebSocketConnections}) and their
 * rooms. A broadcast is published on the event bus, to one address every instance of the app
 * consumes (every process, when the event bus is clustered); each instance sends it to its own
 * sockets in the room. One per running app.
 */
final class WebSocketHub implements Rooms {
    private static final System.Logger LOG = Logs.get("dev.kiln");
    /** The event-bus address of room broadcasts. */
    static final String ADDRESS = "kiln.rooms";

    private static final String ROOM = "room";
    private static final String KIND = "kind";

    private final Vertx vertx;
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<WebSocketSession>> rooms = new ConcurrentHashMap<>();
    private final MessageConsumer<Object> consumer;

    WebSocketHub(Vertx vertx, int maxConnections) {
        this.vertx = vertx;
        this.maxConnections = maxConnections;
        this.consumer = vertx.eventBus().consumer(ADDRESS, this::deliver);
    }

    /** Completes once this instance receives broadcasts (in a cluster: once the others know of it). */
    Future<Void> ready() {
        return consumer.completion();
    }

    /** Takes one of the instance's connections; {@code false} when all are taken. */
    boolean admit() {
        while (true) {
            int n = open.get();
            if (n >= maxConnections) {
                return false;
            }
            if (open.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives back a connection taken by {@link #admit}. */
    void release() {
        open.decrementAndGet();
    }

    void opened(WebSocketSession session) {
        sessions.add(session);
    }

    /** A socket closed: out of its rooms, its connection given back. */
    void closed(WebSocketSession session, Set<String> joined) {
        for (String room : joined) {
            leave(session, room);
        }
        if (sessions.remove(session)) {
            release();
        }
    }

    /** The sockets open now, for the shutdown. */
    List<WebSocketSession> sessions() {
        return new ArrayList<>(sessions);
    }

    void join(WebSocketSession session, String room) {
        rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leave(WebSocketSession session, String room) {
        rooms.computeIfPresent(room, (r, members) -> {
            members.remove(session);
            return members.isEmpty() ? null : members;
        });
    }

    @Override
    public Future<Void> broadcast(String room, Object message) {
        if (room == null) {
            return Future.failedFuture(new NullPointerException("room"));
        }
        Object body;
        String kind;
        if (message instanceof String text) {
            body = text;
            kind = "text";
        } else if (message instanceof Buffer bytes) {
            body = bytes;
            kind = "binary";
        } else {
            try {
                body = Json.mapper().writeValueAsString(message);
            } catch (Exception e) {
                return Future.failedFuture(e);
            }
            kind = "text";
        }
        vertx.eventBus()
                .publish(
                        ADDRESS,
                        body,
                        new DeliveryOptions().addHeader(ROOM, room).addHeader(KIND, kind));
        return Future.succeededFuture();
    }

    private void deliver(Message<Object> message) {
        Set<WebSocketSession> members = rooms.get(message.headers().get(ROOM));
        if (members == null) {
            return;
        }
        boolean binary = "binary".equals(message.headers().get(KIND));
        for (WebSocketSession session : members) {
            try {
                if (binary) {
                    session.sendBinary((Buffer) message.body());
                } else {
                    session.sendText((String) message.body());
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "A broadcast to room " + message.headers().get(ROOM) + " failed",
                        e);
            }
        }
    }
}
