package dev.kiln;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.impl.AppSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reliability settings of the {@link App} builder reach the settings an app starts with. */
class AppLimitsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        AppSettings limits = Kiln.app().settings();
        assertEquals(10L * 1024 * 1024, limits.maxBodySize());
        assertEquals(8192, limits.maxHeaderSize());
        assertEquals(4096, limits.maxRequestLineLength());
        assertEquals(Duration.ofSeconds(10), limits.headerReadTimeout());
        assertEquals(Duration.ofSeconds(30), limits.bodyReadTimeout());
        assertEquals(Duration.ofSeconds(60), limits.idleTimeout());
        assertEquals(false, limits.decompressRequests());
        assertEquals(256, limits.workerQueue("default"));
        assertEquals(Duration.ofSeconds(20), limits.shutdownGracePeriod());
        assertEquals(Duration.ZERO, limits.shutdownDelay());
    }

    @Test
    void everySettingIsKeptThroughCommandLineAndEnvironment() {
        AppSettings settings = Kiln.app()
                .maxHeaderSize(1000)
                .maxRequestLineLength(200)
                .headerReadTimeout(Duration.ofSeconds(2))
                .bodyReadTimeout(Duration.ofSeconds(3))
                .idleTimeout(Duration.ofSeconds(4))
                .decompressRequests(true)
                .workerQueue(7)
                .workerQueue("reports", 3)
                .shutdownGracePeriod(Duration.ofSeconds(5))
                .settings()
                .withEnvironment(Map.of("KILN_PORT", "0"))
                .withArguments("--instances", "1");
        AppSettings limits = settings;
        assertEquals(1000, limits.maxHeaderSize());
        assertEquals(200, limits.maxRequestLineLength());
        assertEquals(Duration.ofSeconds(2), limits.headerReadTimeout());
        assertEquals(Duration.ofSeconds(3), limits.bodyReadTimeout());
        assertEquals(Duration.ofSeconds(4), limits.idleTimeout());
        assertTrue(limits.decompressRequests());
        assertEquals(7, limits.workerQueue("default"));
        assertEquals(3, limits.workerQueue("reports"));
        assertEquals(Duration.ofSeconds(5), limits.shutdownGracePeriod());
    }

    @Test
    void impossibleValuesAreRefusedAtOnce() {
        App app = Kiln.app();
        assertThrows(IllegalArgumentException.class, () -> app.maxHeaderSize(0));
        assertThrows(IllegalArgumentException.class, () -> app.maxRequestLineLength(-1));
        assertThrows(IllegalArgumentException.class, () -> app.headerReadTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> app.bodyReadTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> app.idleTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> app.workerQueue("reports", -1));
        assertThrows(IllegalArgumentException.class, () -> app.shutdownGracePeriod(Duration.ofMillis(-1)));
        assertEquals(0, app.workerQueue(0).settings().workerQueue("x"), "no queue at all is allowed");
    }
}
