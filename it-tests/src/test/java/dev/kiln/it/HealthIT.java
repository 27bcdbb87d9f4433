package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.it.ops.Readiness;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** {@code @HealthCheck}s compiled by the processor join {@code /health/ready}, each where its method runs. */
class HealthIT {
    @Test
    void checksJoinReadinessNamedAndOnTheirThreads() {
        Readiness.Store store = new Readiness.Store();
        try (TestClient client =
                TestClient.start(Kiln.app().instances(1).health().override(Readiness.Store.class, request -> store))) {
            TestResponse ready = client.get("/health/ready");
            assertEquals(200, ready.status(), ready.text());
            assertEquals("{\"status\":\"UP\",\"checks\":{\"store\":\"UP\",\"timers\":\"UP\"}}", ready.text());
            assertTrue(
                    Readiness.threads.get("store").startsWith("vert.x-worker-thread"),
                    "a boolean check runs on a worker: " + Readiness.threads);
            assertTrue(
                    Readiness.threads.get("timers").startsWith("vert.x-eventloop-thread"),
                    "a Future check runs on the event loop: " + Readiness.threads);

            store.state = Readiness.State.DOWN;
            TestResponse down = client.get("/health/ready");
            assertEquals(503, down.status());
            assertEquals("{\"status\":\"DOWN\",\"checks\":{\"store\":\"DOWN\",\"timers\":\"UP\"}}", down.text());

            store.state = Readiness.State.THROWS;
            assertEquals(503, client.get("/health/ready").status(), "a check that throws is DOWN");
            assertEquals(200, client.get("/health/live").status(), "liveness does not run the checks");

            store.state = Readiness.State.UP;
            assertEquals(200, client.get("/health/ready").status());
        }
    }
}
