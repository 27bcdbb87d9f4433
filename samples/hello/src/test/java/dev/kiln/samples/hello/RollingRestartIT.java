package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many instances for real: three processes of the sample (from the image's layers, see {@link ImageLayers})
 * behind Debian's HAProxy, which health-checks {@code /health/ready}; steady load through HAProxy while
 * each process in turn gets SIGTERM, exits, and is started again. Not one request may fail, and every
 * instance must serve some.
 *
 * <p>The timing that makes it work: on SIGTERM an app answers 503 on {@code /health/ready} at once and
 * keeps serving for its shutdown delay (1500 ms here) before it stops accepting. HAProxy checks every
 * 200 ms and marks a server down after 2 failed checks, so it stops sending requests to it within about
 * 400 ms plus a check's round trip: well inside the delay, so no request is ever sent to a closed
 * listener. HAProxy retries nothing ({@code retries 0}, no {@code redispatch}, no {@code retry-on}): a
 * request that reached a closing app would surface as a failure here, not be hidden by a retry.
 *
 * <p>Bounded: loopback only, ports chosen free by the test, at most 60 s of load.
 */
class RollingRestartIT {
    private static final int INSTANCES = 3;
    private static final int CLIENTS = 3;
    private static final String SHUTDOWN_DELAY = "1500ms";
    private static final long MAX_LOAD_NANOS = TimeUnit.SECONDS.toNanos(60);

    @Test
    void restartingEveryInstanceUnderLoadLosesNoRequest(@TempDir Path dir) throws Exception {
        Path haproxy = haproxy();
        ImageLayers image = ImageLayers.open();
        int[] ports = new int[INSTANCES];
        AppProcess[] apps = new AppProcess[INSTANCES];
        Process balancer = null;
        Load load = null;
        try {
            for (int i = 0; i < INSTANCES; i++) {
                ports[i] = freePort();
                apps[i] = startApp(image, dir, i, ports[i]);
            }
            int front = freePort();
            Path config = dir.resolve("haproxy.cfg");
            Files.writeString(config, haproxyConfig(front, ports));
            balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("haproxy.log").toFile())
                    .start();
            awaitOk("http://127.0.0.1:" + front + "/", balancer, dir.resolve("haproxy.log"));

            load = new Load("http://127.0.0.1:" + front + "/?name=load");
            load.start();
            for (int i = 0; i < INSTANCES; i++) {
                load.awaitServedBy("app" + i, 1, Duration.ofSeconds(10));
            }
            for (int i = 0; i < INSTANCES; i++) {
                String server = "app" + i;
                apps[i].terminate();
                assertTrue(apps[i].process.waitFor(30, TimeUnit.SECONDS), server + " exits after SIGTERM");
                assertEquals(0, apps[i].process.exitValue(), server + " exits cleanly: " + apps[i].output());
                assertTrue(
                        apps[i].output().contains("serving for 1500 ms more"),
                        server + " kept serving for its shutdown delay: " + apps[i].output());
                long servedBefore = load.servedBy(server);
                apps[i] = startApp(image, dir, i, ports[i]);
                load.awaitServedBy(server, servedBefore + 1, Duration.ofSeconds(15));
            }
            Thread.sleep(500);
            load.stop();

            Map<String, Long> perInstance = load.perInstance();
            String summary = "requests sent " + load.sent.sum() + ", answered 200 " + load.ok.sum() + ", failed "
                    + load.failures.size() + ", per instance " + perInstance;
            System.out.println("Rolling restart behind HAProxy: " + summary);
            assertEquals(List.of(), List.copyOf(load.failures), summary);
            assertEquals(load.sent.sum(), load.ok.sum(), summary);
            for (int i = 0; i < INSTANCES; i++) {
                assertTrue(perInstance.getOrDefault("app" + i, 0L) > 0, "app" + i + " served: " + summary);
            }
        } finally {
            if (load != null) {
                load.stop();
            }
            if (balancer != null) {
                balancer.destroyForcibly();
            }
            for (AppProcess app : apps) {
                if (app != null) {
                    app.close();
                }
            }
        }
    }

    /** HAProxy, or the test is skipped (outside CI) or failed (in CI, where .ci/run installs it). */
    private static Path haproxy() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "haproxy");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if (System.getenv("CI") != null) {
            fail("haproxy is not installed; .ci/run installs Debian's haproxy package");
        }
        Assumptions.abort("haproxy is not installed (apt-get install haproxy): the rolling-restart test is skipped");
        return null;
    }

    private static AppProcess startApp(ImageLayers image, Path dir, int index, int port) throws Exception {
        AppProcess app = AppProcess.start(
                image,
                dir,
                Map.of("KILN_PORT", Integer.toString(port), "KILN_SHUTDOWN_DELAY", SHUTDOWN_DELAY),
                "app" + index);
        assertEquals(port, app.port);
        return app;
    }

    static String haproxyConfig(int front, int[] ports) {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < ports.length; i++) {
            servers.append("    server app")
                    .append(i)
                    .append(" 127.0.0.1:")
                    .append(ports[i])
                    .append(" check\n");
        }
        return """
                global
                    maxconn 256

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    # A healthy instance's check took over 1 s on a loaded machine while a restarted JVM
                    # started on the same cores; two such on both other instances left HAProxy no server
                    # (a slow check, not a lost request: the draining app answers its 503s at once).
                    timeout check 3s
                    # no retry of any kind: a request sent to a closing app must show up as a failure
                    retries 0

                frontend front
                    bind 127.0.0.1:%d
                    default_backend apps

                backend apps
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 200ms fall 2 rise 2
                    http-response set-header X-Served-By %%[srv_name]
                %s""".formatted(front, servers);
    }

    private static void awaitOk(String url, Process balancer, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            if (!balancer.isAlive()) {
                fail("haproxy exited: " + Files.readString(log));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        fail("haproxy did not answer within 15 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    /** {@value #CLIENTS} clients, each on its own keep-alive connection, sending one request after another. */
    private static final class Load {
        final LongAdder sent = new LongAdder();
        final LongAdder ok = new LongAdder();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final URI uri;
        private final long deadline = System.nanoTime() + MAX_LOAD_NANOS;

        Load(String url) {
            this.uri = URI.create(url);
        }

        void start() {
            for (int c = 0; c < CLIENTS; c++) {
                Thread thread = new Thread(this::run, "load-" + c);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void run() {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpRequest request =
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
            while (running.get() && System.nanoTime() < deadline) {
                sent.increment();
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    String server = response.headers().firstValue("x-served-by").orElse("?");
                    if (response.statusCode() == 200 && response.body().equals("Hello, load!")) {
                        ok.increment();
                        served.computeIfAbsent(server, s -> new AtomicLong()).incrementAndGet();
                    } else {
                        failures.add(response.statusCode() + " from " + server + ": " + response.body());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }

        long servedBy(String server) {
            AtomicLong count = served.get(server);
            return count == null ? 0 : count.get();
        }

        void awaitServedBy(String server, long atLeast, Duration within) throws InterruptedException {
            long until = System.nanoTime() + within.toNanos();
            while (servedBy(server) < atLeast && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(servedBy(server) >= atLeast, server + " serves through HAProxy: " + perInstance());
        }

        Map<String, Long> perInstance() {
            Map<String, Long> counts = new TreeMap<>();
            served.forEach((server, count) -> counts.put(server, count.get()));
            return counts;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(15_000);
            }
        }
    }
}
