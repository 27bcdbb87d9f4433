package dev.kiln.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiln.App;
import dev.kiln.RunningApp;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts an app on {@code 127.0.0.1} and a free port, and speaks real HTTP/1.1 to it (FastAPI's
 * {@code TestClient}, without the shortcut: what a test sees is what a client sees).
 *
 * <pre>{@code
 * try (TestClient client = TestClient.start(Kiln.app())) {
 *     TestResponse r = client.get("/items/1");
 *     assertEquals(200, r.status());
 * }
 * }</pre>
 */
public final class TestClient implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RunningApp app;
    private final HttpClient http;
    private final String base;

    private TestClient(RunningApp app) {
        this.app = app;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        this.base = "http://127.0.0.1:" + app.port();
    }

    /** Starts {@code app} on 127.0.0.1, port 0, and returns a client for it. */
    public static TestClient start(App app) {
        try {
            RunningApp running = app.host("127.0.0.1")
                    .port(0)
                    .start()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            return new TestClient(running);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the app", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the app did not start: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the app did not start within 60 s", e);
        }
    }

    /** The started app (its port, its Vert.x). */
    public RunningApp app() {
        return app;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return base;
    }

    public TestResponse get(String path) {
        return request("GET", path).send();
    }

    public TestResponse delete(String path) {
        return request("DELETE", path).send();
    }

    /** A {@code String} body is sent as is as {@code application/json}; any other object as its JSON. */
    public TestResponse post(String path, Object body) {
        return request("POST", path).json(body).send();
    }

    public TestResponse put(String path, Object body) {
        return request("PUT", path).json(body).send();
    }

    public TestResponse patch(String path, Object body) {
        return request("PATCH", path).json(body).send();
    }

    /**
     * Posts an {@code application/x-www-form-urlencoded} form: each value is sent as its
     * {@code String.valueOf}; a {@link Collection} value repeats the field once per element.
     */
    public TestResponse form(String path, Map<String, ?> fields) {
        return request("POST", path).form(fields).send();
    }

    /** Posts a {@code multipart/form-data} form of fields and files. */
    public TestResponse multipart(String path, Multipart form) {
        return request("POST", path).multipart(form).send();
    }

    /**
     * {@code GET path}, read as it arrives: returns once the status line and headers are in, and the
     * {@link TestStream} reads the body line by line or event by event. Close it to disconnect.
     */
    public TestStream stream(String path) {
        return request("GET", path).stream();
    }

    /**
     * Opens a WebSocket to {@code path} (with its query): a real client, connected once the handshake
     * succeeded; a handshake answered with an HTTP status throws {@link TestWebSocket.Refused}.
     */
    public TestWebSocket websocket(String path) {
        return websocket(path, java.util.Map.of());
    }

    /** {@link #websocket(String)} with handshake headers (a cookie goes as a {@code Cookie} header). */
    public TestWebSocket websocket(String path, java.util.Map<String, String> headers) {
        return TestWebSocket.connect(http, java.net.URI.create("ws" + base.substring(4) + path), headers);
    }

    /** A request to build: headers, query parameters, cookies, a body. */
    public RequestBuilder request(String method, String path) {
        return new RequestBuilder(method, path);
    }

    /** Shuts the app down gracefully. */
    @Override
    public void close() {
        app.close();
    }

    /** A request being built; {@link #send()} sends it and waits for the whole response. */
    public final class RequestBuilder {
        private final String method;
        private final String path;
        private final List<String[]> headers = new ArrayList<>();
        private final StringBuilder query = new StringBuilder();
        private final StringBuilder cookies = new StringBuilder();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private RequestBuilder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
        }

        public RequestBuilder header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        /** Adds a query parameter, form-encoded; call again with the same name to repeat it. */
        public RequestBuilder query(String name, Object value) {
            query.append(query.length() == 0 ? "" : "&")
                    .append(encode(name))
                    .append('=')
                    .append(encode(String.valueOf(value)));
            return this;
        }

        public RequestBuilder cookie(String name, String value) {
            cookies.append(cookies.length() == 0 ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value);
            return this;
        }

        /** A JSON body: a {@code String} as is, any other object serialised with Kiln's Jackson mapper. */
        public RequestBuilder json(Object value) {
            String text;
            if (value instanceof String s) {
                text = s;
            } else {
                try {
                    text = Json.mapper().writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("cannot serialise the body: " + e.getOriginalMessage(), e);
                }
            }
            return body("application/json", text);
        }

        /** An {@code application/x-www-form-urlencoded} body; see {@link TestClient#form(String, Map)}. */
        public RequestBuilder form(Map<String, ?> fields) {
            StringBuilder text = new StringBuilder();
            fields.forEach((name, value) -> {
                Collection<?> values = value instanceof Collection<?> many ? many : List.of(String.valueOf(value));
                for (Object one : values) {
                    text.append(text.length() == 0 ? "" : "&")
                            .append(encode(name))
                            .append('=')
                            .append(encode(String.valueOf(one)));
                }
            });
            return body("application/x-www-form-urlencoded", text.toString());
        }

        /** A {@code multipart/form-data} body. */
        public RequestBuilder multipart(Multipart form) {
            return body(form.contentType(), form.toBytes());
        }

        /** A body of any type: a {@code String} (sent as UTF-8) or a {@code byte[]}. */
        public RequestBuilder body(String contentType, Object content) {
            if (content instanceof byte[] bytes) {
                body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else if (content instanceof String text) {
                body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            } else {
                throw new IllegalArgumentException("a body is a String or a byte[], not " + content);
            }
            return header("Content-Type", contentType);
        }

        public TestResponse send() {
            return new TestResponse(exchange(HttpResponse.BodyHandlers.ofByteArray()));
        }

        /** Sends the request and returns once the headers are in; see {@link TestClient#stream(String)}. */
        public TestStream stream() {
            return new TestStream(exchange(ArrivedBody.handler()));
        }

        private <T> HttpResponse<T> exchange(HttpResponse.BodyHandler<T> handler) {
            String target = path;
            if (query.length() > 0) {
                target += (target.contains("?") ? "&" : "?") + query;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target))
                    .timeout(TIMEOUT)
                    .method(method, body);
            headers.forEach(h -> request.header(h[0], h[1]));
            if (cookies.length() > 0) {
                request.header("Cookie", cookies.toString());
            }
            try {
                return http.send(request.build(), handler);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + target + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + target, e);
            }
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
