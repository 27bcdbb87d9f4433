package dev.kiln.bench.kiln;

import dev.kiln.NonBlocking;
import dev.kiln.Rooms;
import dev.kiln.WebSocket;
import dev.kiln.WebSocketRoute;

/** The WebSocket benchmarks' routes, all on the event loop. */
public final class WsBenchApi {
    private WsBenchApi() {}

    /** ws-bench.sh and ws-idle.sh: a text echo, what the raw Vert.x handler does by hand. */
    @WebSocketRoute("/ws/echo")
    @NonBlocking
    public static void echo(WebSocket ws) {
        ws.onText(ws::sendText);
    }

    /** ws-broadcast.sh's listeners: joins the room, then says {@code joined}; receives its broadcasts. */
    @WebSocketRoute("/ws/room/{room}")
    @NonBlocking
    public static void listen(WebSocket ws, String room) {
        ws.join(room);
        ws.sendText("joined");
    }

    /** ws-broadcast.sh's sender: every text message is broadcast to the room, on every clustered process. */
    @WebSocketRoute("/ws/say/{room}")
    @NonBlocking
    public static void say(WebSocket ws, String room, Rooms rooms) {
        ws.onText(text -> rooms.broadcast(room, text));
    }
}
