package dev.kiln.bench.kiln;

import dev.kiln.NonBlocking;
import dev.kiln.WebSocket;
import dev.kiln.WebSocketRoute;

/** ws-bench.sh: a text echo on the event loop, what the raw Vert.x handler does by hand. */
public final class WsBenchApi {
    private WsBenchApi() {
    }

    @WebSocketRoute("/ws/echo")
    @NonBlocking
    public static void echo(WebSocket ws) {
        ws.onText(ws::sendText);
    }
}
