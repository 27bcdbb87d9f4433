package dev.kiln.bench.vertx;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ws-broadcast.sh's client: {@code sockets} listeners in one room, spread over two clustered servers
 * (even ones on the first, odd ones on the second), and one sender connected to the first server.
 * Once every listener said {@code joined}, the sender sends {@code rate} messages per second, each
 * its {@link System#nanoTime()}; the server broadcasts it to the room and every listener records
 * receive time - send time (one clock: this process's). The first {@code warmup} seconds are not
 * counted. Prints the latencies (p50, p99, max, in ms) of the listeners on each server and of all,
 * and how many broadcasts did not arrive. Everything runs on one event loop.
 *
 * <p>Arguments: host portA portB room sockets rate warmupSeconds seconds
 */
public final class WsBroadcastClient {
    private final int sockets;
    /** Latencies in ns of the listeners on server A (index 0) and B (1), after the warm-up. */
    private final long[][] latencies = new long[2][];
    private final int[] counts = new int[2];
    private long countFrom = Long.MAX_VALUE;
    private long sent;

    private WsBroadcastClient(int sockets, int capacityPerServer) {
        this.sockets = sockets;
        latencies[0] = new long[capacityPerServer];
        latencies[1] = new long[capacityPerServer];
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int[] ports = {Integer.parseInt(args[1]), Integer.parseInt(args[2])};
        String room = args[3];
        int sockets = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        WsBroadcastClient bench = new WsBroadcastClient(sockets, (sockets / 2 + 1) * rate * (seconds + 2));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        // Vert.x opens at most 50 WebSockets per server unless told otherwise.
        WebSocketClient client = vertx.createWebSocketClient(
                new WebSocketClientOptions().setTcpNoDelay(true).setMaxConnections(sockets + 1));
        List<Future<Void>> joined = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            int server = i % 2;
            joined.add(bench.listen(client, new WebSocketConnectOptions()
                    .setHost(host).setPort(ports[server]).setURI("/ws/room/" + room), server));
        }
        WebSocket sender = Future.all(joined)
                .compose(all -> client.connect(new WebSocketConnectOptions()
                        .setHost(host).setPort(ports[0]).setURI("/ws/say/" + room)))
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        long period = Math.max(1, 1000 / rate);
        long timer = vertx.setPeriodic(period, id -> {
            bench.sent++;
            sender.writeTextMessage(Long.toString(System.nanoTime()));
        });
        Thread.sleep(warmup * 1000L);
        vertx.runOnContext(v -> {
            bench.countFrom = System.nanoTime();
            bench.sent = 0;
        });
        Thread.sleep(seconds * 1000L);
        vertx.cancelTimer(timer);
        // the last broadcasts have a second to arrive
        Thread.sleep(1000);
        Promise<Void> reported = Promise.promise();
        vertx.runOnContext(v -> {
            bench.report(period);
            reported.complete();
        });
        reported.future().toCompletionStage().toCompletableFuture().get();
        System.exit(0);
    }

    private Future<Void> listen(WebSocketClient client, WebSocketConnectOptions target, int server) {
        Promise<Void> joined = Promise.promise();
        client.connect(target).onSuccess(ws -> ws.textMessageHandler(text -> {
            if (text.equals("joined")) {
                joined.complete();
                return;
            }
            long sentAt = Long.parseLong(text);
            if (sentAt >= countFrom && counts[server] < latencies[server].length) {
                latencies[server][counts[server]++] = System.nanoTime() - sentAt;
            }
        })).onFailure(joined::fail);
        return joined.future();
    }

    private void report(long period) {
        System.out.printf("%d listeners, a broadcast every %d ms, %d broadcasts counted%n", sockets, period, sent);
        long[] all = new long[counts[0] + counts[1]];
        System.arraycopy(latencies[0], 0, all, 0, counts[0]);
        System.arraycopy(latencies[1], 0, all, counts[0], counts[1]);
        line("same server as the sender", Arrays.copyOf(latencies[0], counts[0]), sent * ((sockets + 1) / 2));
        line("other server", Arrays.copyOf(latencies[1], counts[1]), sent * (sockets / 2));
        line("all", all, sent * sockets);
    }

    private static void line(String name, long[] values, long expected) {
        Arrays.sort(values);
        if (values.length == 0) {
            System.out.printf("%-26s no message arrived (%d expected)%n", name, expected);
            return;
        }
        System.out.printf("%-26s p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d received, %d missing)%n",
                name, percentile(values, 50), percentile(values, 99), values[values.length - 1] / 1e6,
                values.length, Math.max(0, expected - values.length));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
