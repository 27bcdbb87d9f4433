package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @SuppressWarnings("kiln:<Id>")} silences a warning of that id on the element it is on and on
 * everything inside it; another id does not; an error cannot be silenced. (The blocking check's
 * {@code "kiln:blocking"} and {@code "kiln:BlockingCallOnEventLoop"} are tested with the check.)
 */
class SuppressionTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import jakarta.validation.constraints.*;
            import java.time.LocalDate;

            """;

    private RecordingProcessor processor;

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private static JavaFileObject source(String className, String body) {
        return JavaFileObjects.forSourceString("test." + className, IMPORTS + body);
    }

    private Compilation compile(JavaFileObject source) {
        processor = new RecordingProcessor();
        return Compiler.javac().withProcessors(processor).compile(source);
    }

    private static List<String> kilnWarnings(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[kiln/"))
                .toList();
    }

    /** A warning that nothing silences, so the tests below show that the annotation is what does. */
    @Test
    void withoutTheAnnotationTheWarningIsPrinted() {
        Compilation compilation = compile(source("Events", """
                public class Events {
                    @Get("/events")
                    public String list(
                            @Future LocalDate after) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Future is not checked")
                .inFile(compilation.sourceFiles().get(0))
                .onLine(10);
    }

    @Test
    void onTheElementItself() {
        Compilation compilation = compile(source("Events", """
                public class Events {
                    @Get("/events")
                    public String list(
                            @SuppressWarnings("kiln:UnsupportedConstraint") @Future LocalDate after) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), kilnWarnings(compilation));
        assertTrue(processor.created().contains("test.Events_Routes"), "code is still generated");
    }

    @Test
    void onTheEnclosingMethod() {
        Compilation compilation = compile(source("Events", """
                public class Events {
                    @Get("/events")
                    @SuppressWarnings({"unchecked", "kiln:UnsupportedConstraint"})
                    public String list(@Future LocalDate after) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), kilnWarnings(compilation));
    }

    @Test
    void onAnEnclosingClassItCoversNestedClassesAndRecordComponents() {
        Compilation compilation = compile(source("Events", """
                @SuppressWarnings("kiln:UnsupportedConstraint")
                public class Events {
                    public record EventIn(@Future LocalDate day) {}

                    public static class Nested {
                        @Get("/nested")
                        public String list(@Future LocalDate after) { return ""; }
                    }

                    @Post("/events")
                    public String create(EventIn event) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), kilnWarnings(compilation));
    }

    @Test
    void onARecordComponent() {
        Compilation compilation = compile(source("Events", """
                public class Events {
                    public record EventIn(
                            @SuppressWarnings("kiln:UnsupportedConstraint") @Future LocalDate day,
                            @Past LocalDate born) {}

                    @Post("/events")
                    public String create(EventIn event) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("[kiln/UnsupportedConstraint] @Past is not checked")
                .inFile(compilation.sourceFiles().get(0))
                .onLine(10);
    }

    @Test
    void anotherIdDoesNotSilenceIt() {
        Compilation compilation = compile(source("Events", """
                public class Events {
                    @Get("/events")
                    @SuppressWarnings({"kiln:BlockingCallOnEventLoop", "kiln:unsupportedconstraint", "all"})
                    public String list(@Future LocalDate after) { return ""; }
                }
                """));
        assertThat(compilation).succeeded();
        assertEquals(
                1, kilnWarnings(compilation).size(), compilation.diagnostics().toString());
    }

    @Test
    void anErrorCannotBeSilenced() {
        JavaFileObject bad = source("Bad", """
                @SuppressWarnings({"kiln:UnboundPathVariable", "kiln:DuplicateRoute"})
                public class Bad {
                    @SuppressWarnings("kiln:UnboundPathVariable")
                    @Get("/items/{itemId}")
                    public String read(int id) { return ""; }
                }
                """);
        Compilation compilation = compile(bad);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/UnboundPathVariable]")
                .inFile(bad)
                .onLine(10);
        assertFalse(processor.created().contains("test.Bad_Routes"));
    }
}
