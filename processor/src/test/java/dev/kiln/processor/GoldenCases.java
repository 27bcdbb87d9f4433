package dev.kiln.processor;

import com.google.testing.compile.Compilation;
import dev.kiln.testsupport.Golden;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The processor's golden cases: each directory under {@code src/test/resources/golden/} is one, with
 * {@code input/} (user sources), {@code expected/} (every file the processor must generate: sources,
 * {@code META-INF/kiln/openapi/<module>.json}, the services file) and a {@code case.properties}:
 * <ul>
 *   <li>{@code about}: what the case covers;</li>
 *   <li>{@code options}: javac options for it, e.g. {@code -Akiln.module=com.example.api.ApiModule};</li>
 *   <li>{@code input}, {@code expected}: other directories, relative to the repository root, for a case
 *       whose files live elsewhere (the runtime's test app, whose expected output is the runtime's
 *       test fixture).</li>
 * </ul>
 */
final class GoldenCases {
    private GoldenCases() {}

    /** One case. */
    record Case(String name, String about, Path input, Path expected, List<String> options) {
        /** The case's user sources. */
        List<JavaFileObject> sources() {
            return Compilations.sources(input);
        }

        /** Compiles the case with its options and {@code more}. */
        Compilation compile(String... more) {
            List<String> all = new ArrayList<>(options);
            all.addAll(List.of(more));
            return Compilations.compile(sources(), all.toArray(new String[0]));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The directory of the cases. */
    static Path root() {
        return Golden.inModule("src/test/resources/golden");
    }

    /** Every case, by name. */
    static List<Case> all() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory)
                    .sorted()
                    .map(dir -> named(dir.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case of that name. */
    static Case named(String name) {
        Path dir = root().resolve(name);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("every golden case has a case.properties: " + dir, e);
        }
        String about = properties.getProperty("about");
        if (about == null || about.isBlank()) {
            throw new IllegalStateException(dir + "/case.properties says nothing 'about' the case");
        }
        String options = properties.getProperty("options", "").strip();
        return new Case(
                name,
                about,
                place(properties.getProperty("input"), dir.resolve("input")),
                place(properties.getProperty("expected"), dir.resolve("expected")),
                options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+")));
    }

    private static Path place(String fromRoot, Path otherwise) {
        return fromRoot == null ? otherwise : Golden.repositoryRoot().resolve(fromRoot.strip());
    }
}
