package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The stages the real processor runs after planning, end to end through {@link KilnProcessor}: the
 * blocking-call check on event-loop operations and the OpenAPI document's own checks. (Each stage
 * has its own detailed tests in its package.)
 */
class StagesTest {
    private static Compilation compile(JavaFileObject source, String... options) {
        return Compiler.javac()
                .withProcessors(new KilnProcessor())
                .withOptions((Object[]) options)
                .compile(source);
    }

    private static final JavaFileObject SLEEPY = JavaFileObjects.forSourceString("test.Sleepy", """
            package test;

            import dev.kiln.*;
            import io.vertx.core.Future;

            public class Sleepy {
                @Get("/sleepy")
                public Future<String> sleepy() throws InterruptedException {
                    Thread.sleep(10);
                    return Future.succeededFuture("late");
                }

                @Get("/plain")
                public String plain() throws InterruptedException {
                    Thread.sleep(10);
                    return "fine on a worker";
                }
            }
            """);

    @Test
    void aBlockingCallInAnEventLoopOperationIsACompileErrorAtTheCall() {
        Compilation compilation = compile(SLEEPY);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Sleepy.sleepy runs on the event loop "
                        + "(returns Future) but calls java.lang.Thread.sleep(long), which blocks.")
                .inFile(SLEEPY)
                .onLine(9);
    }

    @Test
    void aBlockingCallInAnEventLoopProviderIsACompileErrorAtTheCall() {
        JavaFileObject tokens = JavaFileObjects.forSourceString("test.Tokens", """
                package test;

                import dev.kiln.*;
                import io.vertx.core.Future;

                public class Tokens {
                    public record Token(String value) {}

                    @Provides
                    public static Future<Token> token() throws InterruptedException {
                        Thread.sleep(10);
                        return Future.succeededFuture(new Token("t"));
                    }

                    @Get("/token")
                    public String read(Token token) {
                        return token.value();
                    }
                }
                """);
        Compilation compilation = compile(tokens);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Tokens.token runs on the event loop")
                .inFile(tokens)
                .onLine(11);
    }

    @Test
    void aBlockingCallInAnEventLoopExceptionHandlerIsACompileErrorAtTheCall() {
        JavaFileObject handlers = JavaFileObjects.forSourceString("test.Handlers", """
                package test;

                import dev.kiln.*;
                import io.vertx.core.Future;

                public class Handlers {
                    @ExceptionHandler
                    public static Future<Response<?>> conflict(IllegalStateException e, Request request)
                            throws InterruptedException {
                        Thread.sleep(10);
                        return Future.succeededFuture(Response.status(409).build());
                    }

                    @ExceptionHandler
                    public static Response<?> blocking(UnsupportedOperationException e, Request request)
                            throws InterruptedException {
                        Thread.sleep(10); // a plain return runs on a worker: not reported
                        return Response.status(501).build();
                    }
                }
                """);
        Compilation compilation = compile(handlers);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Handlers.conflict runs on the event loop "
                        + "(returns Future) but calls java.lang.Thread.sleep(long), which blocks.")
                .inFile(handlers)
                .onLine(10);
    }

    @Test
    void aBlockingCallInAnEventLoopHookIsACompileErrorAtTheCall() {
        JavaFileObject hooks = JavaFileObjects.forSourceString("test.Hooks", """
                package test;

                import dev.kiln.*;
                import io.vertx.core.Future;

                public class Hooks {
                    @OnStartup
                    public static Future<Void> warm() throws InterruptedException {
                        Thread.sleep(10);
                        return Future.succeededFuture();
                    }

                    @HealthCheck
                    @NonBlocking
                    public static boolean ready() throws InterruptedException {
                        Thread.sleep(10);
                        return true;
                    }

                    @OnShutdown
                    public static void flush() throws InterruptedException {
                        Thread.sleep(10); // a void hook runs on a worker: not reported
                    }
                }
                """);
        Compilation compilation = compile(hooks);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Hooks.warm runs on the event loop (returns Future)")
                .inFile(hooks)
                .onLine(9);
        assertThat(compilation)
                .hadErrorContaining("[kiln/BlockingCallOnEventLoop] Hooks.ready runs on the event loop (@NonBlocking)")
                .inFile(hooks)
                .onLine(16);
    }

    @Test
    void theBlockingCheckCanBeTurnedIntoAWarning() {
        Compilation compilation = compile(SLEEPY, "-Akiln.blockingCheck=warn");
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[kiln/BlockingCallOnEventLoop]")
                .inFile(SLEEPY)
                .onLine(9);
    }

    @Test
    void aDuplicateOperationIdIsACompileErrorOnBothOperations() {
        JavaFileObject twice = JavaFileObjects.forSourceString("test.Twice", """
                package test;

                import dev.kiln.*;

                public class Twice {
                    @Get(value = "/a", operationId = "same")
                    public String a() { return ""; }

                    @Get(value = "/b", operationId = "same")
                    public String b() { return ""; }
                }
                """);
        Compilation compilation = compile(twice);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        // the id once, what is wrong, and the catalogue's fix
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateOperationId] operationId 'same' is used by GET /a and GET /b. "
                        + "Set a unique operationId on each.")
                .inFile(twice)
                .onLine(7);
        assertThat(compilation)
                .hadErrorContaining("[kiln/DuplicateOperationId]")
                .inFile(twice)
                .onLine(10);
    }
}
