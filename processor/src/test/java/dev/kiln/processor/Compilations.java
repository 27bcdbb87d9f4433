package dev.kiln.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
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

/** Compiling user code with Kiln's processor in a test, and reading what it generated. */
final class Compilations {
    private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private Compilations() {}

    /** The user sources under a directory, in path order, as compile-testing file objects. */
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

    /**
     * Every generated source and resource (the OpenAPI document, the services file), by path relative
     * to its output root.
     */
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
}
