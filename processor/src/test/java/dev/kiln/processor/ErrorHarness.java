package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;

/**
 * Compiles sources of package {@code test} with Kiln's processor, recording what it creates, and checks a
 * bad input the way every diagnostics test does: the error count, the id and the line of one, and that
 * nothing was generated from the bad code.
 */
final class ErrorHarness {
    private final String header;
    private RecordingProcessor processor;

    /** {@code imports}: the lines after {@code package test;} and a blank line, ending with a blank line. */
    ErrorHarness(String imports) {
        this.header = "package test;\n\n" + imports;
    }

    /** A source in package {@code test}; its body starts on the line after the header's last. */
    JavaFileObject source(String className, String body) {
        return JavaFileObjects.forSourceString("test." + className, header + body);
    }

    Compilation compile(JavaFileObject... sources) {
        processor = new RecordingProcessor();
        return Compiler.javac().withProcessors(processor).compile(sources);
    }

    /** What the last compilation created: source names and resource paths. */
    List<String> created() {
        return processor.created();
    }

    /**
     * Compiles {@code source} and checks that it failed with {@code count} errors, one of them
     * {@code [kiln/<id>]} on {@code line}, and that nothing {@code generated} matches was created.
     */
    Compilation assertErrors(JavaFileObject source, int count, String id, int line, Predicate<String> generated) {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(count);
        assertThat(compilation)
                .hadErrorContaining("[kiln/" + id + "]")
                .inFile(source)
                .onLine(line);
        assertFalse(created().stream().anyMatch(generated), "generated from bad code: " + created());
        return compilation;
    }
}
