package dev.kiln.runtime.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MiB file uploaded to a server JVM whose heap is 64 MiB: it arrives whole, so it was streamed
 * to disk, never held in memory.
 */
class LargeUploadTest {
    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path uploads;

    @Test
    void aFileLargerThanTheHeapIsStreamedToDisk() throws Exception {
        try (LargeUpload run = LargeUpload.start(uploads, List.of("-Xmx64m", "-XX:+UseSerialGC"))) {
            LargeUpload.Result result = run.upload(SIZE);
            assertEquals(200, result.status(), result.body().toString());
            JsonNode file = result.body().get(0);
            assertEquals(SIZE, file.get("size").asLong());
            assertEquals(result.sentSha256(), file.get("sha256").asText());
            assertEquals(uploads, Path.of(file.get("path").asText()).getParent());
            assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(10)));
        }
    }
}
