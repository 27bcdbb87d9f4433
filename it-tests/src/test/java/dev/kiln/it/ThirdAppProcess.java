package dev.kiln.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The third app (with the it-test app) run as a program in a JVM of its own ({@code ThirdMain}, which
 * calls {@code App.run}), with the environment, system properties and working directory a test gives
 * it: what settings and exit statuses need.
 */
final class ThirdAppProcess implements AutoCloseable {
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ThirdAppProcess(Process process) {
        this.process = process;
        this.reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            output.add(line);
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                },
                "third-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java [properties] dev.kiln.it.third.ThirdMain --port 0} in {@code directory}, with
     * {@code environment} added to this JVM's (a {@code null} value removes a variable).
     */
    static ThirdAppProcess start(Path directory, Map<String, String> environment, List<String> properties) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-cp");
        command.add(System.getProperty("java.class.path")
                + File.pathSeparator
                + CompiledApart.classes("third-app").toAbsolutePath());
        command.addAll(properties);
        command.addAll(List.of("dev.kiln.it.third.ThirdMain", "--port", "0", "--host", "127.0.0.1"));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            return new ThirdAppProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to exit and returns its status; fails after {@code seconds}. */
    int exitStatus(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /** Waits until a line contains {@code text}; fails after {@code seconds} or when the process ends first. */
    String awaitLine(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line with \"" + text + "\":\n" + output());
    }

    /** Everything it printed so far. */
    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: a graceful shutdown
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
