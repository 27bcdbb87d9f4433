package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starting, running from the command line, and closing without losing in-flight requests. */
class LifecycleIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static CompletableFuture<HttpResponse<String>> send(int port, String path) {
        return HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void closeLetsInFlightRequestsFinishOnWorkersAndTheEventLoop() throws Exception {
        RunningApp app = Kiln.app()
                .port(0)
                .instances(1)
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        int port = app.port();
        assertTrue(port > 0);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inFlight.add(send(port, "/burgers/blocking?millis=700"));
            inFlight.add(send(port, "/burgers/async?millis=700"));
        }
        // wait until the server has all of them, then close while they are still running
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String peak = send(port, "/burgers/peak").get().body();
            if (peak.contains("\"inFlight\":8")) {
                break;
            }
            Thread.sleep(20);
        }
        app.shutdown().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("{\"burger\":\"ready\"}", r.body());
        }
    }

    @Test
    void runUnderstandsPortAndInstancesFromTheCommandLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.kiln.it.app.ItApp",
                        "--port",
                        "0",
                        "--instances",
                        "1",
                        "--host",
                        "127.0.0.1")
                .redirectErrorStream(true);
        pb.environment().put("KILN_PORT", "1"); // the command line wins over the environment
        Process process = pb.start();
        try {
            StringBuffer log = new StringBuffer();
            Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(
                    () -> {
                        try {
                            for (String line; (line = out.readLine()) != null; ) {
                                log.append(line).append('\n');
                                Matcher m = listening.matcher(line);
                                if (m.find()) {
                                    port.complete(Integer.parseInt(m.group(1)));
                                }
                            }
                        } catch (Exception e) {
                            // the process ended
                        }
                        port.complete(-1);
                    },
                    "it-app-log");
            reader.setDaemon(true);
            reader.start();
            int p = port.get(60, TimeUnit.SECONDS);
            assertTrue(p > 0, log.toString());
            HttpResponse<String> r = send(p, "/responses/json").get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!log.toString().contains("worker[reports]") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(log.toString().contains("/params/path/{itemId}"), "route table logged:\n" + log);
            assertTrue(
                    log.toString().contains("event-loop") && log.toString().contains("worker[reports]"),
                    log.toString());
        } finally {
            process.destroy(); // SIGTERM: graceful shutdown
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exited after SIGTERM");
        }
    }
}
