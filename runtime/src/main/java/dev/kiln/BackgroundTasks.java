package dev.kiln;

import io.vertx.core.Future;
import java.util.function.Supplier;

/**
 * Work to do after the response is sent, FastAPI's {@code BackgroundTasks}: declare a parameter of this
 * type (in an operation or a provider) and add tasks to it.
 *
 * <pre>{@code
 * @Post("/signup")
 * public User signup(UserIn in, BackgroundTasks tasks) {
 *     tasks.add(() -> mailer.sendWelcome(in.email()));   // after the response, on a worker
 *     return users.create(in);
 * }
 * }</pre>
 *
 * <ul>
 *   <li>They run only when the operation succeeded and its response was written to the client; an
 *       {@link HttpException}, a validation failure or any other error answer runs none of them.
 *   <li>One after the other, in the order added, each where it was added: {@link #add(Runnable)} on the
 *       default worker pool, {@link #add(String, Runnable)} on that pool, {@link #addAsync} on the
 *       request's event loop (its future is awaited before the next task starts).
 *   <li>A task that throws (or whose future fails) is logged with the request id; the tasks after it
 *       still run.
 *   <li>A worker task is admitted by its pool like an operation: when the pool and its queue are full,
 *       the task is not run; that is logged with the request id and counted
 *       ({@code kiln_background_tasks_rejected_total} with {@code App.metrics()}).
 *   <li>A graceful shutdown waits for the tasks of responses already sent, within
 *       {@code App.shutdownGracePeriod}, and runs {@code @OnShutdown} hooks after them.
 *   <li>Request-scoped dependencies are cleaned up once the response is written, while the tasks may
 *       still run: a task should use singletons, or values it was given, not a request's resources.
 * </ul>
 *
 * Tasks are added while the operation runs; adding one once they started throws.
 */
public interface BackgroundTasks {
    /** Runs {@code task} on the default worker pool after the response is sent. */
    void add(Runnable task);

    /** Runs {@code task} on the worker pool {@code pool} (as in {@code @Blocking(pool = ...)}) after the response. */
    void add(String pool, Runnable task);

    /** Runs {@code task} on the request's event loop after the response; the next task waits for its future. */
    void addAsync(Supplier<? extends Future<?>> task);
}
