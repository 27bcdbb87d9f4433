package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import dev.kiln.it.tasks.TasksApi;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code BackgroundTasks}: after the response is written, in order, each where it was added; none after
 * an error answer; a failure logged with the request id; a full pool logs, counts and runs nothing; a
 * graceful shutdown waits for the tasks of responses already sent, within the grace period.
 */
class BackgroundTasksIT {
    private static final Logger KILN = Logger.getLogger("dev.kiln");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void clear() {
        TasksApi.log.clear();
        TasksApi.gate = new CountDownLatch(0);
        KILN.addHandler(capture);
    }

    @AfterEach
    void release() {
        TasksApi.gate.countDown();
        KILN.removeHandler(capture);
    }

    @Test
    void tasksRunAfterTheResponseInOrderEachWhereItWasAddedAndAFailureStopsNone() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1).workerPool("reports", 2))) {
            TestResponse r = client.post("/tasks/signup?email=ada@example.org", null);
            assertEquals(200, r.status(), r.text());
            assertEquals("{\"email\":\"ada@example.org\"}", r.text());
            awaitLog(log -> log.contains("async done"));
            List<String> log = List.copyOf(TasksApi.log);
            assertEquals(4, log.size(), log.toString());
            assertTrue(log.get(0).startsWith("mail ada@example.org on vert.x-worker-thread-"), log.toString());
            assertTrue(log.get(1).startsWith("report on reports-"), "add(pool, ...) runs on that pool: " + log);
            assertTrue(
                    log.get(2).startsWith("async on vert.x-eventloop-thread-"), "addAsync on the event loop: " + log);
            assertEquals("async done", log.get(3), "the next task waits for an async task's future");

            LogRecord failed = awaitRecord(m -> m.contains("failed"));
            assertTrue(
                    failed.getMessage()
                            .matches("Background task 2 of 4 \\(worker\\[default]\\) of POST /tasks/signup "
                                    + "\\(TasksApi.signup\\) \\[request [^]]+] failed"),
                    failed.getMessage());
            assertEquals("the mailer is down", failed.getThrown().getMessage());
        }
    }

    @Test
    void aProviderTakesTheSameTasksAsItsOperation() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            assertEquals("\"done\"", client.post("/tasks/audited?who=ada", null).text());
            awaitLog(log -> log.size() == 2);
            assertEquals(List.of("audited ada", "operation task for ada"), TasksApi.log);
        }
    }

    @Test
    void anOperationThatFailsRunsNoneOfItsTasks() {
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            assertEquals(409, client.post("/tasks/conflict", null).status());
            // a later request's tasks run on the same event loop after: by then the first's would have too
            assertEquals(
                    200, client.post("/tasks/signup?email=x@example.org", null).status());
            awaitLog(log -> log.contains("async done"));
            assertFalse(TasksApi.log.contains("ran after a 409"), TasksApi.log.toString());
        }
    }

    @Test
    void theClientHasTheResponseWhileItsTaskRuns() throws Exception {
        TasksApi.gate = new CountDownLatch(1);
        try (TestClient client = TestClient.start(Kiln.app().instances(1))) {
            TestResponse r = client.get("/tasks/gated?name=mail&pool=default");
            assertEquals("sent", r.json().asText());
            awaitLog(log -> log.stream().anyMatch(line -> line.startsWith("mail started")));
            assertFalse(TasksApi.log.contains("mail saw the gate open"), "the task is still waiting");
            TasksApi.gate.countDown(); // opened only once the client had the response
            awaitLog(log -> log.contains("mail saw the gate open"));
        }
    }

    @Test
    void aTaskAFullPoolCannotTakeIsLoggedCountedAndNotRun() {
        TasksApi.gate = new CountDownLatch(1);
        try (TestClient client = TestClient.start(
                Kiln.app().instances(1).metrics().workerPool("tiny", 1).workerQueue("tiny", 0))) {
            assertEquals(200, client.get("/tasks/gated?name=first&pool=tiny").status());
            awaitLog(log -> log.stream().anyMatch(line -> line.startsWith("first started on tiny-")));
            assertEquals(200, client.get("/tasks/gated?name=second&pool=tiny").status());
            LogRecord refused = awaitRecord(m -> m.contains("was not run"));
            assertTrue(
                    refused.getMessage()
                            .matches("Background task 1 of 1 \\(worker\\[tiny]\\) of GET /tasks/gated "
                                    + "\\(TasksApi.gated\\) \\[request [^]]+] was not run: worker\\[tiny] "
                                    + "\\(1 threads, 0 queued at most\\) is full.*"),
                    refused.getMessage());
            String metrics = client.get("/metrics").text();
            assertTrue(
                    metrics.contains("kiln_background_tasks_rejected_total{pool=\"tiny\"} 1.0"),
                    metrics.lines()
                            .filter(l -> l.contains("background"))
                            .toList()
                            .toString());
            TasksApi.gate.countDown();
            awaitLog(log -> log.contains("first saw the gate open"));
            assertFalse(
                    TasksApi.log.stream().anyMatch(line -> line.startsWith("second")),
                    "the refused task never ran: " + TasksApi.log);
        }
    }

    @Test
    void aGracefulShutdownWaitsForTheTasksOfResponsesSent() throws Exception {
        RunningApp app = start(Kiln.app().instances(1));
        HttpResponse<String> r = post(app.port(), "/tasks/slow?millis=800");
        assertEquals("\"accepted\"", r.body());
        app.close();
        assertEquals(List.of("slow done"), TasksApi.log, "close() returned once the task had finished");
    }

    @Test
    void theGracePeriodBoundsTheWait() throws Exception {
        RunningApp app = start(Kiln.app().instances(1).shutdownGracePeriod(Duration.ofMillis(300)));
        assertEquals(200, post(app.port(), "/tasks/slow?millis=20000").statusCode());
        long started = System.nanoTime();
        app.close();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(millis < 10_000, "close() took " + millis + " ms");
        assertFalse(TasksApi.log.contains("slow done"), TasksApi.log.toString());
        assertTrue(
                records.stream()
                        .anyMatch(rec -> rec.getMessage().contains("The shutdown grace period of 300 ms is over")),
                "the cut-off is logged");
    }

    private static RunningApp start(dev.kiln.App app) throws Exception {
        return app.port(0).start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> post(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitLog(Predicate<List<String>> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.test(List.copyOf(TasksApi.log))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the tasks did not get there: " + TasksApi.log);
            }
            sleep();
        }
    }

    private LogRecord awaitRecord(Predicate<String> message) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (LogRecord record : records) {
                if (record.getMessage() != null && message.test(record.getMessage())) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such log line among " + records.size());
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
