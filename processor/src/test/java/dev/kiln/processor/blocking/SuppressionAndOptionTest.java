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

/**
 * {@code @SuppressWarnings("kiln:BlockingCallOnEventLoop")} (or {@code "kiln:blocking"}) and
 * {@code -Akiln.blockingCheck=error|warn|off}.
 */
class SuppressionAndOptionTest {

    private static final String QUIET = "suppressed/Quiet.java";
    private static final String ITEMS = "direct/Items.java";
    private static final String TIMER = "wait with vertx.setTimer";

    @Test
    void suppressionByIdOrOlderNameOnTheMethodItsClassOrAHelperSilencesIt() {
        Compilation compilation = compile(List.of(), QUIET);

        assertEquals(
                List.of(
                        blockingCall(
                                at(QUIET, "Files.readString(path)); // reported"),
                                "Quiet.otherWarning",
                                "returns Future",
                                "java.nio.file.Files.readString(java.nio.file.Path)",
                                null,
                                "use the async vertx.fileSystem()"),
                        blockingCall(
                                at(QUIET, "Thread.sleep(1); // still reported"),
                                "Quiet.throughQuietHelper",
                                "returns Future",
                                "java.lang.Thread.sleep(long)",
                                null,
                                TIMER),
                        blockingCall(
                                at(QUIET, "Thread.sleep(2); // nested"),
                                "Loud.shout",
                                "returns Future",
                                "java.lang.Thread.sleep(long)",
                                null,
                                TIMER)),
                kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
        assertEquals(3, compilation.errors().size());
    }

    @Test
    void errorIsTheDefault() {
        Compilation compilation = compile(List.of("-Akiln.blockingCheck=error"), ITEMS);

        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertEquals(List.of(sleepInRead()), kilnDiagnostics(compilation, Diagnostic.Kind.ERROR));
    }

    @Test
    void warnReportsTheSameMessageAsAWarningAndTheBuildPasses() {
        Compilation compilation = compile(List.of("-Akiln.blockingCheck=warn"), ITEMS);

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(sleepInRead()), kilnDiagnostics(compilation, Diagnostic.Kind.WARNING));
        assertEquals(List.of(), allDiagnostics(compilation, Diagnostic.Kind.ERROR));
    }

    @Test
    void offReportsNothing() {
        Compilation compilation = compile(List.of("-Akiln.blockingCheck=off"), ITEMS);

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(), kilnDiagnostics(compilation, Diagnostic.Kind.WARNING));
        assertEquals(List.of(), allDiagnostics(compilation, Diagnostic.Kind.ERROR));
    }

    @Test
    void anUnknownValueIsAnError() {
        Compilation compilation = compile(List.of("-Akiln.blockingCheck=loud"), ITEMS);

        // javac stops after a processor's error, before the analysis the check waits for
        assertEquals(
                List.of("-:-1: [kiln/BadOption] -Akiln.blockingCheck=loud is not understood. Use error, warn or off."),
                allDiagnostics(compilation, Diagnostic.Kind.ERROR));
    }

    private static String sleepInRead() {
        return blockingCall(
                at(ITEMS, "Thread.sleep(100)"),
                "Items.read",
                "returns Future",
                "java.lang.Thread.sleep(long)",
                null,
                TIMER);
    }
}
