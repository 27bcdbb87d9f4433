package dev.kiln.processor.blocking;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources under {@code src/test/resources/blocking/} with the check, and reads what it said. */
final class CheckerHarness {

    private CheckerHarness() {}

    /** Compiles the resources (paths below {@code blocking/}) with the check and the given processor options. */
    static Compilation compile(List<String> options, String... resources) {
        return compile(options, false, resources);
    }

    static Compilation compile(List<String> options, boolean generatesSource, String... resources) {
        JavaFileObject[] sources = Arrays.stream(resources)
                .map(resource -> JavaFileObjects.forResource("blocking/" + resource))
                .toArray(JavaFileObject[]::new);
        return javac().withProcessors(new EventLoopMethodsProcessor(generatesSource))
                .withOptions(options)
                .compile(sources);
    }

    /** Every Kiln diagnostic of {@code kind}, in order, as {@code File.java:line: message}. */
    static List<String> kilnDiagnostics(Compilation compilation, Diagnostic.Kind kind) {
        List<String> result = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (diagnostic.getKind() == kind && message.startsWith("[kiln/")) {
                String file = diagnostic.getSource() == null
                        ? "-"
                        : fileName(diagnostic.getSource().getName());
                result.add(file + ":" + diagnostic.getLineNumber() + ": " + message);
            }
        }
        return result;
    }

    /** Every diagnostic of {@code kind}, Kiln's or javac's, as {@code File.java:line: message}. */
    static List<String> allDiagnostics(Compilation compilation, Diagnostic.Kind kind) {
        List<String> result = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            if (diagnostic.getKind() == kind) {
                String file = diagnostic.getSource() == null
                        ? "-"
                        : fileName(diagnostic.getSource().getName());
                result.add(file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
            }
        }
        return result;
    }

    /**
     * The expected diagnostic, {@code File.java:line: message}, spelled out here rather than taken
     * from {@link BlockingCall#message()} so that the tests pin the text users read.
     *
     * @param chain the chain, or {@code null} for a call made directly in the event-loop method
     */
    static String blockingCall(
            String location, String operation, String why, String blockingMethod, String chain, String hint) {
        return location + ": [kiln/BlockingCallOnEventLoop] " + operation + " runs on the event loop (" + why
                + ") but calls " + blockingMethod + (chain == null ? "" : " via " + chain)
                + ", which blocks. Mark it @Blocking, or " + hint + ".";
    }

    /**
     * {@code File.java:line} of the one line of the resource that contains {@code snippet}, so
     * that the tests say which call a diagnostic belongs on rather than a bare number.
     */
    static String at(String resource, String snippet) {
        String[] lines = read(resource).split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                if (found >= 0) {
                    throw new IllegalArgumentException(snippet + " is on more than one line of " + resource);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(snippet + " is not in " + resource);
        }
        return fileName(resource) + ":" + found;
    }

    private static String read(String resource) {
        try (InputStream in = CheckerHarness.class.getClassLoader().getResourceAsStream("blocking/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource blocking/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
