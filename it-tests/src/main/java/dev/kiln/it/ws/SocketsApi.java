package dev.kiln.it.ws;

import dev.kiln.Body;
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
import io.vertx.core.buffer.Buffer;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** WebSocket routes: handshake parameters and dependencies, typed messages, rooms, limits. */
@Router(prefix = "/ws")
public final class SocketsApi {
    /** What happened to sockets, in order: {@code onClose:<id>}, {@code session closed:<id>}. */
    public static final List<String> events = new CopyOnWriteArrayList<>();

    private static final AtomicInteger ids = new AtomicInteger();

    private SocketsApi() {}

    /** A chat message: validated like a request body. */
    public record ChatMessage(
            @NotBlank @Size(max = 20) String text, @Min(1) int times) {}

    public record Echo(String room, String text, int level, String session) {}

    /** A request-scoped dependency: lives as long as the socket, closed after it. */
    public record Session(String id) {}

    @Provides
    public static Resource<Session> session() {
        Session session = new Session("s" + ids.incrementAndGet());
        return Resource.of(session, s -> events.add("session closed:" + s.id()));
    }

    /** Typed JSON messages, echoed {@code times} times; joins its room. Void: a worker, per the table. */
    @WebSocketRoute("/chat/{room}")
    public static void chat(WebSocket ws, @Size(min = 3) String room, @Query @Min(1) int level, Session session) {
        ws.join(room);
        ws.onJson(ChatMessage.class, m -> {
            for (int i = 0; i < m.times(); i++) {
                ws.sendJson(new Echo(room, m.text(), level, session.id()));
            }
        });
        ws.onClose(() -> events.add("onClose:" + session.id()));
    }

    /** Text and binary on the event loop; {@code flood} sends until the client stops reading. */
    @WebSocketRoute("/bytes")
    @NonBlocking
    public static void bytes(WebSocket ws) {
        ws.onBinary(b -> {
            byte[] in = b.getBytes();
            byte[] out = new byte[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = in[in.length - 1 - i];
            }
            ws.sendBinary(Buffer.buffer(out));
        });
        ws.onText(t -> {
            if (t.equals("flood")) {
                String chunk = "x".repeat(64 * 1024);
                for (int i = 0; i < 100_000; i++) {
                    if (ws.sendText(chunk).failed()) {
                        events.add("flood stopped");
                        return;
                    }
                }
                events.add("flood sent");
            } else {
                ws.sendText(t.toUpperCase(java.util.Locale.ROOT));
            }
        });
        ws.onClose(() -> events.add("bytes closed"));
    }

    /** Returns a future: the event loop; messages flow once it completed. */
    @WebSocketRoute("/echo")
    public static Future<Void> echo(WebSocket ws, Rooms rooms) {
        ws.onText(t -> {
            if (t.startsWith("join ")) {
                ws.join(t.substring(5));
                ws.sendText("joined");
            } else if (t.startsWith("leave ")) {
                ws.leave(t.substring(6));
                ws.sendText("left");
            } else {
                ws.sendText(t);
            }
        });
        return Future.succeededFuture();
    }

    /** An HTTP operation that broadcasts: {@code Rooms} is injected anywhere. */
    @Post("/rooms/{room}")
    public static Future<String> broadcast(String room, @Body String message, Rooms rooms) {
        return rooms.broadcast(room, message).map("sent");
    }
}
