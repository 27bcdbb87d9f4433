package dev.kiln.runtime.impl;

import dev.kiln.BackgroundTasks;
import dev.kiln.runtime.Dispatch;
import io.vertx.core.Future;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link BackgroundTasks} of one exchange: tasks queued while the operation runs, started by
 * {@link HttpExchange} once its successful response was written, one after the other, each on its pool
 * or on the exchange's event loop. The whole run counts as one piece of work in flight (and each worker
 * task as another, while it runs), so a graceful shutdown waits for it within the grace period.
 */
final class QueuedBackgroundTasks implements BackgroundTasks {
    /** One task: a blocking one on {@code pool}, or an async one on the event loop ({@code pool == null}). */
    private record Task(String pool, Runnable blocking, Supplier<? extends Future<?>> async) {
        String where() {
            return pool == null ? "event loop" : "worker[" + pool + "]";
        }
    }

    private final HttpExchange ex;
    private final List<Task> tasks = new ArrayList<>(2);
    private boolean started;

    QueuedBackgroundTasks(HttpExchange ex) {
        this.ex = ex;
    }

    @Override
    public void add(Runnable task) {
        add(Dispatch.DEFAULT_POOL, task);
    }

    @Override
    public synchronized void add(String pool, Runnable task) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(task, "task");
        if (pool.isBlank()) {
            throw new IllegalArgumentException("a worker pool needs a name");
        }
        queue(new Task(pool, task, null));
    }

    @Override
    public synchronized void addAsync(Supplier<? extends Future<?>> task) {
        queue(new Task(null, null, Objects.requireNonNull(task, "task")));
    }

    private void queue(Task task) {
        if (started) {
            throw new IllegalStateException("the background tasks of " + ex.describe()
                    + " already started: add tasks before the operation returns");
        }
        tasks.add(task);
    }

    /**
     * Starts the tasks, on the exchange's event loop, once its successful response was written. Called
     * before the exchange ends its own in-flight count, so a shutdown cannot see nothing in flight between.
     */
    void start() {
        List<Task> queued;
        synchronized (this) {
            started = true;
            queued = List.copyOf(tasks);
        }
        if (!queued.isEmpty()) {
            ex.host.inFlight().begin();
            run(queued, 0);
        }
    }

    private void run(List<Task> queued, int index) {
        if (index == queued.size()) {
            ex.host.inFlight().end();
            return;
        }
        Task task = queued.get(index);
        Future<?> done;
        if (task.async() != null) {
            done = callAsync(task);
        } else {
            VertxWorkerPool pool = (VertxWorkerPool) ex.host.workerPool(task.pool());
            if (pool.tryAdmit()) {
                done = UserCode.admitted(ex, pool, () -> {
                    task.blocking().run();
                    return null;
                });
            } else {
                pool.backgroundTaskRefused();
                ex.log(
                        Level.WARNING,
                        describe(queued, index) + " was not run: " + pool
                                + " is full (App.workerPool / App.workerQueue size it)",
                        null);
                done = Future.succeededFuture();
            }
        }
        done.onComplete(result -> {
            if (result.failed()) {
                ex.log(Level.ERROR, describe(queued, index) + " failed", result.cause());
            }
            ex.onContext(() -> run(queued, index + 1));
        });
    }

    private static Future<?> callAsync(Task task) {
        try {
            Future<?> future = task.async().get();
            return future != null
                    ? future
                    : Future.failedFuture(new NullPointerException("the task returned a null Future"));
        } catch (Throwable e) {
            return Future.failedFuture(e);
        }
    }

    /** {@code Background task 2 of 3 (worker[default]) of POST /signup (Users.signup) [request 5f3a-1]}. */
    private String describe(List<Task> queued, int index) {
        return "Background task " + (index + 1) + " of " + queued.size() + " ("
                + queued.get(index).where() + ") of " + ex.describe();
    }
}
