package dev.kiln.bench.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of the SSE benchmark: opens {@code connections} event streams to
 * {@code http://host:port/path} over plain sockets (no HTTP client in between, so the client costs
 * little), counts the events ({@code data:} lines) they receive, and prints one line per second:
 * {@code <seconds> <open connections> <events so far>}. Runs until killed.
 *
 * <pre>java -cp ... dev.kiln.bench.vertx.SseClients 127.0.0.1 8000 /events 10000</pre>
 */
public final class SseClients {
    private SseClients() {}

    public static void main(String[] args) {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        int connections = Integer.parseInt(args[3]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        NetClient client = vertx.createNetClient(new NetClientOptions().setTcpNoDelay(true));
        AtomicInteger open = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        Buffer request = Buffer.buffer("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n\r\n");
        // Connect in batches, so the server's accept queue is never the limit.
        long started = System.nanoTime();
        vertx.setPeriodic(10, timer -> {
            for (int i = 0; i < 200 && open.get() + failed.get() < connections; i++) {
                open.incrementAndGet();
                client.connect(port, host).onSuccess(socket -> {
                    int[] state = {0};
                    socket.handler(chunk -> events.addAndGet(countData(chunk, state)));
                    socket.closeHandler(v -> open.decrementAndGet());
                    socket.write(request);
                }).onFailure(e -> {
                    open.decrementAndGet();
                    failed.incrementAndGet();
                });
            }
            if (open.get() + failed.get() >= connections) {
                vertx.cancelTimer(timer);
            }
        });
        vertx.setPeriodic(1000, timer -> System.out.printf(
                "%d %d %d %d%n", (System.nanoTime() - started) / 1_000_000_000, open.get(), events.get(), failed.get()));
    }

    /** The {@code "\ndata:"} sequences in a chunk, the match state carried across chunks. */
    private static int countData(Buffer chunk, int[] state) {
        byte[] pattern = {'\n', 'd', 'a', 't', 'a', ':'};
        int found = 0;
        int s = state[0];
        for (int i = 0; i < chunk.length(); i++) {
            byte b = chunk.getByte(i);
            if (b == pattern[s]) {
                s++;
                if (s == pattern.length) {
                    found++;
                    s = 0;
                }
            } else {
                s = b == '\n' ? 1 : 0;
            }
        }
        state[0] = s;
        return found;
    }
}
