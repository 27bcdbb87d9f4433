package dev.kiln.bench.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ws-bench.sh's client: {@code connections} WebSockets on one event loop, each with one text message
 * in flight (sent again as soon as its echo arrives). After {@code warmup} seconds it counts echoes for
 * {@code seconds} (it prints {@code counting} as it starts) and prints {@code messages/s <n>}, then exits.
 *
 * <p>Arguments: host port path connections warmupSeconds seconds [messageBytes]
 */
public final class WsEchoClient {
    private WsEchoClient() {}

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        int connections = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String message = "x".repeat(args.length > 6 ? Integer.parseInt(args[6]) : 32);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        // Vert.x opens at most 50 WebSockets per server unless told otherwise (the others wait).
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setTcpNoDelay(true).setMaxConnections(connections));
        AtomicLong echoes = new AtomicLong();
        for (int i = 0; i < connections; i++) {
            client.connect(new WebSocketConnectOptions().setHost(host).setPort(port).setURI(path))
                    .onSuccess(ws -> {
                        ws.textMessageHandler(text -> {
                            echoes.incrementAndGet();
                            ws.writeTextMessage(message);
                        });
                        ws.writeTextMessage(message);
                    })
                    .onFailure(e -> {
                        System.err.println("connect failed: " + e);
                        System.exit(1);
                    });
        }
        Thread.sleep(warmup * 1000L);
        // ws-bench.sh reads the server's CPU time when this line appears, and again when the program ends
        System.out.println("counting");
        System.out.flush();
        long before = echoes.get();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long after = echoes.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("messages/s %.0f%n", (after - before) / elapsed);
        System.exit(0);
    }
}
