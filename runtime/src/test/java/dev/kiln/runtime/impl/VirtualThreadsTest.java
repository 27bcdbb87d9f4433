package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import org.junit.jupiter.api.Test;

/**
 * {@code App.virtualThreads(pool)}: on Java 21+ (the build runs this class a second time on a Java 21+
 * JVM when one is installed: the {@code virtual-threads} profile of this module's pom) the pool's work
 * runs on virtual threads; on Java 17 the start fails saying why.
 */
class VirtualThreadsTest {
    private static boolean hasVirtualThreads() {
        return Runtime.version().feature() >= 21;
    }

    @Test
    void aPoolOnVirtualThreadsRunsEachPieceOfWorkOnAVirtualThreadNamedAfterIt() {
        assumeTrue(hasVirtualThreads(), "virtual threads need Java 21+; this JVM is " + Runtime.version());
        try (TestClient client = TestClient.start(Kiln.app().virtualThreads("reports"))) {
            String reports = client.get("/threads/reports").json().asText();
            assertTrue(reports.startsWith("reports-virtual-"), reports);
            // The other pools keep their platform threads; hops between pools work as before.
            assertTrue(client.get("/threads/default").json().asText().startsWith("vert.x-worker-thread-"));
            String[] hops = client.get("/threads/after-worker").json().asText().split(" ");
            assertTrue(hops[0].startsWith("reports-virtual-"), hops[0]);
            assertTrue(hops[1].startsWith("vert.x-worker-thread-"), hops[1]);
            assertTrue(hops[2].startsWith("vert.x-eventloop-thread-"), hops[2]);
        }
    }

    @Test
    void theDefaultPoolCanRunOnVirtualThreadsToo() {
        assumeTrue(hasVirtualThreads(), "virtual threads need Java 21+; this JVM is " + Runtime.version());
        try (TestClient client = TestClient.start(Kiln.app().virtualThreads("default"))) {
            String name = client.get("/threads/default").json().asText();
            assertTrue(name.startsWith("default-virtual-"), name);
            assertEquals(
                    204,
                    client.request("DELETE", "/items/" + java.util.UUID.randomUUID())
                            .send()
                            .status());
        }
    }

    @Test
    void onJava17TheStartFailsNamingThePoolAndTheJavaVersion() {
        assumeTrue(!hasVirtualThreads(), "this JVM has virtual threads");
        var failure = assertThrows(
                RuntimeException.class, () -> TestClient.start(Kiln.app().virtualThreads("reports")));
        String message = String.valueOf(failure.getMessage()) + " " + failure.getCause();
        assertTrue(message.contains("App.virtualThreads(\"reports\") needs Java 21 or newer"), message);
    }
}
