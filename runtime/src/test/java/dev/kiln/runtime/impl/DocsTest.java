package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the docs come from: the documents the modules name, and the webjars by their own version. */
class DocsTest {

    private static URLClassLoader loaderOf(Path dir) throws Exception {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    private static void write(Path root, String resource, String content) throws Exception {
        Path file = root.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void eachModulesDocumentIsReadByTheNameTheModuleGives(@TempDir Path dir) throws Exception {
        // two compilations' documents side by side, as in a shaded jar
        write(dir, "META-INF/kiln/openapi/com.a.Kiln_RouteModule.json", """
                {"paths":{"/a":{"get":{"operationId":"a"}}},"components":{"schemas":{"A":{"type":"object"}}},
                 "tags":[{"name":"a"}]}""");
        write(dir, "META-INF/kiln/openapi/com.b.Kiln_RouteModule.json", """
                {"paths":{"/b":{"get":{"operationId":"b"}}},"components":{"schemas":{"B":{"type":"string"}}},
                 "tags":[{"name":"b"}]}""");
        // a document no module names is not served
        write(dir, "META-INF/kiln/openapi/com.c.Kiln_RouteModule.json", """
                {"paths":{"/c":{"get":{"operationId":"c"}}}}""");
        try (URLClassLoader loader = loaderOf(dir)) {
            JsonNode doc = Json.mapper()
                    .readTree(Docs.openapi(
                            AppSettings.defaults(),
                            List.of(
                                    "META-INF/kiln/openapi/com.a.Kiln_RouteModule.json",
                                    "META-INF/kiln/openapi/com.b.Kiln_RouteModule.json",
                                    "META-INF/kiln/openapi/com.missing.Kiln_RouteModule.json"),
                            loader));
            assertEquals(List.of("/a", "/b"), fieldNames(doc.get("paths")));
            assertEquals(List.of("A", "B"), fieldNames(doc.at("/components/schemas")));
            assertEquals("a", doc.at("/tags/0/name").asText());
            assertEquals("b", doc.at("/tags/1/name").asText());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aWebjarIsFoundAtTheVersionItsJarDeclares(@TempDir Path dir) throws Exception {
        // what an app that picks another Swagger UI version has on its class path
        write(dir, "META-INF/maven/org.webjars/swagger-ui/pom.properties", "artifactId=swagger-ui\nversion=9.8.7\n");
        write(dir, "META-INF/resources/webjars/swagger-ui/9.8.7/swagger-ui-bundle.js", "bundle");
        try (URLClassLoader loader = loaderOf(dir)) {
            String base = WebJar.base(loader, "swagger-ui");
            assertEquals("META-INF/resources/webjars/swagger-ui/9.8.7/", base);
            assertNotNull(loader.getResource(base + "swagger-ui-bundle.js"));
        }
    }

    @Test
    void kilnsOwnWebjarsAreFound() {
        ClassLoader loader = DocsTest.class.getClassLoader();
        assertNotNull(loader.getResource(WebJar.base(loader, "swagger-ui") + "swagger-ui-bundle.js"));
        assertNotNull(loader.getResource(WebJar.base(loader, "redoc") + "redoc.standalone.js"));
    }

    @Test
    void aMissingWebjarSaysWhatToDo(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderOf(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> WebJar.base(loader, "redoc"));
            assertTrue(e.getMessage().contains("org.webjars:redoc is not on the class path"), e.getMessage());
            assertTrue(e.getMessage().contains("redocUrl(null)"), e.getMessage());
        }
    }
}
