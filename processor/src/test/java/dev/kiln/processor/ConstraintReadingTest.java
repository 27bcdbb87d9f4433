package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Constraints are read by name: the older {@code javax.validation} package works as well as Jakarta's. */
class ConstraintReadingTest {
    @Test
    void javaxConstraintsAreCheckedLikeJakartaOnes() {
        JavaFileObject min = JavaFileObjects.forSourceString("javax.validation.constraints.Min", """
                package javax.validation.constraints;

                import java.lang.annotation.*;

                @Retention(RetentionPolicy.RUNTIME)
                @Target({ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD})
                public @interface Min {
                    long value();
                }
                """);
        JavaFileObject api = JavaFileObjects.forSourceString("test.Legacy", """
                package test;

                import dev.kiln.Get;
                import java.util.List;
                import javax.validation.constraints.Min;

                public class Legacy {
                    @Get("/legacy/{id}")
                    public String read(@Min(3) int id, List<@Min(5) Integer> level) { return ""; }
                }
                """);
        Compilation compilation =
                Compiler.javac().withProcessors(new KilnProcessor()).compile(min, api);
        assertThat(compilation).succeededWithoutWarnings();
        String routes = "test.Legacy_Routes";
        assertThat(compilation)
                .generatedSourceFile(routes)
                .contentsAsUtf8String()
                .contains("Params.required(ex.pathParam(0), Binders.INT.check(Checks.min(3)), Loc.path(\"id\"), "
                        + "errors)");
        assertThat(compilation)
                .generatedSourceFile(routes)
                .contentsAsUtf8String()
                .contains("Params.list(ex.queryAll(\"level\"), Binders.INT.check(Checks.min(5)), "
                        + "Loc.query(\"level\"), errors)");
    }
}
