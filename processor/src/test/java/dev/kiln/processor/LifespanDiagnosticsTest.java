package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad {@code @OnStartup}/{@code @OnShutdown} hook per message: the error count, the id, the line, and
 * that no route module was written (a module with the bad hook would not compile, or would run it wrongly).
 */
class LifespanDiagnosticsTest {
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
                "OnStartup  | public void warm()                | it is not public static",
                "OnStartup  | public static String warm()       | it returns java.lang.String instead of void or Future<Void>",
                "OnShutdown | public static boolean warm()      | it returns boolean instead of void or Future<Void>",
                "OnShutdown | public static <T> void warm()     | it declares type parameters",
            })
    void badHookMethod(String annotation, String signature, String problem) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @%s
                    %s { throw new IllegalStateException(); }
                }
                """.formatted(annotation, signature));
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 8);
        assertThat(compilation)
                .hadErrorContaining("The @" + annotation + " hook Bad.warm cannot be run: " + problem + ".");
    }

    @Test
    void hookInAClassThatIsNotPublic() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    static class Hidden {
                        @OnShutdown
                        public static void flush() { }
                    }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadHookMethod", 9);
        assertThat(compilation).hadErrorContaining("its class is not public");
    }

    @Test
    void hookTakingARequestValue() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @OnStartup
                    public static void warm(
                            Request request) { }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 10);
        assertThat(compilation)
                .hadErrorContaining(
                        "The @OnStartup hook Bad.warm runs outside any request, so it cannot take the request value");
    }

    @Test
    void hookTakingARequestScopedDependency() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Token(String value) { }

                    @Provides
                    public static Token token() { return new Token("t"); }

                    @OnShutdown
                    public static void flush(
                            Token token) { }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "ScopeMismatch", 15);
        assertThat(compilation)
                .hadErrorContaining(
                        "The @OnShutdown hook Bad.flush runs outside any request, but token is a request-scoped");
    }

    @Test
    void hookTakingWhatNothingProvides() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public record Pool(int size) { }

                    @OnStartup
                    public static void warm(
                            Pool pool) { }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "MissingProvider", 12);
        assertThat(compilation).hadErrorContaining("which the @OnStartup hook Bad.warm asks for as pool");
    }

    @Test
    void conflictingThreadingOnAHook() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @OnStartup
                    @Blocking
                    @NonBlocking
                    public static void warm() { }
                }
                """);
        assertErrors(bad, 1, "ConflictingThreading", 10);
    }

    @Test
    void validHooksAloneMakeAModule() {
        Compilation compilation = harness.compile(source("Good", """
                public class Good {
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
