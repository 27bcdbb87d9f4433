package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The threading table of API.md, observed: each operation reports the thread it ran on. */
class ThreadsIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app().workerPool("reports", 2));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static String threadOf(String path) {
        var r = client.get(path);
        if (r.status() != 200) {
            throw new AssertionError(path + " answered " + r.status() + ": " + r.text());
        }
        return r.json().get("thread").asText();
    }

    private static void assertEventLoop(String path) {
        String thread = threadOf(path);
        assertTrue(thread.startsWith("vert.x-eventloop-thread-"), path + " ran on " + thread);
    }

    private static void assertDefaultWorker(String path) {
        String thread = threadOf(path);
        assertTrue(thread.startsWith("vert.x-worker-thread-"), path + " ran on " + thread);
    }

    @Test
    void futureRunsOnTheEventLoop() {
        assertEventLoop("/threads/future");
    }

    @Test
    void completionStageRunsOnTheEventLoop() {
        assertEventLoop("/threads/stage");
    }

    @Test
    void plainValueRunsOnAWorker() {
        assertDefaultWorker("/threads/plain");
        assertDefaultWorker("/threads/static");
    }

    @Test
    void nonBlockingPlainValueRunsOnTheEventLoop() {
        assertEventLoop("/threads/non-blocking");
    }

    @Test
    void blockingFutureRunsOnAWorker() {
        assertDefaultWorker("/threads/blocking-future");
    }

    @Test
    void namedPoolThreadsCarryThePoolName() {
        String thread = threadOf("/threads/reports");
        assertTrue(thread.startsWith("reports"), thread);
    }

    @Test
    void classLevelDefaultAndMethodOverride() {
        assertEventLoop("/class-default/inherited");
        assertDefaultWorker("/class-default/overridden");
    }
}
