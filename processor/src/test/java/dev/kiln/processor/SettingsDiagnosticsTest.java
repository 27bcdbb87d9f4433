package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One bad {@code @Settings} record per message: the error count, the id, the line, and that neither its
 * binder nor a route module was written; an operation that takes a broken settings record is not generated
 * either, and gets no second error.
 */
class SettingsDiagnosticsTest {
    private final ErrorHarness harness = new ErrorHarness("""
            import dev.kiln.*;
            import jakarta.validation.constraints.*;
            import java.util.*;

            """);

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private JavaFileObject source(String className, String body) {
        return harness.source(className, body);
    }

    /** The errors of {@code source}, and neither a binder nor a route module written. */
    private Compilation assertErrors(JavaFileObject source, int count, String id, int line) {
        return harness.assertErrors(
                source, count, id, line, name -> name.endsWith("_Settings") || name.endsWith("_RouteModule"));
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
                harness.created().contains("test.Config_Routes"),
                harness.created().toString());
    }

    @Test
    void validSettingsAloneMakeABinderAndAModule() {
        Compilation compilation = harness.compile(source("Config", """
                        @Settings(prefix = "APP_")
                        public record Config(String databaseUrl, @Default("5") @Min(1) int poolSize) {}
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                harness.created().contains("test.Config_Settings"),
                harness.created().toString());
        assertTrue(
                harness.created().contains("test.Kiln_RouteModule"),
                harness.created().toString());
    }
}
