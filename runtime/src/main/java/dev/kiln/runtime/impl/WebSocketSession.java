package dev.kiln.runtime.impl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.HttpException;
import dev.kiln.WebSocket;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.WebSocketMessages;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One accepted WebSocket: the {@link WebSocket} a route method gets, and the end of its exchange.
 * The handshake's exchange lives as long as the socket: {@link #reject} and {@link #fail} close the
 * socket (1008 for validation errors and {@code HttpException}s, 1011 for anything else), the
 * route method's result starts the delivery of messages, and the socket's close completes the
 * exchange (request-scoped cleanups, the in-flight count).
 *
 * <p>Frames are put together here, within {@code App.maxWebSocketMessageSize} (1009 past it); a
 * text message that is not UTF-8 closes the socket with 1007; a send while the write queue is full disconnects the client instead of buffering more.
 * Protocol errors, reserved bits and pings whose pongs are not read are failed below Vert.x
 * ({@link WebSocketWire.FrameGuard}).
 */
final class WebSocketSession implements WebSocket {
    /** RFC 6455: a close reason is at most 123 bytes of UTF-8. */
    static final int MAX_REASON_BYTES = 123;

    static final short INVALID_PAYLOAD = 1007;
    static final short POLICY_VIOLATION = 1008;
    static final short MESSAGE_TOO_BIG = 1009;
    static final short INTERNAL_ERROR = 1011;

    private final WebSocketHub hub;
    private final HttpExchange exchange;
    private final ServerWebSocket socket;
    private final int maxMessageSize;
    private final Set<String> joined = ConcurrentHashMap.newKeySet();
    private final List<Runnable> onClose = new ArrayList<>(1);

    private WebSocketMessages messages = WebSocketMessages.NONE;
    private volatile Consumer<String> textHandler;
    private volatile JsonHandler<?> jsonHandler;
    private volatile Consumer<Buffer> binaryHandler;

    /** The message being put together from its frames, or {@code null}. */
    private Buffer partial;

    private boolean partialBinary;
    private volatile boolean closing;
    /** Whether the close was handled (onClose, cleanups): once, whichever comes first. */
    private boolean ended;

    private record JsonHandler<T>(Class<T> type, Binder<T> binder, Consumer<? super T> handler) {
        void accept(Object value) {
            handler.accept(type.cast(value));
        }
    }

