package dev.kiln.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.Kiln;
import dev.kiln.RunningApp;
import dev.kiln.runtime.forms.FormsHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, reproducible fuzz test: malformed requests (mutations of valid ones), random JSON
 * bodies, and mutated multipart and urlencoded forms from a seeded {@link Random}, at most {@value #CASES} cases or {@value #SECONDS} s each. No
 * answer may be a 500, no connection may hang, nothing may be logged as SEVERE, and the server
 * answers a valid request after every batch. Another seed: {@code -Dkiln.fuzz.seed=...}.
 */
class FuzzTest {
    private static final int CASES = 2000;
    private static final int SECONDS = 30;
    private static final int BATCH = 100;
    private static final String CRLF = "\r\n";

    @Test
    void malformedRequestsAndRandomJsonNeverGetA500OrHang() throws Exception {
        try (RunningApp app = Kiln.app()
                .instances(2)
                .port(0)
                .maxBodySize(64 * 1024)
                .headerReadTimeout(Duration.ofSeconds(2))
                .bodyReadTimeout(Duration.ofSeconds(2))
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS)) {
            fuzz(
                    "requests",
                    app.port(),
                    random -> random.nextInt(3) == 0 ? mutated(random, TEMPLATES, HEADERS) : jsonRequest(random),
                    "GET /text HTTP/1.1" + CRLF + "Host: a" + CRLF + CRLF);
        }
    }

    /**
     * Mutated multipart and urlencoded bodies (boundaries, part headers, filenames, escapes) against
     * the form operations, with small limits so that floods cross them; no upload file is left.
     */
    @Test
    void malformedFormsNeverGetA500OrHang(@TempDir Path uploads) throws Exception {
        try (RunningApp app = FormsHost.withFormsModule(() -> Kiln.app()
                .instances(2)
                .port(0)
                .uploadDirectory(uploads)
                .maxFiles(3)
                .maxFormFields(5)
                .maxUploadSize(64 * 1024)
                .maxBodySize(16 * 1024)
                .headerReadTimeout(Duration.ofSeconds(2))
                .bodyReadTimeout(Duration.ofSeconds(2))
                .start()
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS))) {
            fuzz("forms", app.port(), random -> mutated(random, FORM_TEMPLATES, FORM_HEADERS), FORM_TEMPLATES.get(0));
        }
        assertEquals(List.of(), FormsHost.awaitEmpty(uploads, Duration.ofSeconds(10)), "upload files left");
    }

    /**
     * Sends requests made by {@code requests} from a seeded {@link Random} in batches, each on its own
     * connection, and checks {@code valid} is answered 200 after every batch.
     */
    private static void fuzz(String what, int port, Function<Random, byte[]> requests, String valid) throws Exception {
        long seed = Long.getLong("kiln.fuzz.seed", 20261125L);
        System.out.println("FUZZ | " + what + " | seed " + seed + " (another: -Dkiln.fuzz.seed=...)");
        List<LogRecord> severe = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int ran = 0;
        try {
            Random random = new Random(seed);
            while (ran < CASES && System.nanoTime() < deadline) {
                List<Future<?>> batch = new java.util.ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    int number = ran + i;
                    byte[] request = requests.apply(random);
                    batch.add(clients.submit(() -> {
                        runCase(port, number, request, statuses);
                        return null;
                    }));
                }
                for (Future<?> result : batch) {
                    result.get(60, TimeUnit.SECONDS);
                }
                ran += BATCH;
                assertEquals(
                        200,
                        RawHttp.once(port, valid).status(),
                        "the server answers a valid request after " + ran + " cases (seed " + seed + ")");
            }
        } finally {
            clients.shutdownNow();
            root.removeHandler(capture);
        }
        System.out.println("FUZZ | " + what + " | seed " + seed + " | " + ran
                + " cases | answers by status (-1: closed without one): " + new TreeMap<>(statuses));
        assertTrue(ran >= BATCH, "at least one batch ran");
        assertTrue(
                severe.isEmpty(),
                "nothing logged as SEVERE: "
                        + severe.stream()
                                .map(r -> r.getMessage() + " " + r.getThrown())
                                .toList());
    }

    private static void runCase(int port, int number, byte[] request, Map<String, AtomicInteger> statuses) {
        try (RawHttp http = new RawHttp(port, 5000)) {
            try {
                http.send(request);
                // The client is done: a request still waiting for bytes ends now instead of at a deadline.
                http.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server answered and closed before the whole request was sent
            }
            for (int answers = 0; answers < 20; answers++) {
                RawHttp.Answer answer = http.read();
                statuses.computeIfAbsent(Integer.toString(answer.status()), s -> new AtomicInteger())
                        .incrementAndGet();
                if (answer.status() == 500) {
                    fail("case " + number + " got a 500: " + show(request) + " -> " + answer);
                }
                if (answer.status() == -1) {
                    return;
                }
            }
        } catch (SocketTimeoutException hang) {
            fail("case " + number + " hung: " + show(request));
        } catch (IOException e) {
            fail("case " + number + ": " + e + " for " + show(request));
        }
    }

    private static String show(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return (text.length() > 400 ? text.substring(0, 400) + "..." : text)
                .replace("\r", "\\r")
                .replace("\n", "\\n");
    }

    // ------------------------------------------------------------------ malformed requests

    private static final List<String> TEMPLATES = List.of(
            "GET /text HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /items/5?q=x%20y HTTP/1.1\r\nHost: a\r\nX-Token: t\r\n\r\n",
            "GET /search/1?size=2&id=3&id=x HTTP/1.1\r\nHost: a\r\nX-Token: t\r\nCookie: session=abc\r\n\r\n",
            "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"a\":[1,2,3]}",
            "POST /items HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\n{\"name\":\"x\",\"price\":1234}\r\n0\r\n\r\n",
            "DELETE /items/0f8fad5b-d9cb-469f-a165-70867728950e?tag=a HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /text HTTP/1.0\r\n\r\n");
    private static final String[] HEADERS = {
        "Content-Length: 5", "Content-Length: -1", "Content-Length: +3", "Content-Length: 99999999999999999999",
        "Content-Length: 1, 2", "Transfer-Encoding: chunked", "Transfer-Encoding: gzip", "Transfer-Encoding: xchunked",
        "Transfer-Encoding: chunked, chunked", "Host: b", "Expect: 100-continue", "Content-Encoding: gzip",
        "Connection: close", "Connection: keep-alive, Upgrade", "Upgrade: h2c", "X-Request-Id: \u0001",
        "Cookie: =;;", "Content-Type: application/json; charset=utf-16"
    };
    private static final byte[] SPECIALS = {
        0,
        1,
        '\r',
        '\n',
        ' ',
        '\t',
        ':',
        ';',
        '"',
        '%',
        '/',
        '?',
        '#',
        (byte) 0x7f,
        (byte) 0x80,
        (byte) 0xff,
        '0',
        'f',
        'G'
    };

    // ------------------------------------------------------------------ malformed forms

    private static final String FORM_BOUNDARY = "XyZ";

    private static String form(String path, String contentType, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: a\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n\r\n" + body;
    }

    private static String part(String headers, String content) {
        return "--" + FORM_BOUNDARY + "\r\nContent-Disposition: form-data; " + headers + "\r\n\r\n" + content + "\r\n";
    }

    private static final String MULTIPART = "multipart/form-data; boundary=" + FORM_BOUNDARY;
    private static final String CLOSE = "--" + FORM_BOUNDARY + "--\r\n";

    private static final List<String> FORM_TEMPLATES = List.of(
            form("/tags", "application/x-www-form-urlencoded", "tag=a&tag=b%20c&page=2"),
            form("/login", "application/x-www-form-urlencoded", "username=j%C3%A9&password=p+w"),
            form("/tags", MULTIPART, part("name=\"tag\"", "a") + part("name=\"page\"", "3") + CLOSE),
            form(
                    "/photos",
                    MULTIPART,
                    part("name=\"album\"", "x")
                            + part("name=\"photos\"; filename=\"a.txt\"", "abc")
                            + part("name=\"photos\"; filename=\"../b.txt\"\r\nContent-Type: text/plain", "de")
                            + CLOSE),
            form(
                    "/profile",
                    MULTIPART,
                    part("name=\"name\"", "n")
                            + part("name=\"age\"", "3")
                            + part("name=\"avatar\"; filename=\"a.png\"\r\nContent-Type: image/png", "\u0089PNG")
                            + CLOSE),
            form("/digest", MULTIPART, part("name=\"data\"; filename=\"d\"", "0123456789") + CLOSE));
    private static final String[] FORM_HEADERS = {
        "Content-Type: multipart/form-data",
        "Content-Type: multipart/form-data; boundary=",
        "Content-Type: multipart/form-data; boundary=\"XyZ\"",
        "Content-Type: multipart/form-data; boundary=XyZ; boundary=Q",
        "Content-Type: application/x-www-form-urlencoded; charset=latin1",
        "Content-Type: text/plain",
        "Transfer-Encoding: chunked",
        "Content-Length: 0",
        "Expect: 100-continue",
        "Content-Encoding: gzip",
        "Content-Disposition: form-data; name=\"x\"; filename=\"/etc/passwd\"",
        "Content-Type: image/png",
        "Content-Disposition: form-data; name*=UTF-8''%C3%A9; filename*=UTF-8''..%2F..%2Fx",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment"
    };

    // ------------------------------------------------------------------ mutations

    private static byte[] mutated(Random random, List<String> templates, String[] headers) {
        byte[] bytes = templates.get(random.nextInt(templates.size())).getBytes(StandardCharsets.ISO_8859_1);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            bytes = mutate(random, bytes, headers);
        }
        return bytes;
    }

    private static byte[] mutate(Random random, byte[] bytes, String[] headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(7)) {
            case 0 -> { // replace one byte
                bytes = bytes.clone();
                if (bytes.length > 0) {
                    bytes[at] = random.nextBoolean()
                            ? SPECIALS[random.nextInt(SPECIALS.length)]
                            : (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 1 -> { // insert bytes
                out.write(bytes, 0, at);
                for (int i = random.nextInt(8); i >= 0; i--) {
                    out.write(SPECIALS[random.nextInt(SPECIALS.length)]);
                }
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> { // delete a range
                int length = Math.min(bytes.length - at, 1 + random.nextInt(10));
                out.write(bytes, 0, at);
                out.write(bytes, at + length, bytes.length - at - length);
            }
            case 3 -> { // add a header line after the request line, or after a part's boundary line
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                int after = random.nextBoolean() ? 0 : Math.max(0, text.indexOf("--" + FORM_BOUNDARY + "\r\n"));
                int line = Math.min(text.length(), Math.max(0, text.indexOf("\r\n", after) + 2));
                String header = headers[random.nextInt(headers.length)] + "\r\n";
                return (text.substring(0, line) + header + text.substring(line)).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 4 -> { // CRLF becomes LF, or CR
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                return text.replaceFirst("\r\n", random.nextBoolean() ? "\n" : "\r")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            case 5 -> { // truncate
                out.write(bytes, 0, at);
            }
            default -> { // repeat a slice (pipelining, duplicated headers)
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ random JSON

    private static final String[] PATHS = {"/echo", "/items", "/items-worker"};
    private static final String[] KEYS = {"name", "price", "tags", "note", "", "__proto__", "n\u00e9", "a\\u0000"};

    private static byte[] jsonRequest(Random random) {
        StringBuilder json = new StringBuilder();
        if (random.nextInt(3) == 0) {
            item(random, json);
        } else {
            value(random, json, 0);
        }
        if (random.nextInt(6) == 0 && json.length() > 0) { // corrupt it
            int at = random.nextInt(json.length());
            if (random.nextBoolean()) {
                json.setLength(at);
            } else {
                json.insert(at, "\",]}:{[\\\u0000".charAt(random.nextInt(9)));
            }
        }
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        String head = "POST " + PATHS[random.nextInt(PATHS.length)] + " HTTP/1.1\r\nHost: a\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    private static void item(Random random, StringBuilder json) {
        json.append('{');
        int fields = random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(KEYS[random.nextInt(4)]).append("\":");
            value(random, json, 3);
        }
        json.append('}');
    }

    private static void value(Random random, StringBuilder json, int depth) {
        switch (depth > 6 ? random.nextInt(4) : random.nextInt(7)) {
            case 0 -> number(random, json);
            case 1 -> string(random, json);
            case 2 -> json.append(List.of("true", "false", "null").get(random.nextInt(3)));
            case 3 -> json.append(random.nextBoolean() ? "[]" : "{}");
            case 4 -> {
                json.append('[');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    value(random, json, depth + 1);
                    json.append(i > 0 ? "," : "");
                }
                json.append(']');
            }
            case 5 -> {
                json.append('{');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    string(random, json);
                    json.append(':');
                    value(random, json, depth + 1);
                    json.append(i > 0 ? "," : "");
                }
                json.append('}');
            }
            default -> { // a nesting bomb, sometimes within Json.MAX_NESTING_DEPTH, sometimes past it
                int levels = 1 + random.nextInt(1200);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                json.append(open.repeat(levels)).append('1').append(close.repeat(levels));
            }
        }
    }

    private static void number(Random random, StringBuilder json) {
        switch (random.nextInt(6)) {
            case 0 -> json.append(random.nextInt());
            case 1 -> json.append(random.nextLong());
            case 2 -> json.append(random.nextDouble() * 1e6);
            case 3 -> json.append("9".repeat(1 + random.nextInt(3000)));
            case 4 ->
                json.append("1e").append(random.nextBoolean() ? "" : "-").append(random.nextInt(Integer.MAX_VALUE));
            default ->
                json.append("-0.").append("0".repeat(random.nextInt(500))).append('1');
        }
    }

    private static void string(Random random, StringBuilder json) {
        json.append('"');
        for (int i = random.nextInt(20); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> json.append("\\u").append(String.format("%04x", random.nextInt(0x10000)));
                case 1 -> json.append("\\ud800");
                case 2 -> json.append("\\\"");
                case 3 -> json.append((char) (0x20 + random.nextInt(0x5f)));
                case 4 -> json.append((char) random.nextInt(0x3000));
                default -> json.append("x".repeat(random.nextInt(100)));
            }
        }
        json.append('"');
    }
}
