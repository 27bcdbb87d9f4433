package dev.kiln.processor;

import com.google.testing.compile.Compilation;
import dev.kiln.testsupport.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case ({@link GoldenCases}): its input compiles with the processor under {@code -Xlint:all}
 * without a warning (generated code must compile cleanly), and the processor generates exactly the
 * expected files, byte for byte. {@code -Dkiln.golden.update=true} rewrites them on purpose.
 */
class GoldenTest {
    static java.util.List<GoldenCases.Case> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheExpectedFiles(GoldenCases.Case golden) {
        // only the annotation-processing and class-file lints, which are about the class path, are off
        Compilation compilation = golden.compile("-Xlint:all,-processing,-classfile");
        Compilations.assertSucceededWithoutWarnings(compilation);
        Golden.assertTree(golden.expected(), Compilations.generatedFiles(compilation));
    }
}
