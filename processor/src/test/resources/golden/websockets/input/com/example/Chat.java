package com.example;

import dev.kiln.Header;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Resource;
import dev.kiln.Rooms;
import dev.kiln.Router;
import dev.kiln.WebSocket;
import dev.kiln.WebSocketRoute;
import io.vertx.core.Future;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

@Router(prefix = "/ws")
public final class Chat {
    public record Say(@NotBlank String text) {}

    public record Session(String id) {}

    @Provides
    public static Resource<Session> session(@Header("x-user") String user) {
        return Resource.of(new Session(user), s -> {});
    }

    /** Chat in a room. */
    @WebSocketRoute("/chat/{room}")
    public static void chat(WebSocket ws, String room, @Query @Min(1) int level, Session session) {
        ws.join(room);
        ws.onJson(Say.class, m -> ws.sendJson(m));
    }

    @WebSocketRoute("/bytes")
    @NonBlocking
    public static void bytes(WebSocket ws) {
        ws.onBinary(ws::sendBinary);
    }

    @WebSocketRoute("/echo")
    public static Future<Void> echo(WebSocket ws, Rooms rooms) {
        ws.onText(t -> rooms.broadcast("all", t));
        return Future.succeededFuture();
    }

    @Post("/rooms/{room}")
    public static Future<Void> shout(String room, Rooms rooms) {
        return rooms.broadcast(room, "hello");
    }
}
