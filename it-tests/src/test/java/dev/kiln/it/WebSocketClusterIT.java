package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.testing.TestWebSocket;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rooms across processes: two JVMs ({@link ClusterNode}) whose event buses are clustered by Hazelcast on
 * loopback; a broadcast posted to either reaches the sockets of both.
 */
class WebSocketClusterIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aBroadcastReachesTheSocketsOfEveryProcess() throws Exception {
        String cluster = "kiln-it-" + UUID.randomUUID();
        int first = freePort();
        int second = freePort();
        try (Node a = Node.start(cluster, first, second);
                Node b = Node.start(cluster, second, first)) {
            int portA = a.port();
            int portB = b.port();
            HttpClient http = HttpClient.newHttpClient();
            TestWebSocket onA = connect(portA);
            TestWebSocket onB = connect(portB);
            onA.sendText("join lobby");
            onB.sendText("join lobby");
            assertEquals("joined", onA.receiveText(WAIT));
            assertEquals("joined", onB.receiveText(WAIT));
            post(http, portA, "from a");
            assertEquals("from a", onA.receiveText(WAIT));
            assertEquals("from a", onB.receiveText(WAIT));
            post(http, portB, "from b");
            assertEquals("from b", onA.receiveText(WAIT));
            assertEquals("from b", onB.receiveText(WAIT));
            onA.close();
            onB.close();
        }
    }

    private static TestWebSocket connect(int port) {
        return TestWebSocket.connect(URI.create("ws://127.0.0.1:" + port + "/ws/echo"));
    }

    private static void post(HttpClient http, int port, String text) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ws/rooms/lobby"))
                        .header("content-type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(text))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A {@link ClusterNode} JVM and what it printed. */
    private static final class Node implements AutoCloseable {
        private final Process process;
        private final List<String> output = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Integer> port = new CompletableFuture<>();

        private Node(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        output.add(line);
                        if (line.startsWith("KILN-PORT ")) {
                            port.complete(Integer.parseInt(line.substring(10).strip()));
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
                port.completeExceptionally(new AssertionError("the node ended:\n" + String.join("\n", output)));
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Node start(String cluster, int own, int other) throws IOException {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ClusterNode.class.getName(),
                    cluster,
                    String.valueOf(own),
                    String.valueOf(other));
            return new Node(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .directory(new File(System.getProperty("user.dir")))
                    .start());
        }

        int port() throws Exception {
            return port.get(120, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
