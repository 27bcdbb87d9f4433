package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Checks;
import dev.kiln.runtime.bind.Loc;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where settings come from, in order, and what a bad one looks like in the startup error. */
class SettingsSourceTest {
    @TempDir
    Path directory;

    private SettingsSource source(
            Map<String, String> env, Map<String, String> properties, String dotEnv, String... secrets)
            throws IOException {
        Path file = directory.resolve(".env");
        if (dotEnv != null) {
            Files.writeString(file, dotEnv);
        }
        return new SettingsSource("Config", env, properties::get, file, Set.of(secrets));
    }

    @Test
    void theEnvironmentWinsThenSystemPropertiesThenDotEnv() throws IOException {
        SettingsSource source = source(
                Map.of("APP_A", "env"),
                Map.of("app.a", "property", "app.b", "property"),
                "APP_A=file\nAPP_B=file\nAPP_C=file\n");
        assertEquals("env", source.value("APP_A", "app.a"));
        assertEquals("property", source.value("APP_B", "app.b"));
        assertEquals("file", source.value("APP_C", "app.c"));
        assertEquals(null, source.value("APP_D", "app.d"));
    }

    @Test
    void aListIsSplitAtCommasEachItemTrimmedBlankOnesLeftOut() throws IOException {
        SettingsSource source = source(Map.of("APP_HOSTS", " a.example, b.example ,,"), Map.of(), null);
        assertEquals(List.of("a.example", "b.example"), source.values("APP_HOSTS", "app.hosts"));
        assertEquals(List.of(), source.values("APP_NONE", "app.none"));
    }

    @Test
    void oneErrorNamesEveryBadOrMissingVariableWhereItCameFromAndHidesSecrets() throws IOException {
        SettingsSource source =
                source(Map.of("APP_POOL_SIZE", "0"), Map.of("app.token", "x"), "APP_PORTS=80,http\n", "APP_TOKEN");
        ValidationErrors errors = new ValidationErrors();
        Params.required(
                source.value("APP_DATABASE_URL", "app.database-url"),
                Binders.STRING,
                Loc.variable("APP_DATABASE_URL"),
                errors);
        Params.required(
                source.value("APP_POOL_SIZE", "app.pool-size"),
                Binders.INT.check(Checks.min(1)),
                Loc.variable("APP_POOL_SIZE"),
                errors);
        Params.list(source.values("APP_PORTS", "app.ports"), Binders.INT, Loc.variable("APP_PORTS"), errors);
        Params.required(source.value("APP_TOKEN", "app.token"), Binders.INT, Loc.variable("APP_TOKEN"), errors);
        SettingsSource.SettingsException e =
                assertThrows(SettingsSource.SettingsException.class, () -> source.check(errors));
        assertEquals(
                "@Settings Config: 4 variables are missing or invalid (read from the environment, then system "
                        + "properties, then " + directory.resolve(".env") + ")\n"
                        + "  APP_DATABASE_URL: Field required [type=missing]\n"
                        + "  APP_POOL_SIZE (environment): Input should be greater than or equal to 1 "
                        + "[type=greater_than_equal, input_value='0']\n"
                        + "  APP_PORTS.1 (.env): Input should be a valid integer, unable to parse string as an integer "
                        + "[type=int_parsing, input_value='http']\n"
                        + "  APP_TOKEN (system property app.token): Input should be a valid integer, unable to parse "
                        + "string as an integer [type=int_parsing, input hidden: a secret]",
                e.getMessage());
        assertEquals(0, e.getStackTrace().length, "the message says it all");
    }

    @Test
    void whatIsLoggedNamesVariablesAndSourcesNeverValues() throws IOException {
        SettingsSource source =
                source(Map.of("APP_URL", "postgres://secret@db"), Map.of(), "APP_TOKEN=hunter2\n", "APP_TOKEN");
        source.value("APP_URL", "app.url");
        source.value("APP_TOKEN", "app.token");
        source.value("APP_LIMIT", "app.limit");
        java.util.logging.Logger kiln = java.util.logging.Logger.getLogger("dev.kiln");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        kiln.addHandler(handler);
        try {
            source.check(new ValidationErrors());
        } finally {
            kiln.removeHandler(handler);
        }
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(
                "@Settings Config, from the environment, then system properties, then " + directory.resolve(".env")
                        + " (values are not logged):\n"
                        + "  APP_URL    environment\n"
                        + "  APP_TOKEN  .env (secret)\n"
                        + "  APP_LIMIT  not set",
                lines.get(0));
        assertTrue(!lines.get(0).contains("hunter2") && !lines.get(0).contains("postgres"));
    }
}
