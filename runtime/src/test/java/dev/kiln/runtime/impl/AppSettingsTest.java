package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
