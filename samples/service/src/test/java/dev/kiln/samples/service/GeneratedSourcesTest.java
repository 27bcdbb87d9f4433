package dev.kiln.samples.service;

import dev.kiln.testsupport.Golden;
import org.junit.jupiter.api.Test;

/**
 * The sample's generated sources are part of the product and are checked in under
 * {@code src/generated/java} (the route classes and module) and {@code src/generated/resources}
 * (the OpenAPI document and the service registration): this test fails when the processor now
 * generates something different.
 *
 * <p>To accept a change on purpose: {@code mvn -B -pl samples/service -am verify -Dkiln.golden.update=true},
 * then review and commit the diff.
 */
class GeneratedSourcesTest {
    @Test
    void checkedInGeneratedSourcesMatchWhatTheProcessorGenerates() {
        Golden.assertTree(
                Golden.inModule("src/generated/java"), Golden.inModule("target/generated-sources/annotations"));
    }

    @Test
    void checkedInGeneratedResourcesMatchWhatTheProcessorGenerates() {
        Golden.assertTree(
                Golden.inModule("src/generated/resources/META-INF"), Golden.inModule("target/classes/META-INF"));
    }
}
