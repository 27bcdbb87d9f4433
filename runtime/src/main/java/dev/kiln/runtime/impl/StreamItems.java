package dev.kiln.runtime.impl;

import dev.kiln.ServerSentEvent;
import dev.kiln.runtime.json.JsonWriter;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How one item of a stream becomes bytes: a line of JSON Lines, a server-sent event, or a
 * {@link Buffer} as it is. Each item is encoded whole before a byte of it is written, so a failure
 * (an item Jackson cannot write) never leaves half a line on the wire. Stateless and thread-safe:
 * items pulled on a worker are encoded there.
 */
enum StreamItems {
    /** {@code application/jsonl}: the item's JSON and {@code \n}. */
    JSON_LINES {
        @Override
        Buffer encode(Object item, JsonWriter<Object> writer) throws IOException {
            byte[] json = writer.toBytes(item);
            return Buffer.buffer(json.length + 1).appendBytes(json).appendByte((byte) '\n');
        }
    },
    /**
     * {@code text/event-stream}, as FastAPI's {@code format_sse_event} writes it: a plain item is
     * {@code data: <its JSON>}; a {@link ServerSentEvent} has its comment lines ({@code : }), then
     * {@code event:}, {@code data:}, {@code id:}, {@code retry:}; a blank line ends each event.
     */
    EVENTS {
        @Override
        Buffer encode(Object item, JsonWriter<Object> writer) throws IOException {
            StringBuilder frame = new StringBuilder(64);
            if (item instanceof ServerSentEvent<?> event) {
                if (event.comment() != null) {
                    lines(frame, ": ", event.comment());
                }
                if (event.event() != null) {
                    frame.append("event: ").append(event.event()).append('\n');
                }
                if (event.data() != null) {
                    lines(frame, "data: ", new String(writer.toBytes(event.data()), StandardCharsets.UTF_8));
                }
                if (event.id() != null) {
                    frame.append("id: ").append(event.id()).append('\n');
                }
                if (event.retry() != null) {
                    frame.append("retry: ").append(event.retry()).append('\n');
                }
            } else {
                // One line: Jackson escapes line breaks inside JSON strings.
                frame.append("data: ")
                        .append(new String(writer.toBytes(item), StandardCharsets.UTF_8))
                        .append('\n');
            }
            frame.append('\n');
            return Buffer.buffer(frame.toString().getBytes(StandardCharsets.UTF_8));
        }
    },
    /** The bytes of a {@code Response.stream}: each item is a {@link Buffer}, written as it is. */
    RAW {
        @Override
        Buffer encode(Object item, JsonWriter<Object> writer) {
            if (item instanceof Buffer bytes) {
                return bytes;
            }
            throw new IllegalStateException("Response.stream: the stream gave a "
                    + (item == null ? "null" : item.getClass().getName()) + " where a Buffer belongs");
        }
    };

    /** The comment every idle event stream gets, as FastAPI's {@code KEEPALIVE_COMMENT}. */
    static final byte[] KEEP_ALIVE = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

    /** The bytes of one item. */
    abstract Buffer encode(Object item, JsonWriter<Object> writer) throws IOException;

    /** Each line of {@code text} (split at {@code \r\n}, {@code \r} or {@code \n}) after {@code prefix}. */
    private static void lines(StringBuilder frame, String prefix, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                frame.append(prefix).append(text, start, i).append('\n');
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        frame.append(prefix).append(text, start, text.length()).append('\n');
    }
}
