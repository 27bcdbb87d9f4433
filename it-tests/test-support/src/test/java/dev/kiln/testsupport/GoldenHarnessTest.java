package dev.kiln.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The harness fails on every kind of difference, says where, and rewrites only when asked to. */
class GoldenHarnessTest {
    @TempDir
    Path dir;

    /** Each test decides whether it updates, whatever the build was asked to do for real goldens. */
    @BeforeEach
    @AfterEach
    void stopUpdating() {
        System.clearProperty(Golden.UPDATE);
        System.clearProperty("kiln.generated.update");
    }

    private void expect(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void theSameTreePasses() throws IOException {
        expect("a/A.java", "class A {}\n");
        expect("META-INF/x", "x\n");
        Golden.assertTree(dir, Map.of("a/A.java", "class A {}\n", "META-INF/x", "x\n"));
    }

    @Test
    void aChangedFileFailsWithAUnifiedDiffAndHowToAccept() throws IOException {
        expect("A.java", "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n");
        AssertionFailedError error = assertThrows(
                AssertionFailedError.class,
                () -> Golden.assertTree(
                        dir, Map.of("A.java", "one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\nnine\nten\n")));
        String message = error.getMessage();
        assertTrue(
                message.contains("--- A.java (expected)\n+++ A.java (actual)\n@@ -2,7 +2,7 @@\n two\n three\n four\n"
                        + "-five\n+FIVE\n six\n seven\n eight\n"),
                message);
        assertTrue(message.contains("-Dkiln.golden.update=true"), message);
    }

    @Test
    void aMissingOrAnExtraFileFails() throws IOException {
        expect("A.java", "a\n");
        String missing = assertThrows(AssertionFailedError.class, () -> Golden.assertTree(dir, Map.of()))
                .getMessage();
        assertTrue(missing.contains("- A.java is expected but no longer produced"), missing);
        String extra = assertThrows(
                        AssertionFailedError.class,
                        () -> Golden.assertTree(dir, Map.of("A.java", "a\n", "B.java", "b\n")))
                .getMessage();
        assertTrue(extra.contains("+ B.java is produced but not expected"), extra);
    }

    @Test
    void aTextMustMatchToTheLastByte() throws IOException {
        expect("doc.json", "{}\n");
        Golden.assertText(dir.resolve("doc.json"), "{}\n");
        String message = assertThrows(
                        AssertionFailedError.class, () -> Golden.assertText(dir.resolve("doc.json"), "{}"))
                .getMessage();
        assertTrue(message.contains("(the final newline differs)"), message);
    }

    @Test
    void jsonIsComparedAsATree() throws IOException {
        expect("doc.json", "{\"a\": 1, \"b\": [1, 2]}");
        Golden.assertJson(dir.resolve("doc.json"), "{\"b\":[1,2],\"a\":1}");
        String message = assertThrows(
                        AssertionFailedError.class,
                        () -> Golden.assertJson(dir.resolve("doc.json"), "{\"b\":[2,1],\"a\":1}"))
                .getMessage();
        assertTrue(message.contains("-  \"b\" : [ 1, 2 ]\n+  \"b\" : [ 2, 1 ]\n"), message);
    }

    @Test
    void updatingRewritesTheExpectedTreeAndDropsStaleFiles() throws IOException {
        expect("Old.java", "old\n");
        expect("Same.java", "same\n");
        System.setProperty(Golden.UPDATE, "true");
        Golden.assertTree(dir, Map.of("Same.java", "same\n", "pkg/New.java", "new\n"));
        assertEquals(Map.of("Same.java", "same\n", "pkg/New.java", "new\n"), Golden.readTree(dir));
    }

    @Test
    void theSamplesOlderPropertyUpdatesToo() throws IOException {
        expect("A.java", "old\n");
        System.setProperty("kiln.generated.update", "true");
        Golden.assertTree(dir, Map.of("A.java", "new\n"));
        assertEquals(Map.of("A.java", "new\n"), Golden.readTree(dir));
    }

    @Test
    void theModuleAndTheRepositoryRoot() {
        // surefire runs this module with kiln.basedir = it-tests/test-support
        assertTrue(Files.isRegularFile(Golden.moduleDir().resolve("pom.xml")));
        assertTrue(
                Files.isDirectory(Golden.repositoryRoot().resolve("processor")),
                Golden.repositoryRoot().toString());
    }
}
