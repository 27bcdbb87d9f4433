package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code App.tls} with a self-signed certificate made for the test ({@code keytool}, then written as
 * PEM files), called over HTTPS by a client that trusts that certificate only.
 */
class TlsTest {
    @TempDir
    static Path dir;

    private static KeyStore keyStore;
    private static Path cert;
    private static Path key;
    private static RunningApp app;
    private static HttpClient https;

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "kiln",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        Certificate certificate = keyStore.getCertificate("kiln");
        cert = Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        key = Files.writeString(
                dir.resolve("key.pem"),
                pem(
                        "PRIVATE KEY",
                        keyStore.getKey("kiln", "changeit".toCharArray()).getEncoded()));

        app = Kiln.app()
                .host("127.0.0.1")
                .port(0)
                .instances(1)
                .tls(cert, key)
                .httpsRedirect()
                .override(String.class, r -> r.scheme())
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("kiln", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        https = HttpClient.newBuilder()
                .sslContext(context)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHttpsWithTheCertificate() throws Exception {
        HttpResponse<String> r = get(https, "https://127.0.0.1:" + app.port() + "/text");
        assertEquals(200, r.statusCode());
        assertEquals("hello, world", r.body());
        // Request.scheme() says so; and httpsRedirect has nothing to redirect.
        assertEquals(
                "\"https\"",
                get(https, "https://127.0.0.1:" + app.port() + "/greeting").body());
    }

    @Test
    void plainHttpIsNotServedOnThatPort() {
        HttpClient plain =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThrows(IOException.class, () -> get(plain, "http://127.0.0.1:" + app.port() + "/text"));
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        HttpClient untrusting =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        IOException e =
                assertThrows(IOException.class, () -> get(untrusting, "https://127.0.0.1:" + app.port() + "/text"));
        assertTrue(e.getMessage() != null, String.valueOf(e));
    }

    @Test
    void missingFilesFailTheStart() {
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> Kiln.app()
                        .port(0)
                        .tls(dir.resolve("missing.pem"), key)
                        .start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(60, TimeUnit.SECONDS));
        assertTrue(
                e.getCause().getMessage().contains("missing.pem"), e.getCause().getMessage());
    }
}
