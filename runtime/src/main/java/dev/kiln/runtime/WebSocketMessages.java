package dev.kiln.runtime;

import dev.kiln.runtime.bind.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON message types of one {@code @WebSocketRoute} and the generated binder of each: what
 * {@code WebSocket.onJson(type, handler)} binds a text message with. Built once per route by generated
 * code: {@code WebSocketMessages.NONE.with(ChatMessage.class, CHAT_MESSAGE_BINDER)}. Immutable.
 */
public final class WebSocketMessages {
    /** No JSON message type. */
    public static final WebSocketMessages NONE = new WebSocketMessages(Map.of());

    private final Map<Class<?>, Binder<?>> binders;

    private WebSocketMessages(Map<Class<?>, Binder<?>> binders) {
        this.binders = binders;
    }

    /** These types and {@code type}, bound by {@code binder}. */
    public <T> WebSocketMessages with(Class<T> type, Binder<T> binder) {
        Map<Class<?>, Binder<?>> more = new LinkedHashMap<>(binders);
        more.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(binder, "binder"));
        return new WebSocketMessages(Map.copyOf(more));
    }

    /** The binder of {@code type}, or {@code null} when the processor made none for it. */
    @SuppressWarnings("unchecked") // put together by with(Class<T>, Binder<T>)
    public <T> Binder<T> binder(Class<T> type) {
        return (Binder<T>) binders.get(type);
    }
}
