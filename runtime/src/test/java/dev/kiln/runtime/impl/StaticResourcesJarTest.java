package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code App.staticResources} from a jar (the it-tests serve a class path folder on disk): entries read
 * whole on a worker, typed, validated and ranged like files; a folder entry is a 404.
 */
class StaticResourcesJarTest {
    @TempDir
    static Path temp;

    private static TestClient client;
    private static URLClassLoader loader;

    @BeforeAll
    static void start() throws IOException {
        Path jar = temp.resolve("web.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("jarweb/"));
            out.putNextEntry(new JarEntry("jarweb/app.js"));
            out.write("let kiln = 1;\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("jarweb/css/"));
            out.putNextEntry(new JarEntry("jarweb/css/site.css"));
            out.write("p{}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("secret.txt"));
            out.write("secret\n".getBytes(StandardCharsets.UTF_8));
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, before);
        thread.setContextClassLoader(loader);
        try {
            client = TestClient.start(Kiln.app().instances(1).staticResources("/jar/", "/jarweb/"));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        loader.close();
    }

    @Test
    void entriesAreServedTypedWithValidatorsAndRanges() {
        TestResponse js = client.get("/jar/app.js");
        assertEquals(200, js.status());
        assertEquals("text/javascript; charset=utf-8", js.header("content-type"));
        assertEquals("let kiln = 1;\n", js.text());
        assertTrue(js.header("etag").endsWith("-e\""), js.header("etag"));
        assertEquals("p{}\n", client.get("/jar/css/site.css").text());

        TestResponse cached = client.request("GET", "/jar/app.js")
                .header("If-None-Match", js.header("etag"))
                .send();
        assertEquals(304, cached.status());
        TestResponse part = client.request("GET", "/jar/app.js")
                .header("Range", "bytes=4-7")
                .send();
        assertEquals(206, part.status());
        assertEquals("kiln", part.text());
        assertEquals("bytes 4-7/14", part.header("content-range"));
    }

    @Test
    void foldersMissingEntriesAndEverythingOutsideAre404() {
        for (String path : new String[] {"/jar/css", "/jar/css/", "/jar/none.js", "/jar/%2e%2e/secret.txt"}) {
            TestResponse r = client.get(path);
            assertEquals(404, r.status(), path);
            assertEquals("{\"detail\":\"Not Found\"}", r.text());
        }
    }
}
