package dev.kiln.samples.hello;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample started from the image's layers as its own process, on a free port of the loopback
 * interface ({@code KILN_PORT=0}, {@code KILN_HOST=127.0.0.1} replace the image's), its output in a file.
 */
final class AppProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    final Process process;
    final Path log;
    final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static AppProcess start(ImageLayers image, Path scratch, Map<String, String> env, String name)
            throws IOException, InterruptedException {
        List<String> command = image.command(scratch);
        // a small heap: several of these run at once on a small machine
        command.add(1, "-Xmx96m");
        command.add(2, "-XX:+UseSerialGC");
        command.add(3, "-XX:TieredStopAtLevel=1");
        command.add(4, "-Xss512k");
        Path log = Files.createTempFile(scratch, name + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(image.environment());
        builder.environment().put("KILN_HOST", "127.0.0.1");
        builder.environment().put("KILN_PORT", "0");
        builder.environment().put("KILN_INSTANCES", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return new AppProcess(process, log, Integer.parseInt(m.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not listen within 60 s: " + Files.readString(log));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGTERM, as Kubernetes and systemd send it ({@code Process.destroy()} sends it too). */
    void terminate() {
        process.destroy();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
