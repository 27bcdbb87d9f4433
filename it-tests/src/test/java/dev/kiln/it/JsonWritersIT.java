package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiln.Kiln;
import dev.kiln.it.writers.WriterModels;
import dev.kiln.runtime.json.Json;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON the generated writers put on the wire is, byte for byte, what Kiln's Jackson mapper writes for
 * the same value: every member kind, null and empty values, edge numbers, text that must be escaped, the
 * Jackson annotations Kiln models, generic, recursive and nested types, and the types left to databind.
 */
class JsonWritersIT {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static byte[] databind(Object value) throws JsonProcessingException {
        return Json.mapper().writeValueAsBytes(value);
    }

    private static void assertSameJson(Object expected, TestResponse response) throws JsonProcessingException {
        assertEquals(200, response.status(), response::text);
        byte[] wanted = databind(expected);
        assertArrayEquals(
                wanted,
                response.bytes(),
                () -> "databind: " + new String(wanted, StandardCharsets.UTF_8) + "\nwritten:  " + response.text());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyMemberKindAsDatabindWritesIt(int variant) throws Exception {
        assertSameJson(WriterModels.everything(variant), client.get("/writers/everything/" + variant));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aClassLevelIncludeRule(int variant) throws Exception {
        assertSameJson(WriterModels.sparse(variant), client.get("/writers/sparse/" + variant));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void anAbsenceKilnDoesNotModelIsLeftToDatabind(int variant) throws Exception {
        TestResponse response = client.get("/writers/absent/" + variant);
        assertSameJson(WriterModels.absentCount(variant), response);
        assertEquals(variant == 0, response.text().contains("count"), response::text);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aRecordsGettersAfterItsComponentsAndExplicitNamesLast(int variant) throws Exception {
        TestResponse response = client.get("/writers/derived/" + variant);
        assertSameJson(WriterModels.derived(variant), response);
        if (variant == 0) {
            assertEquals("{\"zed\":\"ab\",\"b\":3,\"twice\":6,\"first\":\"abab\"}", response.text());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aBeanInJacksonsOrderByItsRules(int variant) throws Exception {
        assertSameJson(WriterModels.gauge(variant), client.get("/writers/gauge/" + variant));
    }

    @Test
    void jsonPropertyOrderPlacesExplicitlyNamedPropertiesToo() throws Exception {
        TestResponse listed = client.get("/writers/listed");
        assertSameJson(new WriterModels.Listed("a", "b", "c"), listed);
        assertEquals("{\"bee\":\"b\",\"a\":\"a\",\"c\":\"c\",\"e\":\"e\",\"dee\":\"d\"}", listed.text());
        TestResponse sorted = client.get("/writers/sorted");
        assertSameJson(new WriterModels.Sorted(), sorted);
        assertEquals("{\"bee\":\"b\",\"c\":\"c\",\"z\":\"z\"}", sorted.text());
    }

    @Test
    void aGetterThatDeclaresAnExceptionLeavesTheBeanToDatabind() throws Exception {
        TestResponse response = client.get("/writers/guarded");
        assertSameJson(new WriterModels.Guarded(), response);
        assertEquals("{\"token\":\"t\",\"label\":\"guarded\"}", response.text());
    }

    @Test
    void aRecursiveRecord() throws Exception {
        assertSameJson(WriterModels.tree(), client.get("/writers/tree"));
    }

    @Test
    void aGenericRecord() throws Exception {
        assertSameJson(WriterModels.page(), client.get("/writers/page"));
    }

    @Test
    void topLevelCollectionsAndMaps() throws Exception {
        assertSameJson(List.of(WriterModels.everything(0), WriterModels.everything(2)), client.get("/writers/list"));
        assertSameJson(Map.of("tree", Optional.of(WriterModels.tree())), client.get("/writers/map"));
    }

    @Test
    void aMemberFormatLeavesTheRecordToDatabind() throws Exception {
        TestResponse response = client.get("/writers/formatted");
        assertSameJson(WriterModels.formatted(), response);
        assertTrue(response.text().contains("\"02/12/2026\""), response::text);
    }

    @Test
    void jsonLinesItemsUseTheSameWriter() throws Exception {
        String expected = IntStream.range(0, 4)
                .mapToObj(i -> {
                    try {
                        return new String(databind(WriterModels.everything(i)), StandardCharsets.UTF_8) + "\n";
                    } catch (JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                })
                .collect(Collectors.joining());
        assertEquals(expected, client.get("/writers/lines").text());
    }

    /**
     * The comparisons above would pass if every type fell back to databind: the generated class must have
     * written the records and beans itself, and left to databind only the ones with a member format or an absence it does not model.
     */
    @Test
    void recordsAndBeansGetGeneratedWritersAndOnlyTheUnmodelledOnesFallBack() throws Exception {
        Class<?> routes = Class.forName("dev.kiln.it.writers.WriterApi_Routes");
        List<String> writers = Arrays.stream(routes.getDeclaredMethods())
                .filter(m -> m.getName().startsWith("write"))
                .filter(m -> m.getParameterCount() == 2 && m.getParameterTypes()[1] == JsonGenerator.class)
                .map(m -> m.getParameterTypes()[0].getSimpleName())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "AllKinds",
                        "Branch",
                        "Derived",
                        "Gauge",
                        "Listed",
                        "Nested",
                        "Paged",
                        "RenamedKind",
                        "Sorted",
                        "SparseValues"),
                writers);
        assertFalse(writers.contains("DatedNote"));
        assertFalse(writers.contains("Guarded"));
        assertFalse(writers.contains("AbsentCount"));
    }
}
