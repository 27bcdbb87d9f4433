package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.BackgroundTasks;
import dev.kiln.HttpException;
import dev.kiln.Request;
import dev.kiln.Resource;
import dev.kiln.ResponseHeaders;
import dev.kiln.Upload;
import dev.kiln.runtime.bind.ValidationErrors;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The request scope's cleanup rules, with an exchange that runs worker work at once on a named thread. */
class RequestScopeTest {
    private static final WorkerPool POOL = () -> "db";

    /** Records after-response actions; runs them when the test "writes the response". */
    private static final class FakeExchange implements Exchange {
        final List<Runnable> afterResponse = new ArrayList<>();
        final List<Function<Throwable, Future<Void>>> beforeAnswer = new ArrayList<>();
        boolean responded;

        /** Runs the settle steps newest first with {@code failure} and returns their outcomes. */
        List<Future<Void>> settle(Throwable failure) {
            List<Future<Void>> outcomes = new ArrayList<>();
            for (int i = beforeAnswer.size() - 1; i >= 0; i--) {
                outcomes.add(beforeAnswer.get(i).apply(failure));
            }
            return outcomes;
        }

        /** Settle steps and cleanups: like {@link #onWorker}, on a thread named after the pool's release threads. */
        @Override
        public <T> Future<T> release(WorkerPool pool, Callable<T> step) {
            return onWorker(() -> pool.name() + "-release", step);
        }

        @Override
        public void beforeAnswer(Function<Throwable, Future<Void>> step) {
            beforeAnswer.add(step);
        }

        @Override
        public <T> Future<T> call(Callable<T> work) {
            try {
                return Future.succeededFuture(work.call());
            } catch (Exception e) {
                return Future.failedFuture(e);
            }
        }

        void respond() {
            responded = true;
            for (int i = afterResponse.size() - 1; i >= 0; i--) {
                afterResponse.get(i).run();
            }
            afterResponse.clear();
        }

        @Override
        public void afterResponse(Runnable action) {
            if (responded) {
                action.run();
            } else {
                afterResponse.add(action);
            }
        }

        @Override
        public <T> Future<T> onWorker(WorkerPool pool, Callable<T> work) {
            Thread.currentThread().setName("worker-" + pool.name());
            try {
                return Future.succeededFuture(work.call());
            } catch (Exception e) {
                return Future.failedFuture(e);
            } finally {
                Thread.currentThread().setName("loop");
            }
        }

        // ---- not used by RequestScope
        @Override
        public HttpServerRequest http() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Vertx vertx() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String pathParam(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String query(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> queryAll(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String header(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> headerAll(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String cookie(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Buffer body() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasForm() {
            return false;
        }

        @Override
        public String formField(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> formFields(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Upload upload(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Upload> uploads(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Request request() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseHeaders responseHeaders() {
            throw new UnsupportedOperationException();
        }

        @Override
        public BackgroundTasks backgroundTasks() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Future<T> async(Callable<? extends Future<T>> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void reply(Responder responder, Future<?> result) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void reject(ValidationErrors errors) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void fail(Throwable error) {
            throw new UnsupportedOperationException();
        }
    }

    private static String thread() {
        return Thread.currentThread().getName();
    }

    @Test
    void cleansNewestFirstEachOnItsThreadAndGoesOnAfterAFailure() {
        Thread.currentThread().setName("loop");
        FakeExchange exchange = new FakeExchange();
        RequestScope scope = new RequestScope(exchange);
        List<String> log = new CopyOnWriteArrayList<>();
        String first = scope.resource("first", Resource.of("a", v -> log.add("first on " + thread())), null);
        scope.resource(
                "second",
                Resource.of("b", v -> {
                    log.add("second on " + thread());
                    throw new IllegalStateException("cleanup failed");
                }),
                POOL);
        scope.closeable("third", () -> log.add("third on " + thread()), POOL);
        assertEquals("a", first);
        assertEquals(List.of(), log, "nothing is cleaned before the response");
        exchange.respond();
        assertEquals(List.of("third on worker-db-release", "second on worker-db-release", "first on loop"), log);
    }

    @Test
    void aValueMadeAfterTheCleanupsRanIsCleanedAtOnce() {
        FakeExchange exchange = new FakeExchange();
        RequestScope scope = new RequestScope(exchange);
        exchange.respond();
        List<String> log = new ArrayList<>();
        scope.resource("late", Resource.of("x", v -> log.add("late " + v)), null);
        assertEquals(List.of("late x"), log);
    }

    @Test
    void settleStepsRunOnTheProvidersThreadAndOnlyAFailingCommitFailsTheRequest() {
        Thread.currentThread().setName("loop");
        FakeExchange exchange = new FakeExchange();
        RequestScope scope = new RequestScope(exchange);
        List<String> log = new CopyOnWriteArrayList<>();
        scope.resource("plain", Resource.of("p", v -> {}), POOL);
        scope.resource(
                "tx",
                Resource.of("t", v -> {})
                        .onSuccess(v -> {
                            log.add("commit on " + thread());
                            throw new IllegalStateException("commit failed");
                        })
                        .onFailure(v -> {
                            log.add("rollback on " + thread());
                            throw new IllegalStateException("rollback failed");
                        }),
                POOL);
        scope.resource(
                "outer", Resource.of("o", v -> {}).onFailure(v -> log.add("outer rollback on " + thread())), null);
        assertEquals(2, exchange.beforeAnswer.size(), "only resources with settle steps register one");

        List<Future<Void>> committed = exchange.settle(null);
        assertTrue(committed.get(0).succeeded(), "outer has no onSuccess step");
        assertEquals("commit failed", committed.get(1).cause().getMessage());

        List<Future<Void>> rolledBack = exchange.settle(new IllegalStateException("the operation failed"));
        assertTrue(rolledBack.stream().allMatch(Future::succeeded), "a failing rollback is logged, not answered");
        assertEquals(
                List.of("commit on worker-db-release", "outer rollback on loop", "rollback on worker-db-release"), log);
    }

    @Test
    void awaitThrowsTheFuturesOwnFailure() {
        HttpException failure = new HttpException(409, "conflict");
        assertSame(failure, assertThrows(HttpException.class, () -> RequestScope.await(Future.failedFuture(failure))));
    }
}
