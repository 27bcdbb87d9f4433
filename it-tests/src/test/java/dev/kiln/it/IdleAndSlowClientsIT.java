package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scaled-down form of {@code it-tests/bench/idle-slow-clients.sh}: 500 idle keep-alive
 * connections (kept open: {@code headerReadTimeout} raised) and 50 slow readers of endless event streams on one event loop, and a fresh client is
 * still served; the idle connections still answer on keep-alive, every slow reader still receives.
 */
class IdleAndSlowClientsIT {
    private static final int IDLE = 500;
    private static final int SLOW = 50;
    private static final String GET = "GET /streams/stream?count=1 HTTP/1.1\r\nHost: it\r\n\r\n";

    @Test
    void freshClientsAreServedBesideIdleConnectionsAndSlowReaders() throws Exception {
        List<Socket> idle = new ArrayList<>();
        List<Socket> slow = new ArrayList<>();
        // Kiln closes a keep-alive connection idle for headerReadTimeout (10 s): raised, so that all
        // 500 stay open while the machine is slow to open them, as a balancer's pool would keep them.
        try (TestClient client = TestClient.start(Kiln.app().instances(1).headerReadTimeout(Duration.ofMinutes(5)))) {
            int port = client.app().port();
            for (int i = 0; i < IDLE; i++) {
                Socket socket = connect(port, 0);
                idle.add(socket);
                assertEquals(200, exchange(socket), "idle connection " + i);
            }
            for (int i = 0; i < SLOW; i++) {
                Socket socket = connect(port, 4096);
                slow.add(socket);
                socket.getOutputStream()
                        .write(
                                ("GET /streams/endless/read-stream?size=1000&probe=slow-reader HTTP/1.1\r\nHost: it\r\n\r\n")
                                        .getBytes(StandardCharsets.US_ASCII));
                assertTrue(socket.getInputStream().read() >= 0, "slow reader " + i + " got its answer's start");
            }
            // The slow readers take a little each, round after round, while fresh clients come.
            for (int round = 0; round < 5; round++) {
                for (Socket socket : slow) {
                    byte[] some = new byte[512];
                    assertTrue(socket.getInputStream().read(some) > 0, "a slow reader still receives");
                }
                try (Socket fresh = connect(port, 0)) {
                    assertEquals(200, exchange(fresh), "a fresh client is served (round " + round + ")");
                }
            }
            for (int i = 0; i < IDLE; i += 50) {
                assertEquals(200, exchange(idle.get(i)), "idle connection " + i + " still answers on keep-alive");
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /**
     * Readers of streams pulled on a worker pool of 2 threads and 2 queued places: 12 of them, more
     * than the pool admits, each answered 200 and still receiving while they all read (so their
     * streams pull), and the pool's other operations answered meanwhile: pulls take the pool's threads
     * between them, never its queue, and a reader holds nothing of the pool between pulls.
     */
    @Test
    void moreReadersOfWorkerPulledStreamsThanThePoolAdmitsAreAllServed() throws Exception {
        int readers = 12;
        List<Socket> streams = new ArrayList<>();
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).workerPool("streams", 2).workerQueue("streams", 2))) {
            int port = client.app().port();
            for (int i = 0; i < readers; i++) {
                Socket socket = connect(port, 4096);
                streams.add(socket);
                socket.getOutputStream()
                        .write(("GET /streams/iterator?count=-1&probe=pulled-" + i + " HTTP/1.1\r\nHost: it\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertEquals("HTTP/1.1 200", status, "reader " + i + " of a worker-pulled stream");
            }
            for (int round = 0; round < 3; round++) {
                // Every reader takes 256 KiB, more than its socket buffers hold: its stream pulls again.
                List<Thread> reading = new ArrayList<>();
                List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
                for (Socket socket : streams) {
                    Thread thread = new Thread(() -> {
                        try {
                            assertEquals(256 * 1024, socket.getInputStream().readNBytes(256 * 1024).length);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    });
                    thread.start();
                    reading.add(thread);
                }
                // Meanwhile two operations of the same pool at once, as many as its queue holds.
                try (Socket first = connect(port, 0);
                        Socket second = connect(port, 0)) {
                    String get = "GET /streams/iterator?count=3&probe=short HTTP/1.1\r\nHost: it\r\n\r\n";
                    first.getOutputStream().write(get.getBytes(StandardCharsets.US_ASCII));
                    second.getOutputStream().write(get.getBytes(StandardCharsets.US_ASCII));
                    assertEquals(
                            200, answer(first), "an operation of the pool beside the streams (round " + round + ")");
                    assertEquals(200, answer(second), "a second one at once (round " + round + ")");
                }
                for (Thread thread : reading) {
                    thread.join(30_000);
                }
                assertEquals(List.of(), failures, "every reader still receives (round " + round + ")");
            }
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }

    private static Socket connect(int port, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return socket;
    }

    /** Sends one GET on a kept-alive connection and reads its chunked answer to the end; the status. */
    private static int exchange(Socket socket) throws IOException {
        socket.getOutputStream().write(GET.getBytes(StandardCharsets.US_ASCII));
        return answer(socket);
    }

    /** Reads a chunked 200 answer to its end; the status (of another answer, only its status line is read). */
    private static int answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder(new String(in.readNBytes(12), StandardCharsets.US_ASCII));
        if (!answer.toString().equals("HTTP/1.1 200")) {
            return Integer.parseInt(answer.substring(9, 12));
        }
        while (!answer.toString().endsWith("\r\n0\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed mid-answer: " + answer);
            }
            answer.append((char) b);
        }
        return Integer.parseInt(answer.substring(9, 12));
    }
}
