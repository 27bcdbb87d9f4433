package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Settings} (the third app's {@code ShopSettings}): bound at startup from the environment, then
 * system properties, then {@code .env} in the working directory, then defaults; a singleton dependency; the
 * startup log names each variable and where it was found, never a value; every bad or missing variable in
 * one error, and {@code run} exits 1.
 */
class SettingsIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @AfterEach
    void clear() {
        System.clearProperty("shop.pool-size");
        System.clearProperty("shop.allowed-hosts");
    }

    @Test
    void theRecordIsBoundAtStartupAndTakenLikeAnySingleton() {
        System.setProperty("shop.pool-size", "7");
        System.setProperty("shop.allowed-hosts", "a.example, b.example");
        try (TestClient client = ThirdApp.start(Kiln.app().instances(1))) {
            assertEquals(
                    "{\"databaseUrl\":\"postgres://db.test/shop\",\"poolSize\":7,\"sentryDsn\":null,"
                            + "\"allowedHosts\":[\"a.example\",\"b.example\"],\"apiToken\":false}",
                    client.get("/third/settings").text());
        }
    }

    @Test
    void theEnvironmentWinsOverSystemPropertiesWhichWinOverDotEnvAndNoValueIsLogged(@TempDir Path directory)
            throws Exception {
        Files.writeString(directory.resolve(".env"), """
                # the shop's local settings
                SHOP_DATABASE_URL=postgres://from-dotenv/shop
                export SHOP_POOL_SIZE=3
                SHOP_SENTRY_DSN="https://public@sentry.example/1"   # quoted
                SHOP_API_TOKEN='s3cret-token-value'
                """);
        try (ThirdAppProcess app = ThirdAppProcess.start(
                directory,
                Map.of("SHOP_POOL_SIZE", "9"),
                List.of("-Dshop.database-url=postgres://from-property/shop"))) {
            Matcher listening = LISTENING.matcher(app.awaitLine("listening on", 60));
            assertTrue(listening.find());
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + listening.group(1) + "/third/settings"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    "{\"databaseUrl\":\"postgres://from-property/shop\",\"poolSize\":9,"
                            + "\"sentryDsn\":\"https://public@sentry.example/1\",\"allowedHosts\":[],\"apiToken\":true}",
                    r.body());
            String log = app.output();
            assertTrue(
                    log.contains("@Settings ShopSettings, from the environment, then system properties, then "
                            + directory.toRealPath().resolve(".env") + " (values are not logged):"),
                    log);
            assertTrue(log.contains("  SHOP_DATABASE_URL   system property shop.database-url\n"), log);
            assertTrue(log.contains("  SHOP_POOL_SIZE      environment\n"), log);
            assertTrue(log.contains("  SHOP_SENTRY_DSN     .env\n"), log);
            assertTrue(log.contains("  SHOP_ALLOWED_HOSTS  not set\n"), log);
            assertTrue(log.contains("  SHOP_API_TOKEN      .env (secret)"), log);
            for (String value : List.of("from-property", "from-dotenv", "sentry.example", "s3cret")) {
                assertFalse(log.contains(value), "a value was logged: " + value + "\n" + log);
            }
        }
    }

    @Test
    void everyBadOrMissingVariableIsNamedInOneErrorAndRunExitsOne(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve(".env"), "SHOP_API_TOKEN=short\n");
        try (ThirdAppProcess app = ThirdAppProcess.start(directory, Map.of("SHOP_POOL_SIZE", "0"), List.of())) {
            assertEquals(1, app.exitStatus(60), app.output());
            String log = app.output();
            assertTrue(
                    log.contains("The app did not start: @Settings ShopSettings: 3 variables are missing or invalid "
                            + "(read from the environment, then system properties, then "),
                    log);
            assertTrue(log.contains("  SHOP_DATABASE_URL: Field required [type=missing]"), log);
            assertTrue(
                    log.contains("  SHOP_POOL_SIZE (environment): Input should be greater than or equal to 1 "
                            + "[type=greater_than_equal, input_value='0']"),
                    log);
            assertTrue(
                    log.contains("  SHOP_API_TOKEN (.env): String should have at least 8 characters "
                            + "[type=string_too_short, input hidden: a secret]"),
                    log);
            assertFalse(log.contains("short]") || log.contains("'short'"), "the secret's value was shown:\n" + log);
            assertFalse(log.contains("\tat "), "no stack trace for bad settings:\n" + log);
            assertFalse(log.contains("listening on"), log);
        }
    }
}
