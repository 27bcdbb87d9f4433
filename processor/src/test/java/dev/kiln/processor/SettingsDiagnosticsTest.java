package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One bad {@code @Settings} record per message: the error count, the id, the line, and that neither its
 * binder nor a route module was written; an operation that takes a broken settings record is not generated
 * either, and gets no second error.
 */
class SettingsDiagnosticsTest {
    private static final String IMPORTS = """
            package test;

            import dev.kiln.*;
            import jakarta.validation.constraints.*;
            import java.util.*;

            """;

    private RecordingProcessor processor;

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private static JavaFileObject source(String className, String body) {
        return JavaFileObjects.forSourceString("test." + className, IMPORTS + body);
    }

    private Compilation assertErrors(JavaFileObject source, int count, String id, int line) {
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(count);
        assertThat(compilation)
                .hadErrorContaining("[kiln/" + id + "]")
                .inFile(source)
                .onLine(line);
        assertFalse(
                processor.created().stream()
                        .anyMatch(name -> name.endsWith("_Settings") || name.endsWith("_RouteModule")),
                "nothing generated for bad settings: " + processor.created());
        return compilation;
    }

    @Test
    void settingsThatAreNotARecord() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public class Config {
                    public String databaseUrl;
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadSettings", 7);
        assertThat(compilation).hadErrorContaining("Kiln cannot bind the @Settings Config: it is not a record.");
    }

    @Test
    void settingsThatAreNotPublic() {
        JavaFileObject bad = source("Outer", """
                public class Outer {
                    @Settings
                    record Config(String databaseUrl) {}
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadSettings", 8);
        assertThat(compilation).hadErrorContaining("it is not public");
    }

    @Test
    void aPrefixNoVariableNameCanHold() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "app.")
                public record Config(String databaseUrl) {}
                """);
        Compilation compilation = assertErrors(bad, 1, "BadSettings", 7);
        assertThat(compilation).hadErrorContaining("its prefix \"APP.\" has characters a variable name cannot hold");
    }

    @Test
    void aComponentOfATypeASettingCannotHave() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public record Config(
                        String databaseUrl,
                        Map<String, String> labels) {}
                """);
        Compilation compilation = assertErrors(bad, 1, "BadSettings", 10);
        assertThat(compilation)
                .hadErrorContaining(
                        "The setting labels of Config has type java.util.Map<java.lang.String,java.lang.String>, "
                                + "but a setting is a simple type, or an Optional, List or Set of one.");
    }

    @Test
    void twoComponentsReadFromOneVariable() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public record Config(
                        String databaseUrl,
                        String database_url) {}
                """);
        Compilation compilation = assertErrors(bad, 1, "BadSettings", 10);
        assertThat(compilation)
                .hadErrorContaining(
                        "The settings databaseUrl and database_url of Config are both read from APP_DATABASE_URL.");
    }

    @Test
    void aDefaultThatDoesNotParse() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public record Config(
                        @Default("five") int poolSize) {}
                """);
        Compilation compilation = assertErrors(bad, 1, "BadDefault", 9);
        assertThat(compilation).hadErrorContaining("The @Default of poolSize cannot be used");
    }

    @Test
    void aConstraintThatDoesNotApply() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public record Config(
                        @Size(max = 3) int poolSize) {}
                """);
        assertErrors(bad, 1, "ConstraintNotApplicable", 9);
    }

    @Test
    void anOperationTakingBrokenSettingsIsNotGeneratedAndNotReportedTwice() {
        JavaFileObject bad = source("Config", """
                @Settings(prefix = "APP_")
                public record Config(Map<String, String> labels) {
                    @Get("/config")
                    public static String read(Config config) {
                        return "";
                    }
                }
                """);
        assertErrors(bad, 1, "BadSettings", 8);
        assertFalse(
                processor.created().contains("test.Config_Routes"),
                processor.created().toString());
    }

    @Test
    void validSettingsAloneMakeABinderAndAModule() {
        processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(source("Config", """
                        @Settings(prefix = "APP_")
                        public record Config(String databaseUrl, @Default("5") @Min(1) int poolSize) {}
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                processor.created().contains("test.Config_Settings"),
                processor.created().toString());
        assertTrue(
                processor.created().contains("test.Kiln_RouteModule"),
                processor.created().toString());
    }
}
