package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad {@code @Middleware} per message: the error count, the id, the line, and that no route module was
 * written (operations would run without the middleware, or generated code would not compile).
 */
class MiddlewareDiagnosticsTest {
    private final ErrorHarness harness = new ErrorHarness("""
            import dev.kiln.*;
            import io.vertx.core.Future;
            import java.util.Optional;

            """);

    /** A source in package {@code test} whose line 7 is the first line of {@code body}. */
    private JavaFileObject source(String className, String body) {
        return harness.source(className, body);
    }

    private Compilation assertErrors(JavaFileObject source, int count, String id, int line) {
        return harness.assertErrors(source, count, id, line, "test.Kiln_RouteModule"::equals);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "public void check()              | it is not public static",
                "static void check()              | it is not public static",
                "public static <T> void check()   | it declares type parameters",
            })
    void middlewareGeneratedCodeCannotCall(String signature, String problem) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Middleware
                    %s { }
                }
                """.formatted(signature));
        Compilation compilation = assertErrors(bad, 1, "BadMiddleware", 8);
        assertThat(compilation)
                .hadErrorContaining("The @Middleware Bad.check cannot be called by generated code: " + problem + ".");
    }

    @Test
    void middlewareInAClassThatIsNotPublic() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    static class Hidden {
                        @Middleware
                        public static void check() { }
                    }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadMiddleware", 9);
        assertThat(compilation).hadErrorContaining("its class is not public");
    }

    @Test
    void middlewareReadingAPathVariable() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Middleware
                    public static void check(
                            @Path("id") int id) { }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "BadMiddleware", 10);
        assertThat(compilation).hadErrorContaining("The @Middleware Bad.check reads the path variable {id}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "String                        | { return null; }",
                "Optional<String>              | { return Optional.empty(); }",
                "Future<String>                | { return null; }",
                "boolean                       | { return true; }",
                "Future<Optional<Object>>      | { return null; }",
            })
    void middlewareReturningWhatItCannot(String type, String body) {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Middleware
                    public static %s check() %s
                }
                """.formatted(type, body));
        Compilation compilation = assertErrors(bad, 1, "MiddlewareReturnType", 8);
        assertThat(compilation).hadErrorContaining("The @Middleware Bad.check returns ");
    }

    @Test
    void middlewareTakingWhatNothingProvides() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    public interface Pool { }

                    @Middleware
                    public static void check(
                            Pool pool) { }
                }
                """);
        Compilation compilation = assertErrors(bad, 1, "MissingProvider", 12);
        assertThat(compilation).hadErrorContaining("which the @Middleware Bad.check asks for as pool");
    }

    @Test
    void conflictingThreadingOnAMiddleware() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Middleware
                    @Blocking
                    @NonBlocking
                    public static void check() { }
                }
                """);
        assertErrors(bad, 1, "ConflictingThreading", 10);
    }

    @Test
    void aBlockingCallInAnEventLoopMiddlewareIsReported() {
        JavaFileObject bad = source("Bad", """
                public class Bad {
                    @Middleware
                    public static Future<Void> slow() throws InterruptedException {
                        Thread.sleep(10);
                        return Future.succeededFuture();
                    }

                    @Get("/a")
                    public static Future<String> a() { return Future.succeededFuture("a"); }
                }
                """);
        // KilnProcessor itself: the check needs javac's own processing environment, which the harness wraps
        Compilation compilation =
                Compiler.javac().withProcessors(new KilnProcessor()).compile(bad);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Bad.slow runs on the event loop (Bad.slow returns "
                        + "Future) but calls java.lang.Thread.sleep(long), which blocks.")
                .inFile(bad)
                .onLine(10);
    }

    @Test
    void validMiddlewareOfEveryKindCompileWithTheirOperations() {
        Compilation compilation = harness.compile(source("Everywhere", """
                        public class Everywhere {
                            @Middleware
                            public static Future<Optional<Response<?>>> async(@Header Optional<String> token) {
                                return Future.succeededFuture(Optional.empty());
                            }

                            @Middleware(order = 1)
                            public static Optional<Response<String>> blocking(Request request) {
                                return Optional.empty();
                            }
                        }
                        """), source("Api", """
                        public class Api {
                            @Middleware
                            @NonBlocking
                            public static void own(ResponseHeaders headers) { }

                            @Get("/a")
                            public static String a() { return "a"; }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(
                harness.created().contains("test.Kiln_RouteModule"),
                harness.created().toString());
    }
}
