package dev.kiln.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same input always produces byte-identical output, whatever order javac is given the sources in:
 * every golden case compiled twice, and once more with its sources reversed, generates the same files
 * (sources, the OpenAPI document {@code META-INF/kiln/openapi/<module>.json}, the services file).
 */
class DeterminismTest {
    static List<GoldenCases.Case> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameInputSameBytes(GoldenCases.Case golden) {
        List<JavaFileObject> sources = golden.sources();
        String[] options = golden.options().toArray(new String[0]);
        Map<String, String> first = Compilations.generatedFiles(Compilations.compile(sources, options));
        Map<String, String> second = Compilations.generatedFiles(Compilations.compile(sources, options));
        List<JavaFileObject> reversed = new ArrayList<>(sources);
        Collections.reverse(reversed);
        Map<String, String> third = Compilations.generatedFiles(Compilations.compile(reversed, options));
        assertTrue(
                first.keySet().stream().anyMatch(f -> f.startsWith("META-INF/kiln/openapi/") && f.endsWith(".json")),
                first.keySet().toString());
        assertTrue(
                first.keySet().stream().anyMatch(f -> f.startsWith("META-INF/services/")),
                first.keySet().toString());
        assertEquals(first, second);
        assertEquals(first, third);
    }
}
