package dev.kiln.it.tasks;

import dev.kiln.BackgroundTasks;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Router;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Background tasks: what they did is logged here, in order, with the thread each ran on. */
@Router(prefix = "/tasks")
public final class TasksApi {
    /** What the tasks did, in order; the tests read and clear it. */
    public static final List<String> log = new CopyOnWriteArrayList<>();
    /** A task of {@code /tasks/gated} waits for the test to open this. */
    public static volatile CountDownLatch gate = new CountDownLatch(0);

    private static String thread() {
        return Thread.currentThread().getName();
    }

    /** Four tasks, each where it was added; the second throws and the ones after it still run. */
    @Post("/signup")
    public Map<String, String> signup(@Query String email, BackgroundTasks tasks, Vertx vertx) {
        tasks.add(() -> log.add("mail " + email + " on " + thread()));
        tasks.add(() -> {
            throw new IllegalStateException("the mailer is down");
        });
        tasks.add("reports", () -> log.add("report on " + thread()));
        tasks.addAsync(() -> {
            log.add("async on " + thread());
            return vertx.timer(5).onSuccess(fired -> log.add("async done"));
        });
        return Map.of("email", email);
    }

    /** A value whose provider adds a task: a provider's tasks join the operation's, in the order added. */
    public record Audit(String who) {}

    @Provides
    public static Audit audit(@Query String who, BackgroundTasks tasks) {
        tasks.add(() -> log.add("audited " + who));
        return new Audit(who);
    }

    @Post("/audited")
    public String audited(Audit audit, BackgroundTasks tasks) {
        tasks.add(() -> log.add("operation task for " + audit.who()));
        return "done";
    }

    /** An operation that fails: its tasks never run (as FastAPI's). */
    @Post("/conflict")
    public String conflict(BackgroundTasks tasks) {
        tasks.add(() -> log.add("ran after a 409"));
        throw new HttpException(409, "already signed up");
    }

    /** A task on {@code pool} that waits for {@link #gate}, the response sent at once. */
    @Get("/gated")
    public Future<String> gated(@Query String name, @Query String pool, BackgroundTasks tasks) {
        tasks.add(pool, () -> {
            log.add(name + " started on " + thread());
            try {
                boolean opened = gate.await(20, TimeUnit.SECONDS);
                log.add(name + (opened ? " saw the gate open" : " timed out"));
            } catch (InterruptedException e) {
                log.add(name + " interrupted");
                Thread.currentThread().interrupt();
            }
        });
        return Future.succeededFuture("sent");
    }

    /** A task that sleeps, for shutdowns: it logs whether it finished or was cut off. */
    @Post("/slow")
    public String slow(@Query long millis, BackgroundTasks tasks) {
        tasks.add(() -> {
            try {
                Thread.sleep(millis);
                log.add("slow done");
            } catch (InterruptedException e) {
                log.add("slow interrupted");
                Thread.currentThread().interrupt();
            }
        });
        return "accepted";
    }
}
