package dev.kiln.bench.kiln;

import dev.kiln.App;
import dev.kiln.Cors;
import dev.kiln.Kiln;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The Kiln benchmark server: the normal app entry. run.sh passes {@code --port} and
 * {@code --instances 1} (one event loop, like every peer).
 */
public final class BenchApp {
    private BenchApp() {}

    public static void main(String[] args) {
        App app = Kiln.app().title("Kiln benchmark").version("1.0.0");
        // stream-bench.sh serves one folder for the static file benchmark: -Dbench.static=<dir>
        String folder = System.getProperty("bench.static");
        if (folder != null) {
            app.staticFiles("/static", Path.of(folder));
        }
        // form-bench.sh uploads files past the default 100 MiB: -Dbench.maxUpload=<bytes>
        String maxUpload = System.getProperty("bench.maxUpload");
        if (maxUpload != null) {
            app.maxUploadSize(Long.parseLong(maxUpload));
        }
        // middleware-bench.sh: -Dbench.cors=true answers CORS as a browser-facing API does
        if (Boolean.getBoolean("bench.cors")) {
            app.cors(Cors.allowOrigins("https://app.example.com").allowMethods("GET", "POST"));
        }
        // worker-bench.sh: the sleepy pool on virtual threads, or on N platform threads; its queue never refuses
        if (Boolean.getBoolean("bench.virtual")) {
            app.virtualThreads("sleepy");
        }
        app.workerPool("sleepy", Integer.getInteger("bench.sleepyThreads", 10_000));
        app.workerQueue("sleepy", 100_000);
        // idle-slow-clients.sh keeps idle keep-alive connections open past the default 10 s:
        // -Dbench.headerReadTimeout=<seconds>
        String headerReadTimeout = System.getProperty("bench.headerReadTimeout");
        if (headerReadTimeout != null) {
            app.headerReadTimeout(Duration.ofSeconds(Long.parseLong(headerReadTimeout)));
        }
        // idle-slow-clients.sh --send-buffer: each connection's kernel send buffer, fixed (no autotuning)
        Integer sendBuffer = Integer.getInteger("bench.sendBuffer");
        if (sendBuffer != null) {
            app.httpServerOptions(options -> options.setSendBufferSize(sendBuffer));
        }
        app.run(args);
    }
}
