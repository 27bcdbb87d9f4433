package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.Kiln;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.testing.TestClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code App.httpsRedirect} over raw sockets: Starlette's {@code test_https_redirect.py} cases (307,
 * port 80 and 443 dropped, another kept), and a TLS-ending proxy's {@code X-Forwarded-Proto} believed
 * from a trusted proxy only.
 */
class HttpsRedirectTest {
    private static TestClient behindProxy;
    private static TestClient notTrusting;

    @BeforeAll
    static void start() {
        behindProxy = TestClient.start(Kiln.app().instances(1).httpsRedirect().forwardedHeaders("127.0.0.1"));
        notTrusting = TestClient.start(Kiln.app().instances(1).httpsRedirect());
    }

    @AfterAll
    static void stop() {
        behindProxy.close();
        notTrusting.close();
    }

    private static RawHttp.Answer get(TestClient client, String target, String host, String extra) throws IOException {
        return RawHttp.once(
                client.app().port(),
                "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "Connection: close\r\n\r\n");
    }

    @ParameterizedTest(name = "Host: {0} -> {1}")
    @CsvSource({
        "testserver, https://testserver/text?a=1&b",
        "testserver:80, https://testserver/text?a=1&b",
        "testserver:443, https://testserver/text?a=1&b",
        "testserver:123, https://testserver:123/text?a=1&b",
        "[::1]:80, https://[::1]/text?a=1&b",
        "[::1]:8000, https://[::1]:8000/text?a=1&b"
    })
    void plainHttpIsRedirected(String host, String location) throws IOException {
        RawHttp.Answer answer = get(notTrusting, "/text?a=1&b", host, "");
        assertEquals(307, answer.status());
        assertEquals(location, answer.header("Location"));
        assertEquals("0", answer.header("Content-Length"));
        assertEquals("", answer.body());
    }

    @Test
    void anyPathIsRedirectedBeforeRouting() throws IOException {
        RawHttp.Answer answer = get(notTrusting, "/nowhere", "testserver", "");
        assertEquals(307, answer.status());
        assertEquals("https://testserver/nowhere", answer.header("Location"));
    }

    @Test
    void whatATrustedProxyReceivedOverHttpsIsServed() throws IOException {
        assertEquals(
                200,
                get(behindProxy, "/text", "testserver", "X-Forwarded-Proto: https\r\n")
                        .status());
        assertEquals(
                200,
                get(behindProxy, "/text", "internal", "Forwarded: proto=https;host=api.example.com\r\n")
                        .status());
        RawHttp.Answer plain = get(behindProxy, "/text", "internal", "X-Forwarded-Host: api.example.com\r\n");
        assertEquals(307, plain.status());
        assertEquals("https://api.example.com/text", plain.header("Location"));
    }

    @Test
    void aProxyThatIsNotTrustedCannotSayHttps() throws IOException {
        RawHttp.Answer answer = get(notTrusting, "/text", "testserver", "X-Forwarded-Proto: https\r\n");
        assertEquals(307, answer.status());
    }
}
