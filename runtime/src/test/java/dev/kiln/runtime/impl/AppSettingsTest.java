package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSettingsTest {
    private final AppSettings builder =
            AppSettings.defaults().withHost("0.0.0.0").withPort(9000).withInstances(3);

    @Test
    void commandLineBeatsEnvironmentBeatsBuilder() {
        AppSettings s = builder.withEnvironment(Map.of("KILN_PORT", "7000", "KILN_INSTANCES", "2"))
                .withArguments("--port", "6000");
        assertEquals(6000, s.port());
        assertEquals(2, s.instances());
        assertEquals("0.0.0.0", s.host());
    }

    @Test
    void equalsFormAndAllOptions() {
        AppSettings s = builder.withArguments("--port=0", "--host=localhost", "--instances", "1");
        assertEquals(0, s.port());
        assertEquals("localhost", s.host());
        assertEquals(1, s.instances());
    }

    @Test
    void defaults() {
        AppSettings d = AppSettings.defaults();
        assertEquals("127.0.0.1", d.host());
        assertEquals(8000, d.port());
        assertEquals(Runtime.getRuntime().availableProcessors(), d.instances());
        assertEquals(10L * 1024 * 1024, d.maxBodySize());
        assertEquals("/openapi.json", d.openapiUrl());
    }

    @Test
    void mistakesAreErrorsNotIgnored() {
        assertThrows(IllegalArgumentException.class, () -> builder.withArguments("--prot", "1"));
        assertThrows(IllegalArgumentException.class, () -> builder.withArguments("--port"));
        assertThrows(IllegalArgumentException.class, () -> builder.withArguments("--port", "eighty"));
        assertThrows(IllegalArgumentException.class, () -> builder.withEnvironment(Map.of("KILN_PORT", "70000")));
        assertThrows(IllegalArgumentException.class, () -> builder.withArguments("--instances", "0"));
    }

    @Test
    void formLimitsDefaultAsStarlettesAndAreChecked() {
        AppSettings d = AppSettings.defaults();
        assertEquals(100L * 1024 * 1024, d.maxUploadSize());
        assertEquals(1000, d.maxFormFields());
        assertEquals(1000, d.maxFiles());
        assertEquals(
                Path.of(System.getProperty("java.io.tmpdir"), "kiln-uploads").toAbsolutePath(), d.uploadDirectory());
        AppSettings s =
                d.withMaxUploadSize(5).withMaxFormFields(0).withMaxFiles(2).withUploadDirectory(Path.of("up"));
        assertEquals(5, s.maxUploadSize());
        assertEquals(0, s.maxFormFields());
        assertEquals(2, s.maxFiles());
        assertEquals(Path.of("up").toAbsolutePath(), s.uploadDirectory());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxUploadSize(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxFormFields(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxFiles(-1));
        assertThrows(NullPointerException.class, () -> d.withUploadDirectory(null));
    }

    @Test
    void aChangeIsACopyAndTheOriginalKeepsItsValues() {
        AppSettings before = AppSettings.defaults().withWorkerPool("reports", 2);
        AppSettings after = before.withPort(0).withWorkerPool("reports", 5).withWorkerQueue("reports", 1);
        assertEquals(8000, before.port());
        assertEquals(2, before.workerPoolSize("reports"));
        assertEquals(256, before.workerQueue("reports"));
        assertEquals(0, after.port());
        assertEquals(5, after.workerPoolSize("reports"));
        assertEquals(1, after.workerQueue("reports"));
        assertEquals(AppSettings.DEFAULT_WORKER_POOL_SIZE, after.workerPoolSize("other"));
    }
}
