package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code App.rootPath}, FastAPI's {@code root_path}: the OpenAPI document's {@code servers} and the docs
 * pages' links carry the prefix; requests route with it (a proxy that keeps it) or without it (one
 * that strips it), as Starlette routes them.
 */
class RootPathTest {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app().instances(1).rootPath("/api/v1/"));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void theDocumentNamesTheRootPathAsItsServer() {
        TestResponse r = client.get("/openapi.json");
        assertEquals("[{\"url\":\"/api/v1\"}]", r.json().get("servers").toString());
    }

    @Test
    void theDocsPagesLoadEverythingUnderTheRootPath() {
        String swagger = client.get("/docs").text();
        assertTrue(swagger.contains("href=\"/api/v1/docs/swagger-ui.css\""), swagger);
        assertTrue(swagger.contains("src=\"/api/v1/docs/swagger-ui-bundle.js\""), swagger);
        assertTrue(swagger.contains("src=\"/api/v1/docs/swagger-initializer.js\""), swagger);
        String initializer = client.get("/docs/swagger-initializer.js").text();
        assertTrue(initializer.contains("url: \"/api/v1/openapi.json\""), initializer);
        assertTrue(
                initializer.contains("oauth2RedirectUrl: window.location.origin + \"/api/v1/docs/oauth2-redirect\""),
                initializer);
        TestResponse redirectPage = client.get("/docs/oauth2-redirect");
        assertEquals(200, redirectPage.status());
        assertTrue(redirectPage.text().contains("<script src=\"oauth2-redirect.js\">"), redirectPage.text());
        assertTrue(client.get("/docs/oauth2-redirect.js").text().contains("swaggerUIRedirectOauth2"));
        String redoc = client.get("/redoc").text();
        assertTrue(redoc.contains("spec-url=\"/api/v1/openapi.json\""), redoc);
        assertTrue(redoc.contains("src=\"/api/v1/redoc/redoc.standalone.js\""), redoc);
    }

    @Test
    void routesWithOrWithoutThePrefix() {
        assertEquals("hello, world", client.get("/text").text());
        assertEquals("hello, world", client.get("/api/v1/text").text());
        assertEquals(200, client.get("/api/v1/docs/swagger-ui.css").status());
        // Only a whole segment is a prefix.
        assertEquals(404, client.get("/api/v1text").status());
    }

    @Test
    void aTrailingSlashRedirectKeepsThePrefix() {
        TestResponse r = client.request("GET", "/api/v1/text/").query("a", "1").send();
        assertEquals(307, r.status());
        assertEquals("/api/v1/text?a=1", r.header("Location"));
        assertEquals("/api/v1/text", client.get("/text/").header("Location"));
    }

    @Test
    void noServersWithoutARootPath() {
        try (TestClient plain = TestClient.start(Kiln.app().instances(1).rootPath("/"))) {
            assertFalse(plain.get("/openapi.json").json().has("servers"));
            assertTrue(plain.get("/docs").text().contains("href=\"/docs/swagger-ui.css\""));
        }
    }

    @Test
    void aRootPathIsAPath() {
        assertThrows(IllegalArgumentException.class, () -> Kiln.app().rootPath("api"));
    }
}
