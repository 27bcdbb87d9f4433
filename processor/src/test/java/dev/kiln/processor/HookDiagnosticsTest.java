package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One bad static hook ({@code @HealthCheck}, {@code @OnStartup}, {@code @OnShutdown}) per message: the error
 * count, the id, the line, and that no route module was written (a module with the bad hook would not
 * compile, or would run it wrongly). What every kind of hook shares is tested for each kind.
 */
class HookDiagnosticsTest {
    /** A kind of hook: its annotation, how messages name one, and a declaration it accepts. */
    enum Kind {
        HEALTH_CHECK("@HealthCheck", "The health check", "public static boolean", "{ return true; }"),
        ON_STARTUP("@OnStartup", "The @OnStartup hook", "public static void", "{ }"),
        ON_SHUTDOWN("@OnShutdown", "The @OnShutdown hook", "public static void", "{ }");

        final String annotation;
        final String who;
        final String declaration;
        final String body;

        Kind(String annotation, String who, String declaration, String body) {
            this.annotation = annotation;
            this.who = who;
            this.declaration = declaration;
            this.body = body;
        }
    }

    private final ErrorHarness harness = new ErrorHarness("""
            import dev.kiln.*;
            import io.vertx.core.Future;
            import io.vertx.core.Vertx;

            """);

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private JavaFileObject source(String className, String body) {
        return harness.source(className, body);
    }

    /** The errors of {@code source}, and no route module written. */
    private Compilation assertErrors(JavaFileObject source, int count, String id, int line) {
        return harness.assertErrors(source, count, id, line, "test.Kiln_RouteModule"::equals);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HealthCheck | public boolean check()               | it is not public static",
                "HealthCheck | public static String check()         | it returns java.lang.String instead of boolean or Future<Boolean>",
                "HealthCheck | public static Future<String> check() | it returns io.vertx.core.Future<java.lang.String> instead of boolean or Future<Boolean>",
                "HealthCheck | public static <T> boolean check()    | it declares type parameters",
                "OnStartup   | public void check()                  | it is not public static",
                "OnStartup   | public static String check()         | it returns java.lang.String instead of void or Future<Void>",
                "OnShutdown  | public static boolean check()        | it returns boolean instead of void or Future<Void>",
                "OnShutdown  | public static <T> void check()       | it declares type parameters",
            })
    void badHookMethod(String annotation, String signature, String problem) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @%s
                    %s { throw new IllegalStateException(); }
                }
                """.formatted(annotation, signature));
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 8);
        String who = annotation.equals("HealthCheck") ? "The health check" : "The @" + annotation + " hook";
        assertThat(compilation).hadErrorContaining(who + " Bad.check cannot be run: " + problem + ".");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hookInAClassThatIsNotPublic(Kind kind) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    static class Hidden {
                        %s
                        %s check() %s
                    }
                }
                """.formatted(kind.annotation, kind.declaration, kind.body));
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 9);
        assertThat(compilation).hadErrorContaining("its class is not public");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hookTakingARequestValue(Kind kind) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    %s
                    %s check(
                            Request request) %s
                }
                """.formatted(kind.annotation, kind.declaration, kind.body));
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 10);
        assertThat(compilation)
                .hadErrorContaining(
                        kind.who + " Bad.check runs outside any request, so it cannot take the request value");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hookTakingARequestScopedDependency(Kind kind) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Token(String value) { }

                    @Provides
                    public static Token token() { return new Token("t"); }

                    %s
                    %s check(
                            Token token) %s
                }
                """.formatted(kind.annotation, kind.declaration, kind.body));
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 15);
        assertThat(compilation)
                .hadErrorContaining(kind.who + " Bad.check runs outside any request, but token is a request-scoped");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hookTakingWhatNothingProvides(Kind kind) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Pool(int size) { }

                    %s
                    %s check(
                            Pool pool) %s
                }
                """.formatted(kind.annotation, kind.declaration, kind.body));
        Compilation compilation = assertErrors(bad, 1, "MissingProvider", 12);
        assertThat(compilation)
                .hadErrorContaining("which " + kind.who.replace("The ", "the ") + " Bad.check asks for as pool");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void conflictingThreadingOnAHook(Kind kind) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    %s
                    @Blocking
                    @NonBlocking
                    %s check() %s
                }
                """.formatted(kind.annotation, kind.declaration, kind.body));
        assertErrors(bad, 1, "ConflictingThreading", 10);
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
    void validHooksAloneMakeAModule() {
        Compilation compilation = harness.compile(source("Good", """
                public class Good {
                    @HealthCheck
                    public static Future<Boolean> check(Vertx vertx) { return Future.succeededFuture(true); }

                    @OnStartup
                    public static Future<Void> warm(Vertx vertx) { return Future.succeededFuture(); }

                    @OnShutdown
                    public static void flush() { }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                harness.created().contains("test.Kiln_RouteModule"),
                harness.created().toString());
    }
}
