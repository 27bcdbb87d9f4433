package dev.kiln.processor.blocking;

import static dev.kiln.processor.blocking.CheckerHarness.at;
import static dev.kiln.processor.blocking.CheckerHarness.blockingCall;
import static dev.kiln.processor.blocking.CheckerHarness.compile;
import static dev.kiln.processor.blocking.CheckerHarness.kilnDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Which code counts as running on the event loop: lambdas handed to {@code executeBlocking}, other
 * executors and {@code BackgroundTasks.add} do not, worker operations are not checked, Future callbacks,
 * timers and {@code BackgroundTasks.addAsync} tasks are.
 */
class EventLoopCodeTest {

    private static final String JOBS = "lambdas/Jobs.java";

    @Test
    void checksCallbacksAndSkipsCodeHandedToWorkers() {
        Compilation compilation = compile(List.of(), JOBS);

        assertEquals(
                List.of(
                        // the argument of executeBlocking is evaluated on the event loop
                        error(
                                "String text = Files.readString(path)",
                                "Jobs.argument",
                                "returns Future",
                                "java.nio.file.Files.readString(java.nio.file.Path)",
                                "use the async vertx.fileSystem()"),
                        error(
                                ".map(p -> Files.exists(p))",
                                "Jobs.map",
                                "returns Future",
                                "java.nio.file.Files.exists(java.nio.file.Path, java.nio.file.LinkOption...)",
                                "use the async vertx.fileSystem()"),
                        error(
                                "lock.lock(); // in compose",
                                "Jobs.compose",
                                "returns Future",
                                "java.util.concurrent.locks.ReentrantLock.lock()",
                                "use tryLock, or vertx.sharedData().getLock"),
                        error(
                                "lock.lock(); // in the handler",
                                "Jobs.handler",
                                "returns Future",
                                "java.util.concurrent.locks.ReentrantLock.lock()",
                                "use tryLock, or vertx.sharedData().getLock"),
                        error(
                                "Files.isDirectory(path)",
                                "Jobs.timer",
                                "returns Future",
                                "java.nio.file.Files.isDirectory(java.nio.file.Path, java.nio.file.LinkOption...)",
                                "use the async vertx.fileSystem()"),
                        error(
                                "lock.lock(); // in nonBlocking",
                                "Jobs.nonBlocking",
                                "@NonBlocking",
                                "java.util.concurrent.locks.ReentrantLock.lock()",
                                "use tryLock, or vertx.sharedData().getLock"),
                        error(
                                "lock.lock(); // in addAsync",
                                "Jobs.asyncTask",
                                "returns Future",
                                "java.util.concurrent.locks.ReentrantLock.lock()",
                                "use tryLock, or vertx.sharedData().getLock"),
                        error(
                                "Thread.sleep(10); // in stage",
                                "Jobs.stage",
                                "returns CompletionStage",
                                "java.lang.Thread.sleep(long)",
                                "wait with vertx.setTimer")),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(8, compilation.errors().size());
    }

    private static String error(String snippet, String operation, String why, String blockingMethod, String hint) {
        return blockingCall(at(JOBS, snippet), operation, why, blockingMethod, null, hint);
    }
}
