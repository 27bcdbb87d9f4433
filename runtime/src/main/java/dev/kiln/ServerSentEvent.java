package dev.kiln;

/**
 * One server-sent event with fields of its own, for an operation declared with
 * {@code produces = "text/event-stream"} whose stream's items are events (FastAPI's
 * {@code ServerSentEvent}). A plain item {@code T} is sent as {@code data: <its JSON>}; an item of this
 * type also sets the other fields of the event:
 *
 * <pre>{@code
 * @Get(value = "/prices", produces = "text/event-stream")
 * public ReadStream<ServerSentEvent<Price>> prices(@Header Optional<String> lastEventId) {
 *     return ticks.map(p -> ServerSentEvent.of(p).withId(p.seq()).withEvent("price"));
 * }
 * }</pre>
 *
 * <p>On the wire, in this order: each line of {@code comment} as {@code : <line>}, {@code event:},
 * {@code data:} (the JSON of {@code data}, always JSON: a {@code String} is sent quoted, as FastAPI
 * does), {@code id:}, {@code retry:}, then a blank line. A {@code null} field is left out.
 *
 * @param data    the payload, written as JSON; {@code null} for an event without data (a comment, a retry)
 * @param event   the event type ({@code addEventListener(event, ...)} in a browser); one line
 * @param id      the event id, which a browser sends back as {@code Last-Event-ID} when it reconnects; one
 *                line, no NUL character
 * @param retry   how long a browser waits before reconnecting, in milliseconds; not negative
 * @param comment a comment, ignored by {@code EventSource} clients; may span lines
 * @param <T> the type of the payload
 */
public record ServerSentEvent<T>(T data, String event, String id, Integer retry, String comment) {
    /** Checks the fields as FastAPI's model does: an invalid event is refused when it is made. */
    public ServerSentEvent {
        if (event != null && !singleLine(event)) {
            throw new IllegalArgumentException("SSE 'event' must be a single line");
        }
        if (id != null && (!singleLine(id) || id.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("SSE 'id' must be a single line without NUL characters");
        }
        if (retry != null && retry < 0) {
            throw new IllegalArgumentException("SSE 'retry' must not be negative: " + retry);
        }
    }

    /** An event with this payload and no other field. */
    public static <T> ServerSentEvent<T> of(T data) {
        return new ServerSentEvent<>(data, null, null, null, null);
    }

    /** This event with the event type {@code event}. */
    public ServerSentEvent<T> withEvent(String event) {
        return new ServerSentEvent<>(data, event, id, retry, comment);
    }

    /** This event with the id {@code id}. */
    public ServerSentEvent<T> withId(String id) {
        return new ServerSentEvent<>(data, event, id, retry, comment);
    }

    /** This event with a reconnection delay of {@code retry} milliseconds. */
    public ServerSentEvent<T> withRetry(int retry) {
        return new ServerSentEvent<>(data, event, id, retry, comment);
    }

    /** This event with the comment {@code comment}. */
    public ServerSentEvent<T> withComment(String comment) {
        return new ServerSentEvent<>(data, event, id, retry, comment);
    }

    private static boolean singleLine(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    }
}
