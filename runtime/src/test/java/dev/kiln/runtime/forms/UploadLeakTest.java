package dev.kiln.runtime.forms;

import static dev.kiln.runtime.forms.UploadLimitsTest.concat;
import static dev.kiln.runtime.forms.UploadLimitsTest.head;
import static dev.kiln.runtime.forms.UploadLimitsTest.partHead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.Kiln;
import dev.kiln.runtime.reliability.RawHttp;
import dev.kiln.testing.Multipart;
import dev.kiln.testing.TestClient;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thousand uploads that end every way an upload can end, four at a time: the upload directory ends empty. */
class UploadLeakTest {
    private static final int KIB = 1024;

    @TempDir
    Path uploads;

    @Test
    void aThousandMixedUploadsLeaveNoFile() throws Exception {
        try (TestClient app = FormsHost.start(Kiln.app()
                .instances(2)
                .uploadDirectory(uploads)
                .maxUploadSize(256 * KIB)
                .maxFiles(3))) {
            int port = app.app().port();
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    int n = i;
                    done.add(clients.submit(() -> {
                        String outcome = one(port, n);
                        outcomes.computeIfAbsent(outcome, o -> new AtomicInteger())
                                .incrementAndGet();
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                clients.shutdownNow();
            }
            // Each way of ending happened, as many times as asked (aborts have no answer to count).
            assertEquals(167, outcomes.get("200").get(), outcomes.toString());
            assertEquals(167, outcomes.get("aborted").get(), outcomes.toString());
            assertEquals(167 + 166, outcomes.get("413").get(), outcomes.toString());
            assertEquals(167, outcomes.get("500").get(), outcomes.toString());
            assertEquals(166, outcomes.get("400").get(), outcomes.toString());
            assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(15)));
        }
    }

    /** The {@code n}-th request: one of six kinds; its status, or "aborted". */
    private static String one(int port, int n) throws Exception {
        switch (n % 6) {
            case 0 -> {
                return post(
                        port,
                        Multipart.create()
                                .file("photos", "a", "text/plain", new byte[20 * KIB])
                                .file("photos", "b", "text/plain", new byte[30 * KIB]));
            }
            case 1 -> {
                // Gone mid-upload: a file was started; half the time the socket is reset, not closed.
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                    if (n % 12 == 1) {
                        socket.setSoLinger(true, 0);
                    }
                    socket.getOutputStream().write(head("/photos", 200_000));
                    socket.getOutputStream().write(concat(partHead("photos", "gone"), new byte[n * 97 % (100 * KIB)]));
                    socket.getOutputStream().flush();
                }
                return "aborted";
            }
            case 2 -> {
                Multipart four = Multipart.create();
                for (int i = 0; i < 4; i++) {
                    four.file("photos", "f" + i, "text/plain", new byte[10 * KIB]);
                }
                String tooMany = post(port, four);
                String tooBig = post(port, Multipart.create().file("photos", "big", "text/plain", new byte[300 * KIB]));
                return tooMany.equals(tooBig) ? tooMany : tooMany + "/" + tooBig;
            }
            case 3 -> {
                return post(
                        port,
                        Multipart.create().field("album", "fail").file("photos", "x", "text/plain", new byte[KIB]));
            }
            case 4 -> {
                byte[] truncated = concat(partHead("photos", "cut"), new byte[50 * KIB]);
                try (RawHttp http = new RawHttp(port, 10_000)) {
                    http.send(head("/photos", truncated.length));
                    http.send(truncated);
                    return String.valueOf(http.read().status());
                }
            }
            default -> {
                // A part over the file limit in the middle of a form whose other files were written.
                return post(
                        port,
                        Multipart.create()
                                .file("photos", "ok", "text/plain", new byte[100 * KIB])
                                .file("photos", "too big", "text/plain", new byte[257 * KIB]));
            }
        }
    }

    private static String post(int port, Multipart form) throws Exception {
        byte[] body = form.toBytes();
        try (RawHttp http = new RawHttp(port, 10_000)) {
            http.send(("POST /photos HTTP/1.1\r\nHost: x\r\nContent-Type: " + form.contentType()
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            http.send(body);
            RawHttp.Answer answer = http.read();
            assertTrue(answer.status() > 0, "no answer");
            return String.valueOf(answer.status());
        }
    }
}
