package dev.kiln.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample's generated sources are part of the product and are checked in under
 * {@code src/generated/java} (the route classes and module) and {@code src/generated/resources}
 * (the OpenAPI document and the service registration): this test fails when the processor now
 * generates something different.
 *
 * <p>To accept a change on purpose: {@code mvn -B -pl samples/hello -am verify -Dkiln.generated.update=true},
 * then review and commit the diff.
 */
class GeneratedSourcesTest {

    private static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void checkedInGeneratedSourcesMatchWhatTheProcessorGenerates() throws IOException {
        assertSame(
                Path.of(System.getProperty("kiln.generated.actual")),
                Path.of(System.getProperty("kiln.generated.expected")));
    }

    @Test
    void checkedInGeneratedResourcesMatchWhatTheProcessorGenerates() throws IOException {
        assertSame(
                Path.of(System.getProperty("kiln.generated.resources.actual")),
                Path.of(System.getProperty("kiln.generated.resources.expected")));
    }

    private static void assertSame(Path actualDir, Path expectedDir) throws IOException {
        Map<String, String> actual = read(actualDir);
        assertFalse(actual.isEmpty(), "the processor generated nothing into " + actualDir);

        if (Boolean.getBoolean("kiln.generated.update")) {
            for (String stale : read(expectedDir).keySet()) {
                Files.delete(expectedDir.resolve(stale));
            }
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Path target = expectedDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return;
        }
        Map<String, String> expected = read(expectedDir);
        assertEquals(
                expected.keySet(),
                actual.keySet(),
                "generated files differ from " + expectedDir + "; refresh with -Dkiln.generated.update=true");
        for (String name : expected.keySet()) {
            assertEquals(
                    expected.get(name),
                    actual.get(name),
                    name + " differs from the checked-in copy; refresh with -Dkiln.generated.update=true");
        }
    }
}
