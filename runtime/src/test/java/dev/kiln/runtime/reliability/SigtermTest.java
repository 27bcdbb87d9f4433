package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@code App.run} in its own JVM: SIGTERM lets the requests in flight finish, then the process exits. */
class SigtermTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sigtermDrainsInFlightRequestsAndExits() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.kiln.runtime.testapp.Main",
                        "--port",
                        "0",
                        "--instances",
                        "1")
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            output.add(line);
                            Matcher m = LISTENING.matcher(line);
                            if (m.find()) {
                                port.complete(Integer.parseInt(m.group(1)));
                            }
                        }
                    } catch (Exception e) {
                        port.completeExceptionally(e);
                    }
                },
                "sigterm-test-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int appPort = port.get(30, TimeUnit.SECONDS);
            // A first request loads the request path's classes: on a busy machine that took longer
            // than the half second the three below are given to reach their workers.
            assertEquals(
                    200,
                    RawHttp.once(appPort, "GET /work/0 HTTP/1.1\r\nHost: a\r\n\r\n")
                            .status());
            List<CompletableFuture<RawHttp.Answer>> requests = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return RawHttp.once(appPort, "GET /work/1500 HTTP/1.1\r\nHost: a\r\n\r\n");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            Thread.sleep(500); // the three are on workers now
            // Not Process.destroy(): it sends SIGTERM too, but closes our end of the output at once.
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                            .start()
                            .waitFor());
            for (CompletableFuture<RawHttp.Answer> request : requests) {
                RawHttp.Answer answer = request.get(20, TimeUnit.SECONDS);
                assertEquals(200, answer.status(), "an in-flight request finishes after SIGTERM");
                assertEquals("close", answer.header("connection"));
            }
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the process exits");
            reader.join(5000);
            assertEquals(0, process.exitValue(), "a graceful exit");
            assertNotNull(
                    output.stream()
                            .filter(l -> l.contains("Shutting down: 6 request(s)"))
                            .findFirst()
                            .orElse(null),
                    "the shutdown is logged (three requests, three worker tasks): " + output);
            assertNotNull(
                    output.stream()
                            .filter(l -> l.contains("Stopped"))
                            .findFirst()
                            .orElse(null),
                    "the shutdown ran to its end: " + output);
        } finally {
            process.destroyForcibly();
        }
    }
}
