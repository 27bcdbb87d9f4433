package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A route class that uses a type another processor generates in the first round waits for the
 * next round instead of being read with an error type.
 */
class DeferralTest {
    /** Generates {@code test.gen.Greeting}, a record, when it sees any class annotated {@code @test.MakeGreeting}. */
    static final class GreetingProcessor extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("test.MakeGreeting");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done && !annotations.isEmpty()) {
                done = true;
                try {
                    JavaFileObject file = processingEnv.getFiler().createSourceFile("test.gen.Greeting");
                    try (Writer writer = file.openWriter()) {
                        writer.write("package test.gen;\n\npublic record Greeting(String text, int times) {\n}\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return true;
        }
    }

    @Test
    void routeClassWaitsForGeneratedTypes() {
        JavaFileObject marker = JavaFileObjects.forSourceString("test.MakeGreeting", """
                package test;

                public @interface MakeGreeting {
                }
                """);
        JavaFileObject routes = JavaFileObjects.forSourceString("test.Greetings", """
                package test;

                import dev.kiln.Post;
                import test.gen.Greeting;

                @MakeGreeting
                public class Greetings {
                    @Post("/greetings")
                    public Greeting echo(Greeting greeting) {
                        return greeting;
                    }
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new GreetingProcessor(), new KilnProcessor())
                .compile(marker, routes);
        Compilations.assertSucceededWithoutWarnings(compilation);
        // read as a record (not left to Jackson as an unknown type): its components are bound one by one
        assertThat(compilation)
                .generatedSourceFile("test.Greetings_Routes")
                .contentsAsUtf8String()
                .contains("Field.required(\"times\", Binders.INT)");
        assertThat(compilation)
                .generatedSourceFile("test.Kiln_RouteModule")
                .contentsAsUtf8String()
                .contains("routes.addAll(new Greetings_Routes(app).routes());");
    }
}
