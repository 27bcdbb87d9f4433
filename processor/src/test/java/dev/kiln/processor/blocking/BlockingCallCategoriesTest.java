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

/** Each kind of known-blocking call, made directly in an operation that runs on the event loop. */
class BlockingCallCategoriesTest {

    private static final String CATEGORIES = "categories/Categories.java";

    @Test
    void sleepInAFutureOperationIsAnErrorOnItsLineWithTheFix() {
        Compilation compilation = compile(List.of(), "direct/Items.java");

        assertEquals(Compilation.Status.FAILURE, compilation.status());
        // the example, word for word
        assertEquals(
                List.of(at("direct/Items.java", "Thread.sleep(100)") + ": [kiln/BlockingCallOnEventLoop] Items.read"
                        + " runs on the event loop (returns Future) but calls java.lang.Thread.sleep(long), which blocks."
                        + " Mark it @Blocking, or wait with vertx.setTimer."),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(1, compilation.errors().size());
    }

    @Test
    void readingAnUploadOnTheEventLoopIsReportedButNotItsNameOrOnAWorker() {
        Compilation compilation = compile(List.of(), "direct/Uploads.java");

        String hint = "take the file as @File byte[] (read off the event loop before the operation runs), or read"
                + " it with vertx.fileSystem() from upload.path()";
        assertEquals(
                List.of(
                        blockingCall(
                                at("direct/Uploads.java", "file.bytes().length);"),
                                "Uploads.size",
                                "returns Future",
                                "dev.kiln.Upload.bytes()",
                                null,
                                hint),
                        blockingCall(
                                at("direct/Uploads.java", "file.open()"),
                                "Uploads.first",
                                "returns Future",
                                "dev.kiln.Upload.open()",
                                null,
                                hint)),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
    }

    @Test
    void everyCategoryOfBlockingCallIsReportedOnceAtItsCall() {
        Compilation compilation = compile(List.of(), CATEGORIES);

        List<String> expected = List.of(
                error(
                        "Thread.sleep(10)",
                        "Categories.sleep",
                        "java.lang.Thread.sleep(long)",
                        "wait with vertx.setTimer"),
                error(
                        "monitor.wait()",
                        "Categories.monitorWait",
                        "java.lang.Object.wait()",
                        "complete a Promise instead of waiting on a monitor"),
                error(
                        "worker.join()",
                        "Categories.join",
                        "java.lang.Thread.join()",
                        "complete a Promise when the other thread's work is done"),
                error(
                        "pending.get()",
                        "Categories.futureGet",
                        "java.util.concurrent.CompletableFuture.get()",
                        "compose it with Future.fromCompletionStage instead of waiting for it"),
                error(
                        "pending.join()",
                        "Categories.futureJoin",
                        "java.util.concurrent.CompletableFuture.join()",
                        "compose it with Future.fromCompletionStage instead of waiting for it"),
                error(
                        "other.await()",
                        "Categories.vertxAwait",
                        "io.vertx.core.Future.await()",
                        "compose the future with map or compose instead of awaiting it"),
                error(
                        "dataSource.getConnection()",
                        "Categories.dataSource",
                        "javax.sql.DataSource.getConnection()",
                        "run the query in vertx.executeBlocking, or use an async database client"),
                error(
                        "connection.prepareStatement(",
                        "Categories.statement",
                        "java.sql.Connection.prepareStatement(java.lang.String)",
                        "run the query in vertx.executeBlocking, or use an async database client"),
                error(
                        "new FileInputStream(",
                        "Categories.fileStream",
                        "new java.io.FileInputStream(java.lang.String)",
                        "use the async vertx.fileSystem()"),
                error(
                        "new FileReader(",
                        "Categories.fileReader",
                        "new java.io.FileReader(java.lang.String)",
                        "use the async vertx.fileSystem()"),
                error(
                        "Files.readString(",
                        "Categories.files",
                        "java.nio.file.Files.readString(java.nio.file.Path)",
                        "use the async vertx.fileSystem()"),
                error(
                        "client.send(",
                        "Categories.http",
                        "java.net.http.HttpClient.send(java.net.http.HttpRequest, java.net.http.HttpResponse.BodyHandler)",
                        "use HttpClient.sendAsync, or the Vert.x HTTP client"),
                error(
                        ".openStream()",
                        "Categories.url",
                        "java.net.URL.openStream()",
                        "use the async Vert.x HttpClient or NetClient"),
                error(
                        "new Socket(",
                        "Categories.socket",
                        "new java.net.Socket(java.lang.String, int)",
                        "use the async Vert.x HttpClient or NetClient"),
                error(
                        "InetAddress.getByName(",
                        "Categories.dns",
                        "java.net.InetAddress.getByName(java.lang.String)",
                        "resolve the name with vertx.createDnsClient()"),
                error(
                        "lock.lock()",
                        "Categories.lock",
                        "java.util.concurrent.locks.ReentrantLock.lock()",
                        "use tryLock, or vertx.sharedData().getLock"),
                error(
                        "latch.await()",
                        "Categories.latch",
                        "java.util.concurrent.CountDownLatch.await()",
                        "complete a Promise instead of waiting on a latch"),
                error(
                        "permits.acquire()",
                        "Categories.semaphore",
                        "java.util.concurrent.Semaphore.acquire()",
                        "use tryAcquire, or vertx.sharedData().getLock"),
                error(
                        "queue.put(",
                        "Categories.put",
                        "java.util.concurrent.BlockingQueue.put(java.lang.Object)",
                        "use offer or poll, which do not wait"),
                error(
                        "queue.take()",
                        "Categories.take",
                        "java.util.concurrent.BlockingQueue.take()",
                        "use offer or poll, which do not wait"),
                error(
                        "readFileBlocking(",
                        "Categories.vertxFileSystem",
                        "io.vertx.core.file.FileSystem.readFileBlocking(java.lang.String)",
                        "use the async method of vertx.fileSystem() without the Blocking suffix"));

        assertEquals(expected, kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(expected.size(), compilation.errors().size());
    }

    private static String error(String snippet, String operation, String blockingMethod, String hint) {
        return blockingCall(at(CATEGORIES, snippet), operation, "returns Future", blockingMethod, null, hint);
    }
}
