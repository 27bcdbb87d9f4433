package dev.kiln.bench.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * ws-idle.sh's client: opens {@code sockets} WebSockets (at most {@code parallel} handshakes at a
 * time), prints {@code open <n>} once all are open, then holds them, sending nothing but a ping on
 * each every 20 s (so that the server's idle timeout does not close them), until it is killed. A
 * socket that fails or closes ends the program with a message: the count must be exact.
 *
 * <p>Arguments: host port path sockets [parallel]
 */
public final class WsIdleClient {
    private static final long PING_MILLIS = 20_000;

    private final WebSocketClient client;
    private final WebSocketConnectOptions target;
    private final int sockets;
    private final List<WebSocket> open = new ArrayList<>();
    private int started;

    private WsIdleClient(Vertx vertx, String host, int port, String path, int sockets) {
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(sockets));
        this.target = new WebSocketConnectOptions().setHost(host).setPort(port).setURI(path);
        this.sockets = sockets;
    }

    public static void main(String[] args) {
        int sockets = Integer.parseInt(args[3]);
        int parallel = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        WsIdleClient idle = new WsIdleClient(vertx, args[0], Integer.parseInt(args[1]), args[2], sockets);
        // Everything below runs on the client's one event loop.
        vertx.runOnContext(v -> {
            for (int i = 0; i < Math.min(parallel, sockets); i++) {
                idle.connectNext();
            }
        });
        vertx.setPeriodic(PING_MILLIS, id -> idle.open.forEach(ws -> ws.writePing(Buffer.buffer())));
    }

    private void connectNext() {
        if (started == sockets) {
            return;
        }
        started++;
        client.connect(target).onSuccess(ws -> {
            ws.closeHandler(v -> fail("a socket closed (" + ws.closeStatusCode() + " " + ws.closeReason() + ")"));
            open.add(ws);
            if (open.size() == sockets) {
                System.out.println("open " + sockets);
                System.out.flush();
            }
            connectNext();
        }).onFailure(e -> fail("connect failed after " + open.size() + " sockets: " + e));
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
