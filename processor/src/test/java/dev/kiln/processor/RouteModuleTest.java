package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** When the route module is written, and when it is not. */
class RouteModuleTest {
    @Test
    void handlersAloneMakeAModuleWrittenBeforeTheLastRound() {
        JavaFileObject handlers = JavaFileObjects.forSourceString("app.errors.Handlers", """
                package app.errors;

                import dev.kiln.ExceptionHandler;
                import dev.kiln.Request;
                import dev.kiln.Response;

                public class Handlers {
                    @ExceptionHandler
                    public static Response<?> conflict(IllegalStateException e, Request request) {
                        return Response.status(409).build();
                    }
                }
                """);
        Compilation compilation = Compilations.compile(List.of(handlers));
        // javac warns about a source file created in the last round; there is none
        Compilations.assertSucceededWithoutWarnings(compilation);
        assertThat(compilation)
                .generatedSourceFile("app.errors.Kiln_RouteModule")
                .contentsAsUtf8String()
                .contains("ExceptionHandlerDef.worker(IllegalStateException.class, \"Handlers.conflict\", \"default\"");
    }

    @Test
    void codeWithoutKilnAnnotationsGetsNothing() {
        JavaFileObject plain = JavaFileObjects.forSourceString("app.Plain", """
                package app;

                public class Plain {
                    public String hello() { return "hello"; }
                }
                """);
        Compilation compilation = Compilations.compile(List.of(plain));
        Compilations.assertSucceededWithoutWarnings(compilation);
        assertEquals(
                List.of(),
                Compilations.generatedFiles(compilation).keySet().stream().toList());
    }

    @Test
    void noModuleWhenKilnReportedErrors() {
        JavaFileObject bad = JavaFileObjects.forSourceString("app.Bad", """
                package app;

                import dev.kiln.Get;

                public class Bad {
                    @Get("/a/{id}")
                    public static String read() { return ""; }

                    @Get("/b")
                    public static String fine() { return ""; }
                }
                """);
        JavaFileObject good = JavaFileObjects.forSourceString("app.Good", """
                package app;

                import dev.kiln.Get;

                public class Good {
                    @Get("/good")
                    public static String good() { return ""; }
                }
                """);
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(bad, good);
        assertThat(compilation).hadErrorCount(1);
        assertEquals(List.of("app.Good_Routes"), processor.created());
        assertFalse(processor.created().contains("app.Kiln_RouteModule"));
    }
}
