package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.Kiln;
import dev.kiln.testing.TestClient;
import dev.kiln.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a user's own build of Kiln gets: the class path it resolved (from {@code dependency:tree}) and
 * the running app's answers to requests that must not get through.
 */
class ConsumerTest {
    private static final String CRLF = "\r\n";

    /** {@code groupId:artifactId:type[:classifier]:version:scope} after the tree's drawing characters. */
    private static final Pattern NODE =
            Pattern.compile("^[| +\\\\-]*([\\w.-]+):([\\w.-]+):[\\w-]+(?::[\\w.-]+)?:([\\w.+-]+):(\\w+)");

    record Node(String group, String artifact, String version) {}

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            fail("-D" + name + " is not set: run this project through `mvn verify` in it-tests (see docs/building.md)");
        }
        return value;
    }

    private static List<Node> tree() throws IOException {
        List<Node> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(required("consumer.tree")))) {
            Matcher m = NODE.matcher(line);
            if (m.find()) {
                nodes.add(new Node(m.group(1), m.group(2), m.group(3)));
            }
        }
        return nodes;
    }

    /** {@code 4.2.18.Final} -> [4, 2, 18]. */
    private static int[] numbers(String version) {
        Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(version);
        assertTrue(m.find(), "not a version: " + version);
        return new int[] {
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))
        };
    }

    @Test
    void everyNettyArtifactIsAtLeastTheVersionKilnIsTestedWith() throws IOException {
        String expected = required("kiln.expected.netty");
        List<Node> netty =
                tree().stream().filter(n -> n.group().equals("io.netty")).toList();
        assertTrue(
                netty.stream().anyMatch(n -> n.artifact().equals("netty-codec-http")),
                "netty-codec-http is not on the class path: " + netty);
        List<String> older = new ArrayList<>();
        for (Node n : netty) {
            if (Arrays.compare(numbers(n.version()), numbers(expected)) < 0) {
                older.add(n.artifact() + ":" + n.version());
            }
        }
        assertEquals(List.of(), older, "Netty older than " + expected + " on the class path");
    }

    @Test
    void jacksonIsOneVersion() throws IOException {
        String expected = required("kiln.expected.jackson");
        int[] v = numbers(expected);
        // jackson-annotations has had no patch number since 2.20: 2.22.1 ships annotations 2.22
        String annotations = v[0] + "." + v[1];
        TreeMap<String, TreeSet<String>> byVersion = new TreeMap<>();
        for (Node n : tree()) {
            if (n.group().startsWith("com.fasterxml.jackson")) {
                boolean isAnnotations = n.artifact().equals("jackson-annotations");
                String version = isAnnotations && n.version().equals(annotations) ? expected : n.version();
                byVersion.computeIfAbsent(version, k -> new TreeSet<>()).add(n.artifact());
            }
        }
        assertTrue(
                byVersion.getOrDefault(expected, new TreeSet<>()).contains("jackson-core"),
                "jackson-core " + expected + " is not on the class path: " + byVersion);
        assertEquals(List.of(expected), List.copyOf(byVersion.keySet()), "Jackson versions on the class path: " + byVersion);
    }

    @Test
    void theReadmeRouteAnswers() {
        try (TestClient client = TestClient.start(Kiln.app().title("Items API").version("1.0.0"))) {
            TestResponse item = client.get("/items/1");
            assertEquals(200, item.status());
            assertEquals("Foo", item.json().get("name").asText());
            assertEquals(422, client.get("/items/abc").status());
            // the processor wrote the document into this project's classes, the module named it
            TestResponse openapi = client.get("/openapi.json");
            assertEquals(200, openapi.status());
            assertTrue(openapi.json().at("/paths").has("/items/{itemId}"), openapi.text());
        }
    }

    @Test
    void theDocsPagesServeTheWebjarsOnTheClassPath() throws IOException {
        ClassLoader loader = ConsumerTest.class.getClassLoader();
        Properties swaggerUi = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            assertNotNull(in, "no swagger-ui webjar on the class path");
            swaggerUi.load(in);
        }
        String version = swaggerUi.getProperty("version");
        String pinned = System.getProperty("consumer.swagger-ui");
        if (pinned != null && !pinned.isBlank()) {
            assertEquals(pinned, version, "this build picks its own Swagger UI version");
        }
        byte[] bundle;
        try (InputStream in = loader.getResourceAsStream(
                "META-INF/resources/webjars/swagger-ui/" + version + "/swagger-ui-bundle.js")) {
            bundle = in.readAllBytes();
        }
        try (TestClient client = TestClient.start(Kiln.app())) {
            assertEquals(200, client.get("/docs").status());
            TestResponse served = client.get("/docs/swagger-ui-bundle.js");
            assertEquals(200, served.status());
            assertArrayEquals(bundle, served.bytes(), "/docs serves Swagger UI " + version);
            assertEquals(200, client.get("/redoc/redoc.standalone.js").status());
        }
    }

    @Test
    void contentLengthWithChunkedIsRefusedAndThePipelinedRequestNeverServed() throws IOException {
        String request = "POST /items HTTP/1.1" + CRLF + "Host: a" + CRLF + "Content-Type: application/json" + CRLF
                + "Content-Length: 4" + CRLF + "Transfer-Encoding: chunked" + CRLF + CRLF
                + "2" + CRLF + "{}" + CRLF + "0" + CRLF + CRLF
                + "GET /items/1 HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF;
        assertRefusedAndClosed("Content-Length + Transfer-Encoding: chunked, then GET /items/1", request);
    }

    @Test
    void aDuplicateHostIsRefused() throws IOException {
        String request = "GET /items/1 HTTP/1.1" + CRLF + "Host: a" + CRLF + "Host: b" + CRLF + CRLF;
        assertRefusedAndClosed("duplicate Host", request);
    }

    /** Sends {@code request} on one raw connection: one {@code 400}, then the server closes it. */
    private static void assertRefusedAndClosed(String what, String request) throws IOException {
        try (TestClient client = TestClient.start(Kiln.app())) {
            String answer;
            boolean closed;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", client.app().port()), 10_000);
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                ByteArrayOutputStream read = new ByteArrayOutputStream();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                boolean eof = false;
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        read.write(buffer, 0, n);
                    }
                    eof = true;
                } catch (SocketTimeoutException stillOpen) {
                    eof = false;
                } catch (IOException reset) {
                    eof = true;
                }
                answer = read.toString(StandardCharsets.ISO_8859_1);
                closed = eof;
            }
            Files.writeString(
                    Path.of(required("consumer.answers")),
                    "== " + System.getProperty("consumer.build") + ": " + what + "\n" + answer + (closed ? "\n<closed by the server>" : "\n<still open after 5 s>")
                            + "\n\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), what + ":\n" + answer);
            assertEquals(1, answer.split("HTTP/1\\.1 \\d{3} ", -1).length - 1, what + ", one answer only:\n" + answer);
            assertFalse(answer.contains("\"name\":\"Foo\""), what + ": the pipelined request was served:\n" + answer);
            assertTrue(closed, what + ": the connection stayed open:\n" + answer);
        }
    }
}
