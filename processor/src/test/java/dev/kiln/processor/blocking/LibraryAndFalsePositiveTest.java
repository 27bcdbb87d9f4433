package dev.kiln.processor.blocking;

import static dev.kiln.processor.blocking.CheckerHarness.allDiagnostics;
import static dev.kiln.processor.blocking.CheckerHarness.at;
import static dev.kiln.processor.blocking.CheckerHarness.blockingCall;
import static dev.kiln.processor.blocking.CheckerHarness.compile;
import static dev.kiln.processor.blocking.CheckerHarness.kilnDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Methods known to block by their {@code @Blocking} annotation, and ordinary async code that must pass untouched. */
class LibraryAndFalsePositiveTest {

    private static final String REPORTS = "library/Reports.java";
    private static final String EXECUTE_BLOCKING = "call it inside vertx.executeBlocking";

    @Test
    void aMethodAnnotatedBlockingInALibraryOrThisCompilationIsABlockingCall() {
        Compilation compilation = compile(List.of(), REPORTS);

        assertEquals(
                List.of(
                        // a class file, read by the CLASS-retention annotation
                        error(
                                "LegacyReports.render(\"sales\")",
                                "Reports.render",
                                "dev.kiln.processor.blocking.fixtures.LegacyReports.render(java.lang.String)"),
                        // an override inherits the blocking of the interface method it implements
                        error(
                                "store.load(id)",
                                "Reports.load",
                                "dev.kiln.processor.blocking.fixtures.FileReportStore.load(java.lang.String)"),
                        // a source method: reported as the blocking call, its body not followed
                        error(
                                "Future.succeededFuture(archive())",
                                "Reports.local",
                                "com.example.library.Reports.archive()")),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(3, compilation.errors().size());
    }

    @Test
    void ordinaryAsyncCodeCompilesWithoutADiagnostic() {
        Compilation compilation = compile(List.of(), "async/Catalog.java");

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(), allDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(List.of(), allDiagnostics(compilation, Diagnostic.Kind.WARNING));
    }

    /**
     * The real processor generates code, so javac runs a second round. Reading bodies during the
     * first one would break lambdas over captured wildcards in the second; the check waits for
     * javac's analysis, and the user's code compiles as it would without Kiln.
     */
    @Test
    void aProcessorThatGeneratesCodeLeavesTheUsersLambdasCompiling() {
        Compilation compilation = compile(List.of("-Akiln.blockingCheck=warn"), true, "rounds/Wildcards.java");

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(), allDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(
                List.of(blockingCall(
                        at("rounds/Wildcards.java", "Thread.sleep(1)"),
                        "Wildcards.lengths",
                        "returns Future",
                        "java.lang.Thread.sleep(long)",
                        null,
                        "wait with vertx.setTimer")),
                kilnDiagnostics(compilation, Diagnostic.Kind.WARNING));
        assertEquals(1, compilation.generatedSourceFiles().size());
    }

    private static String error(String snippet, String operation, String blockingMethod) {
        return blockingCall(at(REPORTS, snippet), operation, "returns Future", blockingMethod, null, EXECUTE_BLOCKING);
    }
}
