package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.ServerSentEvent;
import dev.kiln.runtime.json.JsonWriters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StreamItems}: the wire form of JSON Lines and of events, as FastAPI's {@code format_sse_event}. */
class StreamItemsTest {
    record Price(String symbol, int cents) {}

    private static String encode(StreamItems items, Object item) throws Exception {
        return items.encode(item, JsonWriters.ANY).toString();
    }

    @Test
    void aJsonLineIsOneLineWhateverTheItemHolds() throws Exception {
        assertEquals("{\"symbol\":\"A\\nB\",\"cents\":1}\n", encode(StreamItems.JSON_LINES, new Price("A\nB", 1)));
        assertEquals("\"text\"\n", encode(StreamItems.JSON_LINES, "text"));
    }

    @Test
    void aPlainItemIsItsJsonAsData() throws Exception {
        assertEquals("data: {\"symbol\":\"KLN\",\"cents\":5}\n\n", encode(StreamItems.EVENTS, new Price("KLN", 5)));
        // FastAPI JSON-encodes strings too: data: "hello"
        assertEquals("data: \"hello\"\n\n", encode(StreamItems.EVENTS, "hello"));
    }

    @Test
    void anEventHasItsFieldsInFastApisOrder() throws Exception {
        ServerSentEvent<Map<String, Integer>> event = ServerSentEvent.of(Map.of("n", 1))
                .withId("7")
                .withEvent("tick")
                .withRetry(3000)
                .withComment("one\r\ntwo\rthree");
        assertEquals(
                ": one\n: two\n: three\nevent: tick\ndata: {\"n\":1}\nid: 7\nretry: 3000\n\n",
                encode(StreamItems.EVENTS, event));
        assertEquals(
                ": ping only\n\n",
                encode(StreamItems.EVENTS, ServerSentEvent.of(null).withComment("ping only")));
    }

    @Test
    void anEventIsCheckedWhenItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).withEvent("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).withId("a\rb"));
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).withId("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> ServerSentEvent.of(1).withRetry(-1));
    }

    @Test
    void aRawStreamTakesBuffersOnly() {
        assertThrows(IllegalStateException.class, () -> encode(StreamItems.RAW, "not a buffer"));
    }
}
