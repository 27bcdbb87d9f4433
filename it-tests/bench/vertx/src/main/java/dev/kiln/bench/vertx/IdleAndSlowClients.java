package dev.kiln.bench.vertx;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of {@code idle-slow-clients.sh}: opens {@code idle} keep-alive connections (each
 * asks {@code GET /plaintext} once, then says nothing), then {@code slow} readers of an endless JSON
 * Lines answer ({@code GET /lines}) that take {@code rate} bytes a second each (the socket is paused
 * between reads), over plain sockets on one event loop. Meanwhile a fresh client asks
 * {@code GET /plaintext} once a second on a new connection. Prints one line per second:
 * {@code <seconds> <idle open> <slow open> <slow bytes> <fresh ms> <slow refused>} ({@code fresh ms}
 * -1 when that request failed or took over 10 s; {@code slow refused}: slow readers answered other
 * than 200), and {@code ready} once every connection is open. Runs until killed.
 *
 * <pre>java -cp ... dev.kiln.bench.vertx.IdleAndSlowClients 127.0.0.1 8000 10000 1000 1024</pre>
 */
public final class IdleAndSlowClients {
    private static final Buffer PLAINTEXT = Buffer.buffer("GET /plaintext HTTP/1.1\r\nHost: bench\r\n\r\n");
    private static final Buffer LINES = Buffer.buffer("GET /lines?count=1000000000&size=100 HTTP/1.1\r\nHost: bench\r\n\r\n");

    private IdleAndSlowClients() {}

    public static void main(String[] args) {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int idle = Integer.parseInt(args[2]);
        int slow = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        NetClient client = vertx.createNetClient(new NetClientOptions().setTcpNoDelay(true).setReceiveBufferSize(8192));
        AtomicInteger idleOpen = new AtomicInteger();
        AtomicInteger slowOpen = new AtomicInteger();
        AtomicLong slowBytes = new AtomicLong();
        AtomicInteger slowRefused = new AtomicInteger();
        AtomicLong freshMillis = new AtomicLong(-1);
        long started = System.nanoTime();
        // Connect in batches, so the server's accept queue is never the limit.
        Promise<Void> idleDone = Promise.promise();
        batches(vertx, idle, () -> client.connect(port, host).compose(socket -> {
            Promise<Void> answered = Promise.promise();
            socket.handler(chunk -> answered.tryComplete());
            socket.closeHandler(v -> idleOpen.decrementAndGet());
            idleOpen.incrementAndGet();
            socket.write(PLAINTEXT);
            return answered.future();
        }), idleDone);
        Promise<Void> slowDone = Promise.promise();
        idleDone.future().onComplete(v -> batches(vertx, slow, () -> client.connect(port, host).map(socket -> {
            slowOpen.incrementAndGet();
            socket.closeHandler(c -> slowOpen.decrementAndGet());
            readSlowly(vertx, socket, rate, slowBytes, slowRefused);
            socket.write(LINES);
            return null;
        }), slowDone));
        slowDone.future().onComplete(v -> System.out.println("ready"));
        vertx.setPeriodic(1000, timer -> {
            long sent = System.nanoTime();
            client.connect(port, host)
                    .compose(socket -> {
                        Promise<Void> answered = Promise.promise();
                        socket.handler(chunk -> answered.tryComplete());
                        socket.write(PLAINTEXT);
                        return answered.future().eventually(() -> socket.close());
                    })
                    .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .onComplete(done -> freshMillis.set(done.succeeded() ? (System.nanoTime() - sent) / 1_000_000 : -1));
            System.out.printf(
                    "%d %d %d %d %d %d%n",
                    (System.nanoTime() - started) / 1_000_000_000,
                    idleOpen.get(),
                    slowOpen.get(),
                    slowBytes.get(),
                    freshMillis.get(),
                    slowRefused.get());
        });
    }

    /** Runs {@code open} {@code count} times, 200 at a time, then completes {@code done}. */
    private static void batches(Vertx vertx, int count, java.util.function.Supplier<Future<?>> open, Promise<Void> done) {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger settled = new AtomicInteger();
        if (count == 0) {
            done.complete();
            return;
        }
        vertx.setPeriodic(10, timer -> {
            if (started.get() - settled.get() > 400) {
                return;
            }
            for (int i = 0; i < 200 && started.get() < count; i++) {
                started.incrementAndGet();
                open.get().onComplete(v -> {
                    if (settled.incrementAndGet() == count) {
                        done.tryComplete();
                    }
                });
            }
            if (started.get() >= count) {
                vertx.cancelTimer(timer);
            }
        });
    }

    /**
     * Takes at most {@code rate} bytes a second: the socket is paused after each chunk for as long as it
     * earned. An answer other than 200 (a 503 from a full worker pool) is counted in {@code refused}.
     */
    private static void readSlowly(Vertx vertx, NetSocket socket, int rate, AtomicLong total, AtomicInteger refused) {
        boolean[] first = {true};
        socket.handler(chunk -> {
            if (first[0]) {
                first[0] = false;
                if (!chunk.toString(java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200")) {
                    refused.incrementAndGet();
                }
            }
            total.addAndGet(chunk.length());
            socket.pause();
            long millis = Math.max(1, chunk.length() * 1000L / rate);
            vertx.setTimer(millis, t -> socket.resume());
        });
    }
}
