package dev.kiln.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same input always produces byte-identical output, whatever order javac is given the sources in. */
class DeterminismTest {
    @ParameterizedTest
    @ValueSource(strings = {"bodies", "params", "threading", "nested", "deps"})
    void sameInputSameBytes(String name) {
        Path input = Golden.resources().resolve("golden").resolve(name).resolve("input");
        List<JavaFileObject> sources = Golden.sources(input);
        Map<String, String> first = Golden.generatedFiles(Golden.compile(sources));
        Map<String, String> second = Golden.generatedFiles(Golden.compile(sources));
        List<JavaFileObject> reversed = new ArrayList<>(sources);
        Collections.reverse(reversed);
        Map<String, String> third = Golden.generatedFiles(Golden.compile(reversed));
        assertFalse(first.isEmpty());
        assertEquals(first, second);
        assertEquals(first, third);
    }
}
