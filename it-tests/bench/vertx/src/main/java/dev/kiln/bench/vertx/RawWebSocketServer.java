package dev.kiln.bench.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

/**
 * The floor of ws-bench.sh: Vert.x core on one event loop, a {@code ServerWebSocket} whose text
 * handler writes each message back. Other requests get 404.
 */
public final class RawWebSocketServer {
    private RawWebSocketServer() {}

    public static void main(String[] args) {
        ServerArgs settings = ServerArgs.parse(args);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(settings.instances()));
        vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true))
                .requestHandler(request -> {
                    if (request.path().equals("/ws/echo") && request.canUpgradeToWebSocket()) {
                        request.toWebSocket().onSuccess(ws -> ws.textMessageHandler(ws::writeTextMessage));
                    } else {
                        request.response().setStatusCode(404).end();
                    }
                })
                .listen(settings.port(), settings.host())
                .onSuccess(s -> System.out.println("listening on " + s.actualPort()))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }
}
