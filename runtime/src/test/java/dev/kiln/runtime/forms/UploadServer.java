package dev.kiln.runtime.forms;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A separate JVM hosting {@link FormsApp} (see {@link LargeUpload}): started with a small heap, it
 * shows uploads are streamed. Prints {@code listening <port>}, runs until its standard input closes.
 */
public final class UploadServer {
    private UploadServer() {}

    public static void main(String[] args) throws Exception {
        Path uploads = Path.of(args[0]);
        RunningApp app = FormsHost.withFormsModule(() -> Kiln.app()
                .instances(1)
                .host("127.0.0.1")
                .port(0)
                .uploadDirectory(uploads)
                .maxUploadSize(Long.MAX_VALUE)
                .bodyReadTimeout(Duration.ofMinutes(10))
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get());
        System.out.println("listening " + app.port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Until the parent closes the pipe (or dies).
        }
        app.close();
    }
}
