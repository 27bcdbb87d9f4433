package dev.kiln.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real WebSocket client connected to the app under test ({@link TestClient#websocket}), JDK's
 * {@code java.net.http.WebSocket}: whole messages in, in order; the close the server sent. Not
 * thread-safe: one test thread drives it.
 */
public final class TestWebSocket implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How the server closed the socket: its close code and reason ({@code 1006} when it closed without one). */
    public record CloseStatus(int code, String reason) {}

    /** The server refused the handshake with an HTTP answer (404, 503, ...). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status) {
            super("the WebSocket handshake was answered " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final WebSocket socket;
    private final LinkedBlockingQueue<Object> messages;
    private final CompletableFuture<CloseStatus> closed;

    private TestWebSocket(
            WebSocket socket, LinkedBlockingQueue<Object> messages, CompletableFuture<CloseStatus> closed) {
        this.socket = socket;
        this.messages = messages;
        this.closed = closed;
    }

    /** Connects to any WebSocket URL ({@code ws://host:port/path}), e.g. an app started in another process. */
    public static TestWebSocket connect(URI uri) {
        return connect(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT)
                        .build(),
                uri,
                Map.of());
    }

    static TestWebSocket connect(HttpClient http, URI uri, Map<String, String> headers) {
        LinkedBlockingQueue<Object> messages = new LinkedBlockingQueue<>();
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
        headers.forEach(builder::header);
        try {
            WebSocket socket = builder.buildAsync(uri, new Listener(messages, closed))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new TestWebSocket(socket, messages, closed);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode());
            }
            throw new IllegalStateException("the WebSocket did not connect: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the WebSocket did not connect within " + TIMEOUT, e);
        }
    }

    public void sendText(String text) {
        join(socket.sendText(text, true));
    }

    /** Sends {@code value} as JSON in a text message. */
    public void sendJson(Object value) {
        try {
            sendText(Json.mapper().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + value, e);
        }
    }

    public void sendBinary(byte[] data) {
        join(socket.sendBinary(ByteBuffer.wrap(data), true));
    }

    /** The next text message, waiting at most {@code timeout}; fails on a binary one or none. */
    public String receiveText(Duration timeout) {
        Object message = receive(timeout);
        if (message instanceof String text) {
            return text;
        }
        throw new AssertionError("expected a text message, got " + describe(message));
    }

    /** The next text message parsed as JSON. */
    public JsonNode receiveJson(Duration timeout) {
        String text = receiveText(timeout);
        try {
            return Json.treeReader().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The next binary message. */
    public byte[] receiveBinary(Duration timeout) {
        Object message = receive(timeout);
        if (message instanceof byte[] bytes) {
            return bytes;
        }
        throw new AssertionError("expected a binary message, got " + describe(message));
    }

    /** How the server closed the socket, waiting at most {@code timeout} for it. */
    public CloseStatus closeStatus(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the server did not close the socket within " + timeout, e);
        }
    }

    /** Closes the socket normally (1000). */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }

    private Object receive(Duration timeout) {
        try {
            Object message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no message within " + timeout
                        + (closed.isDone() ? "; the socket was closed: " + closed.join() : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String describe(Object message) {
        return message instanceof byte[] bytes ? bytes.length + " bytes" : "\"" + message + "\"";
    }

    private static void join(CompletableFuture<WebSocket> sent) {
        try {
            sent.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("sending failed: " + e, e);
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final LinkedBlockingQueue<Object> messages;
        private final CompletableFuture<CloseStatus> closed;
        private StringBuilder text = new StringBuilder();
        private java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();

        Listener(LinkedBlockingQueue<Object> messages, CompletableFuture<CloseStatus> closed) {
            this.messages = messages;
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(text.toString());
                text = new StringBuilder();
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.write(bytes, 0, bytes.length);
            if (last) {
                messages.add(binary.toByteArray());
                binary = new java.io.ByteArrayOutputStream();
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(new CloseStatus(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(new CloseStatus(1006, String.valueOf(error)));
        }
    }
}
