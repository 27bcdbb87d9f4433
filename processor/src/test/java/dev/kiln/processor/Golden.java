package dev.kiln.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Golden-file cases: {@code golden/<case>/input/} holds user sources, {@code golden/<case>/expected/}
 * every file the processor must generate, compared byte for byte. Run with
 * {@code -Dkiln.golden.update=true} to rewrite the expected files on purpose (then review the diff).
 */
final class Golden {
    private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private Golden() {}

    /** The test resources directory: the surefire configuration passes it, so updates land in the sources. */
    static Path resources() {
        String dir = System.getProperty("kiln.golden.dir");
        return dir != null ? Path.of(dir) : Path.of("src/test/resources");
    }

    static boolean updating() {
        return Boolean.getBoolean("kiln.golden.update");
    }

    /** The user sources of a directory, as compile-testing file objects. */
    static List<JavaFileObject> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<JavaFileObject> sources = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
            }
            return sources;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code sources} with Kiln's processor, and the generated code with them. */
    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac()
                .withProcessors(new KilnProcessor())
                .withOptions((Object[]) options)
                .compile(sources);
    }

    /** Every generated source and resource, by path relative to its output root. */
    static Map<String, String> generatedFiles(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String uri = file.toUri().toString();
            if (uri.endsWith(".class")) {
                continue;
            }
            int source = uri.indexOf(SOURCE_OUTPUT);
            int resource = uri.indexOf(CLASS_OUTPUT);
            String path = source >= 0
                    ? uri.substring(source + SOURCE_OUTPUT.length())
                    : uri.substring(resource + CLASS_OUTPUT.length());
            try {
                files.put(path, file.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * Compiles a case with lint warnings on (generated code must compile cleanly under {@code -Xlint:all
     * -Werror}; only the annotation-processing and class-file lints, which are about the class path,
     * are off) and compares what was generated with its expected files.
     */
    static void check(String name, String... options) {
        Path caseDir = resources().resolve("golden").resolve(name);
        List<String> lint = new ArrayList<>(List.of(options));
        lint.add("-Xlint:all,-processing,-classfile");
        Compilation compilation = compile(sources(caseDir.resolve("input")), lint.toArray(new String[0]));
        assertSucceededWithoutWarnings(compilation);
        Map<String, String> actual = generatedFiles(compilation);
        Path expectedDir = caseDir.resolve("expected");
        if (updating()) {
            write(expectedDir, actual);
        }
        Map<String, String> expected = read(expectedDir);
        assertEquals(expected.keySet(), actual.keySet(), "the set of generated files of case " + name);
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(
                    file.getValue(),
                    actual.get(file.getKey()),
                    "golden case " + name + ": " + file.getKey() + " (rerun with -Dkiln.golden.update=true to "
                            + "accept a deliberate change)");
        }
    }

    static void assertSucceededWithoutWarnings(Compilation compilation) {
        String diagnostics = compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(null) + " at " + d.getSource() + ":" + d.getLineNumber())
                .collect(Collectors.joining("\n"));
        if (compilation.status() != Compilation.Status.SUCCESS) {
            fail("compilation failed:\n" + diagnostics + "\n"
                    + generatedFiles(compilation).values().stream().collect(Collectors.joining("\n----\n")));
        }
        assertTrue(diagnostics.isEmpty(), "expected no warnings:\n" + diagnostics);
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(
                        dir.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void write(Path dir, Map<String, String> files) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path path : old.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                            .toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
