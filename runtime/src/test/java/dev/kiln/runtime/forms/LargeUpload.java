package dev.kiln.runtime.forms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * One large upload to an {@link UploadServer} in its own JVM: the client makes the file's bytes as it
 * sends them (nothing is stored on the client), and the server's memory is read from
 * {@code /proc/<pid>/status} before and after.
 *
 * <p>Also a program, for BENCHMARKS.md: {@code LargeUpload <MiB> [server JVM options...]} prints the
 * server's resident memory around one upload of that size.
 */
final class LargeUpload implements AutoCloseable {
    private static final byte[] PATTERN = new byte[64 * 1024];

    static {
        for (int i = 0; i < PATTERN.length; i++) {
            PATTERN[i] = (byte) (i * 131 + (i >> 8));
        }
    }

    final Process server;
    final int port;
    final Path uploads;

    private LargeUpload(Process server, int port, Path uploads) {
        this.server = server;
        this.port = port;
        this.uploads = uploads;
    }

    /** Starts an {@link UploadServer} with these JVM options, its uploads in {@code uploads}. */
    static LargeUpload start(Path uploads, List<String> jvmOptions) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), UploadServer.class.getName(), uploads.toString()));
        Path log = Files.createTempFile("upload-server", ".log");
        Process server = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("listening ")) {
            server.destroyForcibly();
            throw new IOException("the upload server did not start: " + line + "\n" + Files.readString(log));
        }
        return new LargeUpload(
                server, Integer.parseInt(line.substring("listening ".length()).strip()), uploads);
    }

    /** The server's resident memory, {@code VmRSS} or {@code VmHWM} (its peak), in KiB. */
    long memoryKib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException(field + " not in /proc/" + server.pid() + "/status");
    }

    /** What the upload's answer said, and the digest of what was sent. */
    record Result(int status, JsonNode body, String sentSha256, long millis) {}

    /** Uploads one file of {@code bytes} bytes to {@code POST /photos} and reads the answer. */
    Result upload(long bytes) throws Exception {
        String boundary = "kiln-large-upload";
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"large.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /photos HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary="
                                    + boundary + "\r\nContent-Length: " + (head.length + bytes + tail.length)
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            out.write(head);
            for (long sent = 0; sent < bytes; ) {
                int n = (int) Math.min(PATTERN.length, bytes - sent);
                out.write(PATTERN, 0, n);
                sha.update(PATTERN, 0, n);
                sent += n;
            }
            out.write(tail);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            JsonNode body = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            return new Result(
                    status, body, HexFormat.of().formatHex(sha.digest()), (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public void close() throws IOException {
        server.getOutputStream().close();
        try {
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code LargeUpload <MiB> [server JVM options...]}: the server's memory around one upload. */
    public static void main(String[] args) throws Exception {
        long mib = Long.parseLong(args[0]);
        List<String> options = List.of(args).subList(1, args.length);
        Path uploads = Files.createTempDirectory("kiln-upload-rss");
        try (LargeUpload run = start(uploads, options)) {
            // Warm the path (class loading, the first buffers) with a small upload first.
            run.upload(1024 * 1024);
            Thread.sleep(500);
            long before = run.memoryKib("VmRSS");
            Result result = run.upload(mib * 1024 * 1024);
            long after = run.memoryKib("VmRSS");
            long peak = run.memoryKib("VmHWM");
            JsonNode file = result.body().get(0);
            boolean intact = file != null
                    && file.get("size").asLong() == mib * 1024 * 1024
                    && file.get("sha256").asText().equals(result.sentSha256());
            System.out.printf(
                    "upload of %d MiB: status %d, %s, %d ms; server JVM %s%n"
                            + "VmRSS before %d MiB, after %d MiB (growth %d MiB); VmHWM (peak RSS) %d MiB%n",
                    mib,
                    result.status(),
                    intact ? "size and SHA-256 match" : "CONTENT MISMATCH",
                    result.millis(),
                    options.isEmpty() ? "(default options)" : String.join(" ", options),
                    before / 1024,
                    after / 1024,
                    (after - before) / 1024,
                    peak / 1024);
        }
    }
}
