package dev.kiln.samples.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.testing.Multipart;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestEvent;
import dev.kiln.testing.TestResponse;
import dev.kiln.testing.TestStream;
import dev.kiln.testing.TestWebSocket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every flow of the service over real HTTP (the app on a free port), on each {@link TestDatabase}: H2 always,
 * PostgreSQL when {@code KILN_TEST_POSTGRES_URL} is set.
 */
class ServiceFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private TestDatabase database;
    private String databaseUrl;
    private TestClient client;
    private Path uploads;

    private TestClient start(TestDatabase kind) throws Exception {
        return start(kind, false);
    }

    private TestClient start(TestDatabase kind, boolean faultInjection) throws Exception {
        database = kind;
        databaseUrl = kind.create(folder);
        uploads = folder.resolve("uploads");
        ServiceSettings settings = new ServiceSettings(
                databaseUrl,
                4,
                Optional.of("a test key of at least thirty-two bytes"),
                5,
                uploads.toString(),
                1024,
                Optional.of("root"),
                faultInjection);
        client = TestClient.start(ServiceApp.app(settings));
        return client;
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
            client = null;
        }
        if (database != null) {
            database.drop(databaseUrl);
            database = null;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signUpLogInAttachListPatchAndSeeTheChangeLive(TestDatabase kind) throws Exception {
        start(kind);
        TestResponse signedUp = signUp("ada");
        assertEquals(201, signedUp.status(), signedUp.text());
        assertEquals("ada", signedUp.json().get("username").asText());
        assertTrue(signedUp.json().path("password").isMissingNode(), signedUp.text());
        assertEquals(409, signUp("ada").status(), "a user name is taken once");
        String token = logIn("ada", "");
        assertEquals(
                401,
                client.form("/token", Map.of("username", "ada", "password", "wrong password"))
                        .status());

        JsonNode me = authorized("GET", "/users/me", token).send().json();
        assertEquals("ada@example.com", me.get("email").asText());

        JsonNode lamp = created(authorized("POST", "/items", token)
                .json(Map.of("title", "Desk lamp", "description", "brass"))
                .send());
        long lampId = lamp.get("id").asLong();
        byte[] manual = "how to change the bulb".getBytes(StandardCharsets.UTF_8);
        JsonNode attachment = created(authorized("POST", "/items/" + lampId + "/attachments", token)
                .multipart(Multipart.create().file("file", "manual.txt", "text/plain", manual))
                .send());
        assertEquals(manual.length, attachment.get("size").asInt());
        TestResponse download = authorized(
                        "GET",
                        "/items/" + lampId + "/attachments/"
                                + attachment.get("id").asLong(),
                        token)
                .send();
        assertEquals(200, download.status());
        assertArrayEquals(manual, download.bytes());
        assertTrue(
                download.header("Content-Disposition").contains("manual.txt"), download.header("Content-Disposition"));
        assertEquals(
                1,
                authorized("GET", "/items/" + lampId, token)
                        .send()
                        .json()
                        .get("attachments")
                        .size());

        for (String title : List.of("Floor lamp", "Chair", "Lamp shade", "Table")) {
            created(authorized("POST", "/items", token)
                    .json(Map.of("title", title))
                    .send());
        }
        JsonNode lamps = authorized("GET", "/items", token)
                .query("q", "LAMP")
                .query("limit", 2)
                .send()
                .json();
        assertEquals(3, lamps.get("total").asInt(), lamps.toString());
        assertEquals(List.of("Desk lamp", "Floor lamp"), titles(lamps));
        JsonNode secondPage = authorized("GET", "/items", token)
                .query("q", "lamp")
                .query("limit", 2)
                .query("offset", 2)
                .send()
                .json();
        assertEquals(List.of("Lamp shade"), titles(secondPage));
        assertEquals(
                5, authorized("GET", "/items", token).send().json().get("total").asInt());

        try (TestStream events = authorized("GET", "/events", token).stream();
                TestWebSocket socket = client.websocket("/ws/events?token=" + token)) {
            assertEquals(200, events.status());
            assertEquals("subscribed", socket.receiveJson(WAIT).get("type").asText());
            assertTrue(events.header("Content-Type").startsWith("text/event-stream"), events.header("Content-Type"));
            JsonNode patched = authorized("PATCH", "/items/" + lampId, token)
                    .json(Map.of("title", "Reading lamp"))
                    .send()
                    .json();
            assertEquals("Reading lamp", patched.get("title").asText());
            assertEquals("brass", patched.get("description").asText(), "a field left out is left as it was");
            TestEvent event = assertTimeoutPreemptively(WAIT, events::nextEvent);
            assertEquals("updated", event.event());
            assertEquals(lampId, event.json().get("itemId").asLong());
            assertEquals("Reading lamp", event.json().get("item").get("title").asText());
            JsonNode pushed = socket.receiveJson(WAIT);
            assertEquals("updated", pushed.get("type").asText(), "the WebSocket feed sees the change too");
            assertEquals("Reading lamp", pushed.get("item").get("title").asText());

            assertEquals(
                    204, authorized("DELETE", "/items/" + lampId, token).send().status());
            TestEvent deleted = assertTimeoutPreemptively(WAIT, events::nextEvent);
            assertEquals("deleted", deleted.event());
            assertEquals(lampId, deleted.json().get("itemId").asLong());
        }
        assertEquals(404, authorized("GET", "/items/" + lampId, token).send().status());
        try (TestWebSocket forged = client.websocket("/ws/events?token=" + token + "x")) {
            assertEquals(1008, forged.closeStatus(WAIT).code());
        }
        assertTrue(isEmpty(uploads), "the attachment's file goes with its item");

        // the sign-up's background task wrote the welcome e-mail to the outbox
        signUp("root");
        String admin = logIn("root", "items admin");
        JsonNode outbox = awaitOutbox(admin, 2);
        assertEquals("ada@example.com", outbox.get(0).get("recipient").asText());
        assertEquals("Welcome, ada", outbox.get(0).get("subject").asText());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void scopesAndApiKeysDecideWhoGetsIn(TestDatabase kind) throws Exception {
        start(kind);
        signUp("ada");
        String user = logIn("ada", "items admin");
        TestResponse refused = authorized("GET", "/admin/users", user).send();
        assertEquals(403, refused.status(), "a user does not get the admin scope, even when asking for it");
        assertEquals("{\"detail\":\"Not enough permissions\"}", refused.text());

        signUp("root");
        TestResponse users =
                authorized("GET", "/admin/users", logIn("root", "admin")).send();
        assertEquals(200, users.status(), users.text());
        assertEquals(2, users.json().size());
        assertEquals(
                403,
                authorized("GET", "/items", logIn("root", "admin")).send().status(),
                "a token without the items scope");

        TestResponse anonymous = client.get("/items");
        assertEquals(401, anonymous.status());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertEquals(401, authorized("GET", "/items", user + "x").send().status(), "a forged token");

        String key = created(authorized("POST", "/users/me/api-keys", user)
                        .json(Map.of("name", "backup job"))
                        .send())
                .get("key")
                .asText();
        JsonNode made = created(client.request("POST", "/items")
                .header("X-API-Key", key)
                .json(Map.of("title", "made by a machine"))
                .send());
        assertEquals(
                made.get("id").asLong(),
                authorized("GET", "/items", user)
                        .send()
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asLong(),
                "the key acts for the user who made it");
        TestResponse wrongKey =
                client.request("GET", "/items").header("X-API-Key", key + "x").send();
        assertEquals(401, wrongKey.status());
        assertEquals("APIKey", wrongKey.header("WWW-Authenticate"));
        assertEquals(
                403,
                client.request("GET", "/admin/users")
                        .header("X-API-Key", key)
                        .send()
                        .status(),
                "an API key never has the admin scope");
    }

    @Test
    void injectedTransactionFailuresAnswer500AndWriteNothingAndOnlyWhenTheSettingAllowsThem() throws Exception {
        start(TestDatabase.H2);
        signUp("root");
        Map<String, Object> everyTransaction = Map.of("transactionFailureRate", 1.0, "seconds", 2);
        assertEquals(
                404,
                authorized("POST", "/admin/faults", logIn("root", "admin"))
                        .json(everyTransaction)
                        .send()
                        .status(),
                "without APP_FAULT_INJECTION there is no such route");
        stop();

        start(TestDatabase.H2, true);
        signUp("root");
        signUp("ada");
        String admin = logIn("root", "admin");
        String user = logIn("ada", "");
        TestResponse on = authorized("POST", "/admin/faults", admin)
                .json(everyTransaction)
                .send();
        assertEquals(200, on.status(), on.text());
        TestResponse failed = authorized("POST", "/items", user)
                .json(Map.of("title", "never stored"))
                .send();
        assertEquals(500, failed.status(), failed.text());
        assertEquals("{\"detail\":\"Internal Server Error\"}", failed.text());
        // The faults end after their two seconds; then reads work again, and show nothing was stored.
        long deadline = System.nanoTime() + WAIT.toNanos();
        TestResponse page = authorized("GET", "/items", user).send();
        while (page.status() == 500 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = authorized("GET", "/items", user).send();
        }
        assertEquals(200, page.status(), page.text());
        assertEquals(0, page.json().get("total").asInt(), "the failed transaction wrote nothing");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badInputIsRefusedWithEveryError(TestDatabase kind) throws Exception {
        start(kind);
        TestResponse signUp = client.post("/users", Map.of("username", "a!", "email", "nope", "password", "short"));
        assertEquals(422, signUp.status());
        assertEquals(
                List.of("username", "email", "password"),
                signUp.json().get("detail").findValues("loc").stream()
                        .map(loc -> loc.get(1).asText())
                        .toList(),
                signUp.text());

        signUp("ada");
        String token = logIn("ada", "");
        TestResponse page = authorized("GET", "/items", token)
                .query("limit", 0)
                .query("offset", -1)
                .send();
        assertEquals(422, page.status());
        assertEquals(
                List.of("greater_than_equal", "greater_than_equal"),
                page.json().get("detail").findValues("type").stream()
                        .map(JsonNode::asText)
                        .toList(),
                page.text());
        assertEquals(
                422,
                authorized("GET", "/items", token).query("limit", 101).send().status());
        assertEquals(
                422,
                authorized("POST", "/items", token)
                        .json(Map.of("title", " "))
                        .send()
                        .status());
        assertEquals(
                "int_parsing",
                authorized("GET", "/items/abc", token)
                        .send()
                        .json()
                        .get("detail")
                        .get(0)
                        .get("type")
                        .asText());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedOperationWritesNothing(TestDatabase kind) throws Exception {
        start(kind);
        signUp("ada");
        String token = logIn("ada", "");
        TestResponse batch = authorized("POST", "/items/batch", token)
                .json(List.of(Map.of("title", "one"), Map.of("title", "two"), Map.of("title", "one")))
                .send();
        assertEquals(409, batch.status(), batch.text());
        assertEquals("{\"detail\":\"An item titled 'one' already exists\"}", batch.text());
        assertEquals(
                0,
                authorized("GET", "/items", token).send().json().get("total").asInt(),
                "the two items inserted before the conflict were rolled back");

        long id = created(authorized("POST", "/items", token)
                        .json(Map.of("title", "one"))
                        .send())
                .get("id")
                .asLong();
        created(authorized("POST", "/items", token)
                .json(Map.of("title", "three"))
                .send());
        TestResponse renamed = authorized("PATCH", "/items/" + id, token)
                .json(Map.of("title", "two", "description", "kept"))
                .send();
        assertEquals(200, renamed.status(), renamed.text());
        TestResponse clash = authorized("PATCH", "/items/" + id, token)
                .json(Map.of("title", "three", "description", "not stored"))
                .send();
        assertEquals(409, clash.status(), clash.text());
        JsonNode item = authorized("GET", "/items/" + id, token).send().json();
        assertEquals("two", item.get("title").asText());
        assertEquals("kept", item.get("description").asText(), "the refused update changed nothing");

        TestResponse tooLarge = authorized("POST", "/items/" + id + "/attachments", token)
                .multipart(Multipart.create().file("file", "big.bin", "application/octet-stream", new byte[2048]))
                .send();
        assertEquals(413, tooLarge.status());
        TestResponse noItem = authorized("POST", "/items/" + (id + 100) + "/attachments", token)
                .multipart(Multipart.create().file("file", "a.txt", "text/plain", new byte[10]))
                .send();
        assertEquals(404, noItem.status());
        assertTrue(isEmpty(uploads), "no file is kept for a refused upload");
    }

    private TestResponse signUp(String username) {
        return client.post(
                "/users",
                Map.of("username", username, "email", username + "@example.com", "password", "correct horse"));
    }

    /** A token of {@code username} with the scopes asked for ({@code ""}: the default). */
    private String logIn(String username, String scope) {
        TestResponse token =
                client.form("/token", Map.of("username", username, "password", "correct horse", "scope", scope));
        assertEquals(200, token.status(), token.text());
        assertEquals("bearer", token.json().get("token_type").asText());
        return token.json().get("access_token").asText();
    }

    private TestClient.RequestBuilder authorized(String method, String path, String token) {
        return client.request(method, path).header("Authorization", "Bearer " + token);
    }

    private static JsonNode created(TestResponse response) {
        assertEquals(201, response.status(), response.text());
        return response.json();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items").findValues("title").stream()
                .map(JsonNode::asText)
                .toList();
    }

    /** The outbox once it holds {@code count} e-mails (background tasks run after their response). */
    private JsonNode awaitOutbox(String adminToken, int count) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        JsonNode outbox;
        do {
            outbox = authorized("GET", "/admin/outbox", adminToken).send().json();
            if (outbox.size() >= count) {
                return outbox;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < until);
        throw new AssertionError("the outbox still holds " + outbox);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
