package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.App;
import dev.kiln.Cors;
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
 * {@code App.trustedHosts} over raw sockets (a well-behaved client will not send a {@code Host} of the
 * test's choosing): Starlette's {@code test_trusted_host.py} cases, and where Kiln's check sits.
 */
class TrustedHostsTest {
    private static TestClient client;

    @BeforeAll
    static void start() {
        client = TestClient.start(Kiln.app()
                .instances(1)
                .trustedHosts("testserver", "*.testserver", "www.example.com")
                .cors(Cors.allowOrigins("*")));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static RawHttp.Answer get(String target, String host) throws IOException {
        return RawHttp.once(
                client.app().port(), "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest(name = "Host: {0} -> {1}")
    @CsvSource({
        "testserver, 200",
        "testserver:8000, 200",
        "subdomain.testserver, 200",
        "a.b.testserver, 200",
        // Host names are case-insensitive (Starlette compares them as written).
        "TestServer, 200",
        "invalidhost, 400",
        "testserver.evil.com, 400",
        "eviltestserver, 400",
        "'', 400"
    })
    void onlyTheListedHostsAreServed(String host, int status) throws IOException {
        RawHttp.Answer answer = get("/text", host);
        assertEquals(status, answer.status());
        if (status == 400) {
            assertEquals("Invalid host header", answer.body());
            assertEquals("text/plain; charset=utf-8", answer.header("Content-Type"));
            assertNotNull(answer.header("X-Request-Id"));
        } else {
            assertEquals("hello, world", answer.body());
        }
    }

    @Test
    void theBareDomainOfAListedWwwHostIsRedirected() throws IOException {
        RawHttp.Answer answer = get("/text?a=1", "example.com");
        assertEquals(307, answer.status());
        assertEquals("http://www.example.com/text?a=1", answer.header("Location"));
        assertEquals(200, get("/text", "www.example.com").status());
    }

    @Test
    void anHttp10RequestWithoutHostIsRefused() throws IOException {
        RawHttp.Answer answer = RawHttp.once(client.app().port(), "GET /text HTTP/1.0\r\n\r\n");
        assertEquals(400, answer.status());
        assertEquals("Invalid host header", answer.body());
    }

    @Test
    void checkedBeforeRoutingAndBeforeCors() throws IOException {
        assertEquals(400, get("/nowhere", "invalidhost").status());
        RawHttp.Answer preflight = RawHttp.once(
                client.app().port(),
                "OPTIONS /text HTTP/1.1\r\nHost: invalidhost\r\nOrigin: https://example.org\r\n"
                        + "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
        assertEquals(400, preflight.status());
        assertEquals(null, preflight.header("Access-Control-Allow-Origin"));
        // The framing checks come first: a duplicate Host is a 400 of the framing, with JSON.
        RawHttp.Answer twice =
                RawHttp.once(client.app().port(), "GET /text HTTP/1.1\r\nHost: testserver\r\nHost: testserver\r\n\r\n");
        assertEquals(400, twice.status());
        assertEquals("{\"detail\":\"Bad Request\"}", twice.body());
    }

    @Test
    void behindATrustedProxyTheHostItNamesIsChecked() throws IOException {
        String viaProxy = "GET /text HTTP/1.1\r\nHost: internal:8000\r\nX-Forwarded-Host: api.example.com\r\n"
                + "Connection: close\r\n\r\n";
        try (TestClient proxied = TestClient.start(
                Kiln.app().instances(1).trustedHosts("api.example.com").forwardedHeaders("127.0.0.1"))) {
            assertEquals(200, RawHttp.once(proxied.app().port(), viaProxy).status());
            assertEquals(
                    400,
                    RawHttp.once(
                                    proxied.app().port(),
                                    "GET /text HTTP/1.1\r\nHost: api.example.com\r\n"
                                            + "X-Forwarded-Host: evil.example.com\r\nConnection: close\r\n\r\n")
                            .status());
        }
        try (TestClient notTrusting = TestClient.start(
                Kiln.app().instances(1).trustedHosts("api.example.com").forwardedHeaders("10.0.0.1"))) {
            assertEquals(400, RawHttp.once(notTrusting.app().port(), viaProxy).status());
        }
    }

    @Test
    void anyHostWithAStar() throws IOException {
        try (TestClient any = TestClient.start(Kiln.app().instances(1).trustedHosts("*"))) {
            assertEquals(
                    200,
                    RawHttp.once(any.app().port(), "GET /text HTTP/1.1\r\nHost: whatever\r\nConnection: close\r\n\r\n")
                            .status());
        }
    }

    @Test
    void wildcardsAreWholeLabelsAtTheStart() {
        App app = Kiln.app();
        assertThrows(IllegalArgumentException.class, () -> app.trustedHosts("*example.com"));
        assertThrows(IllegalArgumentException.class, () -> app.trustedHosts("www.*.com"));
        assertThrows(IllegalArgumentException.class, () -> app.trustedHosts(""));
        app.trustedHosts("*.example.com", "example.com", "*");
    }
}
