package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import dev.kiln.it.ops.LifespanEvents;
import dev.kiln.testing.TestClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @OnStartup} and {@code @OnShutdown} (the third app's {@code Lifecycle}): startup hooks after the
 * singletons and before the server listens, in order, each on its thread; shutdown hooks after the work
 * in flight and before the singletons close; a failing startup hook stops the start, and {@code run}
 * exits 1.
 */
class LifespanIT {
    @BeforeEach
    void clear() {
        LifespanEvents.events.clear();
    }

    @AfterEach
    void noFailure() {
        System.clearProperty("kiln.it.third.fail-startup");
    }

    @Test
    void startupHooksRunInOrderOnTheirThreadsBeforeTheServerListens() {
        try (TestClient client = ThirdApp.start(Kiln.app().instances(1))) {
            // start() completed: the server listens only now, after every startup hook
            List<String> events = List.copyOf(LifespanEvents.events);
            assertEquals(4, events.size(), events.toString());
            assertEquals("journal made", events.get(0), "singletons first: hooks take them");
            assertTrue(events.get(1).startsWith("warm on vert.x-eventloop-thread-"), "order -1, a Future: " + events);
            assertEquals("warm done", events.get(2), "its future is awaited before the next hook");
            assertTrue(events.get(3).startsWith("load on vert.x-worker-thread-"), "a void hook on a worker: " + events);
            assertEquals(200, client.get("/third/orders/1").status());
        }
    }

    @Test
    void shutdownHooksRunAfterTheWorkInFlightAndBeforeTheSingletonsClose() {
        TestClient client = ThirdApp.start(Kiln.app().instances(1));
        assertEquals("\"later\"", client.post("/third/later?millis=300", null).text());
        LifespanEvents.events.clear();
        client.close();
        List<String> events = List.copyOf(LifespanEvents.events);
        assertEquals(4, events.size(), events.toString());
        assertEquals("background task done", events.get(0), "the work in flight first");
        assertTrue(events.get(1).startsWith("drain on io-"), "order -1, @Blocking(pool = \"io\"): " + events);
        assertTrue(events.get(2).startsWith("flush on vert.x-worker-thread-"), events.toString());
        assertEquals("journal closed", events.get(3), "singletons close after the hooks that use them");
    }

    @Test
    void aFailingStartupHookStopsTheStartAndClosesTheSingletons() {
        System.setProperty("kiln.it.third.fail-startup", "true");
        ExecutionException failed = ThirdApp.with(() -> {
            try {
                RunningApp app = Kiln.app()
                        .port(0)
                        .instances(1)
                        .start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
                app.close();
                return null;
            } catch (ExecutionException e) {
                return e;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(failed != null, "the start failed");
        assertEquals(
                "@OnStartup Lifecycle.load failed: java.lang.IllegalStateException: the cache is unreachable",
                failed.getCause().getMessage());
        List<String> events = List.copyOf(LifespanEvents.events);
        assertEquals("journal closed", events.get(events.size() - 1), "singletons made so far are closed: " + events);
        assertFalse(events.stream().anyMatch(e -> e.startsWith("flush")), "no shutdown hook: " + events);
    }

    @Test
    void runExitsWithStatusOneWhenAStartupHookFails(@TempDir Path directory) throws Exception {
        try (ThirdAppProcess app = ThirdAppProcess.start(
                directory,
                Map.of(),
                List.of("-Dkiln.it.third.fail-startup=true", "-Dshop.database-url=postgres://db.test/shop"))) {
            assertEquals(1, app.exitStatus(60), app.output());
            assertTrue(
                    app.output()
                            .contains("The app did not start: @OnStartup Lifecycle.load failed: "
                                    + "java.lang.IllegalStateException: the cache is unreachable"),
                    app.output());
            assertFalse(app.output().contains("listening on"), app.output());
        }
    }
}
