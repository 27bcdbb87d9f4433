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

    /**
     * FastAPI's {@code dependency_overrides}: what only the overridden provider needed is not made either.
     * {@code GET /deps/cleanup} takes {@code Flaky}, made from {@code Third} ← {@code Second} ← {@code First};
     * {@code First} and {@code Flaky} read the header {@code X-Run}. With {@code Flaky} overridden none of
     * them runs (no cleanup is recorded for the run) and the header is not required.
     */
    @Test
    void whatOnlyAnOverriddenProviderNeededIsNotMadeAndItsRequestValuesAreNotRequired() throws Exception {
        String run = "skipped-" + java.util.UUID.randomUUID();
        try (TestClient client =
                TestClient.start(Kiln.app().override(Values.Flaky.class, request -> new Values.Flaky("test")))) {
            var withHeader =
                    client.request("GET", "/deps/cleanup").header("X-Run", run).send();
            assertEquals(200, withHeader.status(), withHeader.text());
            var withoutHeader = client.get("/deps/cleanup");
            assertEquals(200, withoutHeader.status(), withoutHeader.text());
        }
        // cleanups run after the answer; a made First or Second would have recorded its close by now
        Thread.sleep(300);
        assertEquals(java.util.List.of(), Events.run(run));
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
