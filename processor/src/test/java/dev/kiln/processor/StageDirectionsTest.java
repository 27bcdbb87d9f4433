package dev.kiln.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend one way: each reads the model (and reports through {@code diag}), and only later
 * stages use earlier ones' results. A later stage that needs a fact about user code gets it from the
 * model, never by going back to {@code read}. Checked on the imports of {@code src/main}.
 */
class StageDirectionsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/kiln/processor");
    /** The root package (the entry: {@code KilnProcessor}, {@code Pipeline}, the extension point) is {@code ""}. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "diag", Set.of(),
            "read", Set.of("model"),
            "validate", Set.of("model", "diag"),
            "graph", Set.of("model", "diag"),
            "codegen", Set.of("model", "graph"),
            "openapi", Set.of("model", "diag", "graph", ""),
            "blocking", Set.of("diag", "graph", ""));

    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import (?:static )?dev\\.kiln\\.processor\\.([\\w.]+);");

    @Test
    void eachStageImportsOnlyTheModelAndEarlierStages() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> stages = Files.list(SOURCES)) {
            for (Path stage : stages.filter(Files::isDirectory).sorted().toList()) {
                String name = stage.getFileName().toString();
                Set<String> allowed = ALLOWED.get(name);
                assertTrue(allowed != null, "a stage this test does not know: " + name);
                try (Stream<Path> files = Files.list(stage)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .forEach(file -> imports(file).forEach(imported -> {
                                String of = stageOf(imported);
                                if (!of.equals(name) && !allowed.contains(of)) {
                                    wrong.add(name + "/" + file.getFileName() + " imports " + imported);
                                }
                            }));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** {@code read.Mirrors} → {@code read}; {@code PipelineExtension} (the root package) → {@code ""}. */
    private static String stageOf(String imported) {
        String first = imported.substring(0, imported.indexOf('.') < 0 ? imported.length() : imported.indexOf('.'));
        return Character.isUpperCase(first.charAt(0)) ? "" : first;
    }

    private static List<String> imports(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            List<String> found = new ArrayList<>();
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
