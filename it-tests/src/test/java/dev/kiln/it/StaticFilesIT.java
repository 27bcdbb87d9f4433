package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code App.staticFiles} and {@code App.staticResources} over real HTTP: files with their types and
 * validators, {@code HEAD}, {@code 304}, {@code Range}; and the traversal table, sent byte for byte
 * (no client normalises these paths): every attempt to leave the folder is a 404 that reveals nothing.
 *
 * <pre>
 * root/
 *   secret.txt                 outside the folder
 *   outside/secret.txt         outside the folder
 *   public/                    served at /static
 *     a.txt, css/site.css, sub dir/été.txt
 *     inside  -> a.txt         a link that stays inside
 *     leak    -> ../secret.txt a link that leads out
 *     escape  -> ../outside    a folder link that leads out
 * </pre>
 */
class StaticFilesIT {
    private static final String SECRET = "the secret";
    private static Path root;
    private static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        root = Files.createTempDirectory("kiln-static");
        Path folder = Files.createDirectories(root.resolve("public"));
        Files.writeString(root.resolve("secret.txt"), SECRET);
        Files.writeString(Files.createDirectories(root.resolve("outside")).resolve("secret.txt"), SECRET);
        Files.writeString(folder.resolve("a.txt"), "hello static\n");
        Files.writeString(Files.createDirectories(folder.resolve("css")).resolve("site.css"), "body{}\n");
        Files.writeString(Files.createDirectories(folder.resolve("sub dir")).resolve("été.txt"), "accents\n");
        Files.createSymbolicLink(folder.resolve("inside"), Path.of("a.txt"));
        Files.createSymbolicLink(folder.resolve("leak"), Path.of("../secret.txt"));
        Files.createSymbolicLink(folder.resolve("escape"), Path.of("../outside"));
        client = TestClient.start(Kiln.app().staticFiles("/static", folder).staticResources("/assets", "web"));
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** Sends {@code GET target} exactly as written and returns the whole answer (head and body). */
    private static String raw(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", client.app().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: it\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/static/../secret.txt",
                "/static/../../secret.txt",
                "/static/css/../../secret.txt",
                "/static/%2e%2e/secret.txt",
                "/static/%2E%2E/secret.txt",
                "/static/.%2e/secret.txt",
                "/static/%2e%2e%2fsecret.txt",
                "/static/..%2fsecret.txt",
                "/static/..%2Fsecret.txt",
                "/static/..%5csecret.txt",
                "/static/..\\secret.txt",
                "/static/css\\..\\..\\secret.txt",
                "/static/%252e%252e/secret.txt",
                "/static/a.txt%00.png",
                "/static/leak",
                "/static/escape/secret.txt",
                "/static/./a.txt",
                "/static//a.txt",
                "/static/",
                "/static/css",
                "/static/css/",
                "/static/escape",
                "/static/nothing-here.txt",
                "/assets/../web/app.js",
                "/assets/%2e%2e/dev/kiln/it/app/ItApp.class",
                "/assets/css",
                "/assets/",
            })
    void nothingOutsideTheFolderAndNoFolderIsServed(String target) throws IOException {
        String answer = raw("GET", target);
        assertTrue(answer.startsWith("HTTP/1.1 404 "), () -> target + ":\n" + answer);
        assertTrue(answer.endsWith("{\"detail\":\"Not Found\"}"), answer);
        assertFalse(answer.contains(SECRET), answer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/static/a.txt                          | text/plain; charset=utf-8 | hello static",
                "/static/inside                         | application/octet-stream  | hello static",
                "/static/css/site.css                   | text/css; charset=utf-8   | body{}",
                "/static/sub%20dir/%C3%A9t%C3%A9.txt    | text/plain; charset=utf-8 | accents",
                "/assets/app.js                         | text/javascript; charset=utf-8 | console.log(\"kiln\");",
                "/assets/css/site.css                   | text/css; charset=utf-8   | body { margin: 0; }",
            })
    void filesInsideAreServedWithTheirType(String path, String type, String body) {
        TestResponse file = client.get(path);
        assertEquals(200, file.status(), path);
        assertEquals(type, file.header("content-type"));
        assertEquals(body + "\n", file.text());
        assertEquals("bytes", file.header("accept-ranges"));
        assertTrue(file.header("etag") != null && file.header("last-modified") != null);
    }

    @Test
    void headHas304AndRangesToo() throws IOException {
        String head = raw("HEAD", "/static/a.txt");
        assertTrue(head.startsWith("HTTP/1.1 200 "), head);
        assertTrue(head.toLowerCase().contains("content-length: 13\r\n"), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body: " + head);

        TestResponse file = client.get("/static/a.txt");
        TestResponse cached = client.request("GET", "/static/a.txt")
                .header("If-None-Match", file.header("etag"))
                .send();
        assertEquals(304, cached.status());
        assertEquals("", cached.text());

        TestResponse part = client.request("GET", "/assets/app.js")
                .header("Range", "bytes=0-6")
                .send();
        assertEquals(206, part.status());
        assertEquals("console", part.text());
    }

    @Test
    void aFileRemovedOrTurnedIntoALinkOutIsGoneWithinASecond() throws Exception {
        Path changing = root.resolve("public/changing.txt");
        Files.writeString(changing, "first\n");
        assertEquals("first\n", client.get("/static/changing.txt").text());
        Files.delete(changing);
        Files.createSymbolicLink(changing, Path.of("../secret.txt"));
        Thread.sleep(1100);
        String answer = raw("GET", "/static/changing.txt");
        assertTrue(answer.startsWith("HTTP/1.1 404 "), answer);
        assertFalse(answer.contains(SECRET), answer);
    }

    @Test
    void otherMethodsAre405() {
        TestResponse post = client.post("/static/a.txt", "{}");
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.header("allow"));
        assertNull(client.get("/static/a.txt").header("allow"));
    }
}
