package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.App;
import dev.kiln.Kiln;
import dev.kiln.Request;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.testing.TestClient;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code App.forwardedHeaders} over real sockets from 127.0.0.1: the headers count when 127.0.0.1 is a
 * trusted proxy (by address, by network, or {@code *}) and are ignored when it is not. What the app
 * sees is read through {@code Request}: the test app's {@code GET /greeting} answers whatever the
 * override of its {@code String} provider makes of the request.
 */
class ForwardedHeadersTest {
    private static final Map<String, TestClient> CLIENTS = new HashMap<>();

    @AfterAll
    static void stop() {
        CLIENTS.values().forEach(TestClient::close);
    }

    /** An app trusting {@code proxies}, whose {@code /greeting} says {@code scheme host client}. */
    private static synchronized int port(String... proxies) {
        return CLIENTS.computeIfAbsent(
                        String.join(",", proxies),
                        key -> TestClient.start(seeing(Kiln.app()).instances(1).forwardedHeaders(proxies)))
                .app()
                .port();
    }

    static App seeing(App app) {
        return app.override(String.class, (Request r) -> r.scheme() + " " + r.host() + " " + r.clientAddress());
    }

    /** What {@code /greeting} says for a request with these extra header lines. */
    static String seen(int port, String headerLines) throws IOException {
        RawHttp.Answer answer = RawHttp.once(
                port, "GET /greeting HTTP/1.1\r\nHost: internal:8000\r\n" + headerLines + "Connection: close\r\n\r\n");
        assertEquals(200, answer.status(), answer.body());
        // A String operation answers JSON: a quoted string.
        return answer.body().substring(1, answer.body().length() - 1);
    }

    static Stream<Arguments> trusted() {
        String xForwarded =
                "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: api.example.com\r\n";
        String forwarded = "Forwarded: for=203.0.113.7;proto=https;host=api.example.com\r\n";
        return Stream.of(
                Arguments.of(
                        "X-Forwarded-*, the peer by address",
                        "127.0.0.1",
                        xForwarded,
                        "https api.example.com 203.0.113.7"),
                Arguments.of(
                        "X-Forwarded-*, the peer's network",
                        "127.0.0.0/8",
                        xForwarded,
                        "https api.example.com 203.0.113.7"),
                Arguments.of("X-Forwarded-*, any peer", "*", xForwarded, "https api.example.com 203.0.113.7"),
                Arguments.of(
                        "X-Forwarded-*, one of several",
                        "10.0.0.0/8, 127.0.0.1",
                        xForwarded,
                        "https api.example.com 203.0.113.7"),
                Arguments.of("Forwarded", "127.0.0.1", forwarded, "https api.example.com 203.0.113.7"),
                Arguments.of(
                        "Forwarded, quoted IPv6 with a port, a host with a port",
                        "127.0.0.1",
                        "Forwarded: for=\"[2001:db8:cafe::17]:4711\";proto=HTTPS;host=\"api.example.com:8443\"\r\n",
                        "https api.example.com [2001:db8:cafe::17]:4711"),
                Arguments.of(
                        "Forwarded wins over X-Forwarded-*",
                        "127.0.0.1",
                        forwarded + "X-Forwarded-For: 198.51.100.1\r\nX-Forwarded-Host: other.example.com\r\n",
                        "https api.example.com 203.0.113.7"),
                Arguments.of(
                        "the client is the rightmost untrusted hop",
                        "127.0.0.0/8",
                        "X-Forwarded-For: 198.51.100.1, 203.0.113.7, 127.0.0.5\r\n",
                        "http internal 203.0.113.7"),
                Arguments.of(
                        "with every hop trusted, the leftmost",
                        "*",
                        "X-Forwarded-For: 198.51.100.1, 203.0.113.7, 127.0.0.5\r\n",
                        "http internal 198.51.100.1"),
                Arguments.of(
                        "Forwarded: the client's element says the scheme and host",
                        "127.0.0.0/8",
                        "Forwarded: for=198.51.100.1;proto=http, for=203.0.113.7;proto=https;host=a.example.com,"
                                + " for=127.0.0.5;proto=http;host=inner\r\n",
                        "https a.example.com 203.0.113.7"),
                Arguments.of(
                        "X-Forwarded-Proto: the entry of the outermost trusted proxy",
                        "127.0.0.0/8",
                        "X-Forwarded-For: 203.0.113.7, 127.0.0.5\r\nX-Forwarded-Proto: https, http\r\n",
                        "https internal 203.0.113.7"),
                Arguments.of(
                        "what cannot be a scheme or a host is ignored",
                        "127.0.0.1",
                        "X-Forwarded-Proto: ftp\r\nX-Forwarded-Host: evil.example.com/path\r\n",
                        "http internal 127.0.0.1:"),
                Arguments.of(
                        "an obfuscated client", "127.0.0.1", "Forwarded: for=unknown\r\n", "http internal unknown"),
                Arguments.of(
                        "a peer that is not trusted is not believed",
                        "10.0.0.0/8, 192.168.0.1",
                        xForwarded + forwarded,
                        "http internal 127.0.0.1:"),
                Arguments.of(
                        "naming a trusted proxy in the headers does not make the peer one",
                        "10.0.0.1",
                        "X-Forwarded-For: 10.0.0.1\r\nX-Forwarded-Proto: https\r\n",
                        "http internal 127.0.0.1:"),
                Arguments.of("no headers", "127.0.0.1", "", "http internal 127.0.0.1:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trusted")
    void followsTrustedProxiesOnly(String name, String proxies, String headerLines, String expected)
            throws IOException {
        String seen = seen(port(proxies.split(",\\s*")), headerLines);
        if (expected.endsWith(":")) {
            // The peer itself: its port varies.
            assertTrue(seen.startsWith(expected) && seen.length() > expected.length(), seen);
        } else {
            assertEquals(expected, seen);
        }
    }

    @Test
    void withoutTheSettingNothingIsBelieved() throws IOException {
        try (TestClient client = TestClient.start(seeing(Kiln.app()).instances(1))) {
            String seen = seen(
                    client.app().port(),
                    "Forwarded: for=203.0.113.7;proto=https;host=api.example.com\r\nX-Forwarded-For: 203.0.113.7\r\n");
            assertTrue(seen.startsWith("http internal 127.0.0.1:"), seen);
        }
    }

    @Test
    void trustedProxiesAreAddressesOrNetworks() {
        App app = Kiln.app();
        assertThrows(IllegalArgumentException.class, () -> app.forwardedHeaders());
        assertThrows(IllegalArgumentException.class, () -> app.forwardedHeaders("localhost"));
        assertThrows(IllegalArgumentException.class, () -> app.forwardedHeaders("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> app.forwardedHeaders("10.0.0.0/x"));
        assertThrows(IllegalArgumentException.class, () -> app.forwardedHeaders("300.1.1.1"));
        app.forwardedHeaders("::1", "fd00::/8", "[::1]", "10.1.2.3", "0.0.0.0/0", "*");
    }
}
