package com.example.lambdas;

import dev.kiln.BackgroundTasks;
import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;

public final class Jobs {
    private final Vertx vertx;
    private final WorkerExecutor reports;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path path = Path.of("jobs.txt");

    public Jobs(Vertx vertx, WorkerExecutor reports, ExecutorService executor) {
        this.vertx = vertx;
        this.reports = reports;
        this.executor = executor;
    }

    // ---- exempt: the code runs on a worker or another thread ----

    @Get("/execute-blocking")
    public Future<String> executeBlocking() {
        return vertx.executeBlocking(() -> Files.readString(path));
    }

    @Get("/execute-blocking-block")
    public Future<String> executeBlockingBlock() {
        return vertx.executeBlocking(() -> {
            Thread.sleep(10);
            return Files.readString(path);
        }, false);
    }

    @Get("/execute-blocking-reference")
    public Future<String> executeBlockingReference() {
        return vertx.executeBlocking(this::slowRead);
    }

    @Get("/worker-executor")
    public Future<String> workerExecutor() {
        return reports.executeBlocking(new Callable<String>() {
            @Override
            public String call() throws Exception {
                return Files.readString(path);
            }
        });
    }

    @Get("/context")
    public Future<Integer> context() {
        return vertx.getOrCreateContext().executeBlocking(() -> {
            lock.lock();
            return 1;
        });
    }

    @Get("/local-class")
    public Future<String> localClass() {
        class Job implements Callable<String> {
            @Override
            public String call() throws Exception {
                return Files.readString(path);
            }
        }
        return vertx.executeBlocking(new Job());
    }

    @Get("/executor")
    public Future<String> executor() {
        executor.submit(() -> Files.readString(path));
        new Thread(() -> lock.lock()).start();
        return Future.fromCompletionStage(CompletableFuture.supplyAsync(() -> slowReadUnchecked()));
    }

    /** Background tasks added with add(...) run on a worker after the response. */
    @Get("/tasks")
    public Future<String> tasks(BackgroundTasks tasks) {
        tasks.add(() -> lock.lock());
        tasks.add("reports", this::slowReadUnchecked);
        return Future.succeededFuture("queued");
    }

    /** A plain return value: it runs on a worker, so it may block. */
    @Get("/worker")
    public String worker() throws Exception {
        Thread.sleep(10);
        return Files.readString(path);
    }

    /** @Blocking moves a Future-returning operation to a worker. */
    @Get("/marked")
    @Blocking
    public Future<String> marked() throws Exception {
        return Future.succeededFuture(Files.readString(path));
    }

    // ---- checked: the code runs on the event loop ----

    @Get("/argument")
    public Future<String> argument() throws Exception {
        String text = Files.readString(path);
        return vertx.executeBlocking(() -> text.toUpperCase());
    }

    @Get("/map")
    public Future<Boolean> map() {
        return Future.succeededFuture(path)
                .map(p -> Files.exists(p));
    }

    @Get("/compose")
    public Future<String> compose() {
        return Future.succeededFuture("x").compose(x -> {
            lock.lock(); // in compose
            return Future.succeededFuture(x);
        });
    }

    @Get("/handler")
    public Future<String> handler() {
        Promise<String> promise = Promise.promise();
        promise.future().onSuccess(new Handler<String>() {
            @Override
            public void handle(String value) {
                lock.lock(); // in the handler
            }
        });
        promise.complete("done");
        return promise.future();
    }

    @Get("/timer")
    public Future<String> timer() {
        Promise<String> promise = Promise.promise();
        vertx.setTimer(10, id -> promise.complete(String.valueOf(Files.isDirectory(path))));
        return promise.future();
    }

    @Get("/non-blocking")
    @NonBlocking
    public String nonBlocking() {
        lock.lock(); // in nonBlocking
        return "locked";
    }

    @Get("/async-task")
    public Future<String> asyncTask(BackgroundTasks tasks) {
        tasks.addAsync(() -> {
            lock.lock(); // in addAsync
            return Future.succeededFuture();
        });
        return Future.succeededFuture("queued");
    }

    @Get("/stage")
    public CompletionStage<String> stage() throws Exception {
        Thread.sleep(10); // in stage
        return CompletableFuture.completedFuture("slept");
    }

    private String slowRead() throws Exception {
        return Files.readString(path);
    }

    private String slowReadUnchecked() {
        try {
            return slowRead();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
