package dev.kiln.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * The one golden-file harness: compares what a test produced (a tree of files, one file, or a JSON
 * document) with the expected copy checked in, and fails with a unified diff. Run with
 * {@code -Dkiln.golden.update=true} to rewrite the expected copies on purpose instead, then review the
 * diff in git; CI never sets it. ({@code -Dkiln.generated.update=true}, the samples' older name, works
 * too.)
 *
 * <p>Relative paths are resolved against the module under test: surefire passes {@code kiln.basedir}
 * (the parent pom sets it for every module), else the working directory.
 */
public final class Golden {
    /** The system property that rewrites expected files: {@code -Dkiln.golden.update=true}. */
    public static final String UPDATE = "kiln.golden.update";

    private static final String OLD_UPDATE = "kiln.generated.update";
    private static final String HOW_TO_ACCEPT =
            "If the change is deliberate, rerun with -D" + UPDATE + "=true and review the diff.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Golden() {}

    /** Whether this run rewrites expected files rather than comparing. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE) || Boolean.getBoolean(OLD_UPDATE);
    }

    /** The directory of the module under test. */
    public static Path moduleDir() {
        return Path.of(System.getProperty("kiln.basedir", "")).toAbsolutePath().normalize();
    }

    /** The repository root: the highest directory above the module that still holds a {@code pom.xml}. */
    public static Path repositoryRoot() {
        Path root = moduleDir();
        while (root.getParent() != null && Files.isRegularFile(root.getParent().resolve("pom.xml"))) {
            root = root.getParent();
        }
        return root;
    }

    /** {@code path} relative to the module under test (an absolute path stays as it is). */
    public static Path inModule(String path) {
        return moduleDir().resolve(path);
    }

    /**
     * Compares a produced tree of text files (relative path with {@code /} → content) with the files
     * under {@code expectedDir}, exactly: the same paths, the same bytes. Updating rewrites the directory
     * to hold exactly {@code actual}.
     */
    public static void assertTree(Path expectedDir, Map<String, String> actual) {
        if (updating()) {
            writeTree(expectedDir, actual);
            return;
        }
        Map<String, String> expected = readTree(expectedDir);
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String want = expected.get(name);
            String got = actual.get(name);
            if (want == null) {
                problems.add("+ " + name + " is produced but not expected (not in " + expectedDir + ")");
            } else if (got == null) {
                problems.add("- " + name + " is expected but no longer produced");
            } else if (!want.equals(got)) {
                problems.add(TextDiff.unified(name, want, got));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(
                    "The files produced differ from " + expectedDir + ":\n" + String.join("\n", problems) + "\n"
                            + HOW_TO_ACCEPT,
                    join(expected),
                    join(actual));
        }
    }

    /** {@link #assertTree(Path, Map)} with the files under {@code actualDir}. */
    public static void assertTree(Path expectedDir, Path actualDir) {
        Map<String, String> actual = readTree(actualDir);
        if (actual.isEmpty()) {
            throw new AssertionFailedError("Nothing was produced into " + actualDir);
        }
        assertTree(expectedDir, actual);
    }

    /** Compares a produced text with the file {@code expected}, exactly. */
    public static void assertText(Path expected, String actual) {
        if (updating()) {
            write(expected, actual);
            return;
        }
        String want = read(expected);
        if (!want.equals(actual)) {
            throw new AssertionFailedError(
                    expected + " differs:\n"
                            + TextDiff.unified(expected.getFileName().toString(), want, actual) + "\n" + HOW_TO_ACCEPT,
                    want,
                    actual);
        }
    }

    /**
     * Compares a JSON document with the file {@code expected} as JSON trees: key order and layout aside.
     * Updating writes {@code actual} as it is.
     */
    public static void assertJson(Path expected, String actual) {
        JsonNode got = parse(actual, "the produced document");
        if (updating()) {
            write(expected, actual);
            return;
        }
        JsonNode want = parse(read(expected), expected.toString());
        if (!want.equals(got)) {
            String wantText = pretty(sorted(want));
            String gotText = pretty(sorted(got));
            throw new AssertionFailedError(
                    expected + " differs as JSON (keys sorted for the diff):\n"
                            + TextDiff.unified(expected.getFileName().toString(), wantText, gotText) + "\n"
                            + HOW_TO_ACCEPT,
                    wantText,
                    gotText);
        }
    }

    /** Every regular file under {@code dir}, by path relative to it with {@code /}; empty when there is no dir. */
    public static Map<String, String> readTree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void writeTree(Path dir, Map<String, String> files) {
        for (String stale : readTree(dir).keySet()) {
            if (!files.containsKey(stale)) {
                try {
                    Files.delete(dir.resolve(stale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        files.forEach((name, content) -> write(dir.resolve(name), content));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.isRegularFile(file) || !read(file).equals(content)) {
                Files.writeString(file, content, StandardCharsets.UTF_8);
                System.err.println("[golden] rewrote " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expected file " + file + " (" + HOW_TO_ACCEPT + ")", e);
        }
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionFailedError(what + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var copy = JSON.createObjectNode();
            new TreeSet<>(iterable(node.fieldNames())).forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        files.forEach(
                (name, content) -> all.append("==== ").append(name).append('\n').append(content));
        return all.toString();
    }
}