    private WebSocketSession(WebSocketHub hub, HttpExchange exchange, ServerWebSocket socket, int maxMessageSize) {
        this.hub = hub;
        this.exchange = exchange;
        this.socket = socket;
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * The handshake of a {@code @WebSocketRoute}: a request that is no WebSocket upgrade is not
     * found (as Starlette routes it); past {@code maxWebSocketConnections} it is answered 503;
     * otherwise the socket is accepted, held paused, and the endpoint is called to bind the
     * handshake's values and run the route method.
     */
    static void accept(HttpExchange exchange, Route route, WebSocketHub hub) {
        HttpServerRequest request = exchange.http();
        if (!request.canUpgradeToWebSocket()) {
            exchange.host.failures().notFound(exchange);
            return;
        }
        if (!hub.admit()) {
            Answers.sendJson(exchange, 503, ErrorBodies.detail(ErrorBodies.reason(503)), Map.of());
            return;
        }
        // The exchange is answered by the upgrade: a broken connection is the socket's close from now on.
        exchange.begin();
        int maxMessageSize = exchange.host.settings().maxWebSocketMessageSize();
        request.toWebSocket().onComplete(accepted -> {
            if (accepted.failed()) {
                hub.release();
                exchange.end();
                return;
            }
            ServerWebSocket socket = accepted.result();
            // Held until the route method has set its handlers.
            socket.pause();
            WebSocketSession session = new WebSocketSession(hub, exchange, socket, maxMessageSize);
            WebSocketWire.upgraded(request.connection(), session::pongsNotRead);
            hub.opened(session);
            socket.frameHandler(session::frame);
            socket.exceptionHandler(error -> {});
            socket.closeHandler(closed -> session.closed());
            exchange.socket = session;
            RequestHandler.dispatch(exchange, route);
        });
    }

    /** The socket as the route method sees it, its JSON messages bound by {@code messages}. */
    WebSocket open(WebSocketMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        return this;
    }

    // ------------------------------------------------------------------ the exchange's answers

    /** The route method ended: a failure closes the socket, else messages start flowing. */
    void started(AsyncResult<?> done) {
        if (done.failed()) {
            fail(done.cause());
        } else if (!closing) {
            socket.resume();
        }
    }

    /** The handshake's values failed validation: 1008 with the errors, as FastAPI closes it. */
    void reject(ValidationErrors errors) {
        close(POLICY_VIOLATION, reason(errors));
    }

    /** An {@code HttpException} closes with 1008 and its detail; anything else is logged, 1011. */
    void fail(Throwable error) {
        if (error instanceof HttpException http) {
            close(POLICY_VIOLATION, String.valueOf(http.detail()));
            return;
        }
        exchange.log(Level.ERROR, "WebSocket " + exchange.describe() + " failed", error);
        close(INTERNAL_ERROR, "Internal Server Error");
    }

    // ------------------------------------------------------------------ frames in

    private void frame(WebSocketFrame frame) {
        if (closing) {
            return;
        }
        if (frame.isText() || frame.isBinary()) {
            partial = null;
            partialBinary = frame.isBinary();
        } else if (!frame.isContinuation() || partial == null) {
            return;
        }
        Buffer data = frame.binaryData();
        long size = (partial == null ? 0 : partial.length()) + (long) data.length();
        if (size > maxMessageSize) {
            partial = null;
            close(MESSAGE_TOO_BIG, "Message too big");
            return;
        }
        if (frame.isFinal()) {
            Buffer message = partial == null ? data : partial.appendBuffer(data);
            partial = null;
            deliver(message);
        } else {
            partial = partial == null ? Buffer.buffer().appendBuffer(data) : partial.appendBuffer(data);
        }
    }

    private void deliver(Buffer message) {
        try {
            if (partialBinary) {
                Consumer<Buffer> binary = binaryHandler;
                if (binary != null) {
                    binary.accept(message);
                }
                return;
            }
            String text = message.toString(StandardCharsets.UTF_8);
            // RFC 6455 §8.1: a text message that is not UTF-8 fails the connection with 1007. The
            // decoding above puts U+FFFD for bad bytes; only a message that has one is checked strictly.
            if (text.indexOf('\uFFFD') >= 0 && !isUtf8(message)) {
                close(INVALID_PAYLOAD, "Invalid UTF-8");
                return;
            }
            Consumer<String> textOnly = textHandler;
            if (textOnly != null) {
                textOnly.accept(text);
            }
            JsonHandler<?> json = jsonHandler;
            if (json != null) {
                json(json, message);
            }
        } catch (Throwable e) {
            fail(e);
        }
    }

    private static boolean isUtf8(Buffer message) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message.getBytes()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private void json(JsonHandler<?> json, Buffer message) {
        ValidationErrors errors = new ValidationErrors(exchange.host.settings().forbidExtraFields());
        JsonNode tree = Params.json(message, errors);
        Object value = errors.isEmpty() ? Params.body(tree, json.binder(), true, errors) : null;
        if (!errors.isEmpty()) {
            reject(errors);
            return;
        }
        json.accept(value);
    }

    // ------------------------------------------------------------------ WebSocket

    @Override
    public void onText(Consumer<String> handler) {
        textHandler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public <T> void onJson(Class<T> type, Consumer<? super T> handler) {
        Binder<T> binder = messages.binder(type);
        if (binder == null) {
            throw new IllegalArgumentException("No binder was generated for " + type.getName()
                    + ": pass the message class as a class literal to onJson in the @WebSocketRoute method");
        }
        jsonHandler = new JsonHandler<>(type, binder, Objects.requireNonNull(handler, "handler"));
    }

    @Override
    public void onBinary(Consumer<Buffer> handler) {
        binaryHandler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void onClose(Runnable handler) {
        Objects.requireNonNull(handler, "handler");
        exchange.onContext(() -> onClose.add(handler));
    }

    @Override
    public Future<Void> sendText(String text) {
        if (!writable()) {
            return Future.failedFuture(new IllegalStateException("WebSocket closed"));
        }
        return socket.writeTextMessage(text);
    }

    @Override
    public Future<Void> sendJson(Object message) {
        String text;
        try {
            text = Json.mapper().writeValueAsString(message);
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
        return sendText(text);
    }

    @Override
    public Future<Void> sendBinary(Buffer data) {
        if (!writable()) {
            return Future.failedFuture(new IllegalStateException("WebSocket closed"));
        }
        return socket.writeBinaryMessage(data);
    }

    /**
     * Whether a send may go out: not after the close started, and not to a client whose write queue is
     * full (it stopped reading): that one is disconnected.
     */
    private boolean writable() {
        if (closing || socket.isClosed()) {
            return false;
        }
        if (socket.writeQueueFull()) {
            closing = true;
            exchange.log(
                    Level.WARNING,
                    "WebSocket " + exchange.describe()
                            + " disconnected: the client does not read (its write queue is full)",
                    null);
            // A close frame would queue behind the rest: the socket counts as closed now (onClose,
            // cleanups, its connection given back), and the connection is closed.
            exchange.onContext(() -> {
                closed();
                socket.close(POLICY_VIOLATION, "Client too slow");
                exchange.http().connection().close();
            });
            return false;
        }
        return true;
    }

    /** The connection is being closed (1008) because its client pings and does not read the pongs. */
    private void pongsNotRead() {
        closing = true;
        exchange.log(
                Level.WARNING,
                "WebSocket " + exchange.describe()
                        + " disconnected: the client pings and does not read the pongs (its write queue is full)",
                null);
    }

    @Override
    public Future<Void> close(int code, String reason) {
        if (closing || socket.isClosed()) {
            return Future.succeededFuture();
        }
        closing = true;
        return socket.close((short) code, truncate(reason));
    }

    @Override
    public void join(String room) {
        joined.add(Objects.requireNonNull(room, "room"));
        hub.join(this, room);
        if (closing || socket.isClosed()) {
            hub.leave(this, room);
        }
    }

    @Override
    public void leave(String room) {
        joined.remove(room);
        hub.leave(this, room);
    }

    /** The shutdown: 1001 going away. */
    void goingAway() {
        exchange.onContext(() -> close(1001, "Server shutting down"));
    }

    // ------------------------------------------------------------------ the end

    private void closed() {
        closing = true;
        if (ended) {
            return;
        }
        ended = true;
        hub.closed(this, Set.copyOf(joined));
        for (Runnable handler : onClose) {
            try {
                handler.run();
            } catch (Throwable e) {
                exchange.log(Level.ERROR, "An onClose handler of " + exchange.describe() + " failed", e);
            }
        }
        // Request-scoped cleanups, the in-flight count.
        exchange.end();
    }

    /** The errors as JSON when they fit in a close reason, else their types and places, else a sentence. */
    static String reason(ValidationErrors errors) {
        List<Map<String, Object>> detail = errors.detail();
        String full = json(detail);
        if (full != null && utf8(full) <= MAX_REASON_BYTES) {
            return full;
        }
        List<Map<String, Object>> brief = new ArrayList<>();
        for (Map<String, Object> error : detail) {
            Map<String, Object> short_ = new LinkedHashMap<>();
            short_.put("type", error.get("type"));
            short_.put("loc", error.get("loc"));
            brief.add(short_);
        }
        String shorter = json(brief);
        if (shorter != null && utf8(shorter) <= MAX_REASON_BYTES) {
            return shorter;
        }
        return "Validation failed (" + detail.size() + " errors)";
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (Exception e) {
            return null;
        }
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** At most 123 bytes of UTF-8, cut on a character boundary. */
    static String truncate(String reason) {
        if (reason == null) {
            return null;
        }
        if (utf8(reason) <= MAX_REASON_BYTES) {
            return reason;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < reason.length(); ) {
            int cp = reason.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_REASON_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
