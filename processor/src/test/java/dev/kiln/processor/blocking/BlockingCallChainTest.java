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
 * Blocking calls reached through helper methods: reported at the call in the operation's own body,
 * naming the chain, once per operation, down to {@value BlockingCallChecker#MAX_DEPTH} helpers.
 */
class BlockingCallChainTest {

    private static final String ITEMS = "chains/Items.java";
    private static final String FILES = "use the async vertx.fileSystem()";
    private static final String TIMER = "wait with vertx.setTimer";

    @Test
    void reportsEachChainAtTheOperationsOwnCall() {
        Compilation compilation = compile(List.of(), ITEMS, "chains/Disk.java");

        assertEquals(
                List.of(
                        // one helper
                        error(
                                "loadFromDisk(root.resolve(\"item-\"",
                                "Items.read",
                                "java.nio.file.Files.readAllBytes(java.nio.file.Path)",
                                "read -> loadFromDisk -> Files.readAllBytes",
                                FILES),
                        // two helpers, the second in another file
                        error(
                                "Future.succeededFuture(index())",
                                "Items.list",
                                "java.nio.file.Files.list(java.nio.file.Path)",
                                "list -> index -> Disk.scan -> Files.list",
                                FILES),
                        // the same blocking call reached twice is reported once, at the first call
                        error(
                                "loadFromDisk(root.resolve(\"a\"))",
                                "Items.twice",
                                "java.nio.file.Files.readAllBytes(java.nio.file.Path)",
                                "twice -> loadFromDisk -> Files.readAllBytes",
                                FILES),
                        // three helpers: the deepest followed
                        error(
                                "levelOne();",
                                "Items.deep",
                                "java.lang.Thread.sleep(long)",
                                "deep -> levelOne -> levelTwo -> levelThree -> Thread.sleep",
                                TIMER),
                        // (deeper: four helpers down is not followed)
                        // recursion ends
                        error(
                                "countDown(3);",
                                "Items.recursive",
                                "java.lang.Thread.sleep(long)",
                                "recursive -> countDown -> Thread.sleep",
                                TIMER),
                        // a constructor is followed like a method
                        error(
                                "new Disk(root)",
                                "Items.constructed",
                                "java.nio.file.Files.createDirectories(java.nio.file.Path,"
                                        + " java.nio.file.attribute.FileAttribute...)",
                                "constructed -> new Disk -> Files.createDirectories",
                                FILES),
                        // a method reference passed to a Future callback runs on the event loop
                        error(
                                "this::loadQuietly",
                                "Items.referenced",
                                "java.nio.file.Files.readAllBytes(java.nio.file.Path)",
                                "referenced -> loadQuietly -> loadFromDisk -> Files.readAllBytes",
                                FILES),
                        // a call split over lines is reported on the line of its name
                        error(
                                ".sizeOf(root)",
                                "Items.split",
                                "java.nio.file.Files.size(java.nio.file.Path)",
                                "split -> Disk.sizeOf -> Files.size",
                                FILES)),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(8, compilation.errors().size());
    }

    private static String error(String snippet, String operation, String blockingMethod, String chain, String hint) {
        return blockingCall(at(ITEMS, snippet), operation, "returns Future", blockingMethod, chain, hint);
    }
}
