package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.it.deps.Events;
import dev.kiln.it.deps.Values;
import dev.kiln.testing.TestClient;
import org.junit.jupiter.api.Test;

/** {@code App.override} replaces providers in tests (FastAPI's {@code dependency_overrides}); the singletons' lifespan. */
class DependenciesLifespanIT {
    @Test
    void anOverriddenProviderIsNotCalledAndItsRequestValuesAreNotRequired() {
        try (TestClient client = TestClient.start(
                Kiln.app().override(Values.User.class, request -> new Values.User("tester:" + request.method())))) {
            var me = client.get("/deps/me");
            assertEquals(200, me.status(), me.text());
            assertEquals("tester:GET", me.json().get("name").asText());
            var threads = client.get("/deps/threads");
            assertEquals(200, threads.status(), threads.text());
            assertEquals("tester:GET@main-store", threads.json().get("db").asText());
        }
    }

    @Test
    void anAsyncSingletonIsMadeBeforeTheAppListens() {
        long before = Events.startup().stream().filter("store made"::equals).count();
        try (TestClient client = TestClient.start(Kiln.app())) {
            // Deps.store completes 100 ms after it was called; start() only completes once it did.
            assertEquals(
                    before + 1,
                    Events.startup().stream().filter("store made"::equals).count());
            assertEquals(200, client.get("/deps/startup").status());
        }
    }

    @Test
    void aSingletonCanBeOverriddenAndSingletonsAreClosedAtShutdown() {
        int closedBefore =
                (int) Events.startup().stream().filter("store closed"::equals).count();
        try (TestClient client =
                TestClient.start(Kiln.app().override(Values.Config.class, request -> new Values.Config("test")))) {
            var r = client.get("/deps/startup");
            assertEquals("test", r.json().get("config").asText());
            assertEquals("test-store", r.json().get("store").asText());
        }
        long closedAfter =
                Events.startup().stream().filter("store closed"::equals).count();
        assertTrue(closedAfter > closedBefore, "the AutoCloseable singleton was closed at shutdown");
    }
}
