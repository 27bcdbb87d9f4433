package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad {@code @HealthCheck} per message: the error count, the id, the line, and that no route module
 * was written (a module with the bad check would not compile, or would run it wrongly).
 */
class HealthCheckDiagnosticsTest {
    private final ErrorHarness harness = new ErrorHarness("""
            import dev.kiln.*;
            import io.vertx.core.Future;
            import io.vertx.core.Vertx;

            """);

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private JavaFileObject source(String className, String body) {
        return harness.source(className, body);
    }

    /** The errors of {@code source}, and no route module written (it would not compile, or would run it wrongly). */
    private Compilation assertErrors(JavaFileObject source, int count, String id, int line) {
        return harness.assertErrors(source, count, id, line, "test.Kiln_RouteModule"::equals);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "public boolean check()                     | it is not public static",
                "public static String check()               | it returns java.lang.String instead of boolean",
                "public static Future<String> check()       | it returns io.vertx.core.Future<java.lang.String> instead of boolean",
                "public static <T> boolean check()          | it declares type parameters",
            })
    void badHookMethod(String signature, String problem) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @HealthCheck
                    %s { return null; }
                }
                """.formatted(signature));
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 8);
        assertThat(compilation).hadErrorContaining("The health check Bad.check cannot be run: " + problem);
    }

    @Test
    void healthCheckInAClassThatIsNotPublic() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    static class Hidden {
                        @HealthCheck
                        public static boolean check() { return true; }
                    }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 9);
        assertThat(compilation).hadErrorContaining("its class is not public");
    }

    @Test
    void duplicateHealthCheckIsReportedOnBoth() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @HealthCheck("db")
                    public static boolean one() { return true; }

                    @HealthCheck
                    public static boolean db() { return true; }
                }
                """);
        Compilation compilation = assertErrors(bad, 2, "DuplicateHealthCheck", 8);
        assertThat(compilation)
                .hadErrorContaining("Two health checks are named \"db\": this one and Bad.one")
                .inFile(bad)
                .onLine(11);
    }

    @Test
    void healthCheckTakingARequestValue() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @HealthCheck
                    public static boolean check(
                            Request request) { return true; }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 10);
        assertThat(compilation).hadErrorContaining("runs outside any request, so it cannot take the request value");
    }

    @Test
    void healthCheckTakingARequestScopedDependency() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Token(String value) { }

                    @Provides
                    public static Token token() { return new Token("t"); }

                    @HealthCheck
                    public static boolean check(
                            Token token) { return true; }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 15);
        assertThat(compilation)
                .hadErrorContaining(
                        "The health check Bad.check runs outside any request, but token is a request-scoped");
    }

    @Test
    void healthCheckTakingWhatNothingProvides() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Pool(int size) { }

                    @HealthCheck
                    public static boolean check(
                            Pool pool) { return true; }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "MissingProvider", 12);
        assertThat(compilation).hadErrorContaining("which the health check Bad.check asks for as pool");
    }

    @Test
    void conflictingThreadingOnAHealthCheck() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @HealthCheck
                    @Blocking
                    @NonBlocking
                    public static boolean check() { return true; }
                }
                """);
        assertErrors(bad, 1, "ConflictingThreading", 10);
    }

    @Test
    void aValidHealthCheckAloneMakesAModule() {
        Compilation compilation = harness.compile(source("Good", """
                public class Good {
                    @HealthCheck
                    public static Future<Boolean> check(Vertx vertx) { return Future.succeededFuture(true); }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                harness.created().contains("test.Kiln_RouteModule"),
                harness.created().toString());
    }
}
