package dev.kiln.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A response read as it arrives, not after it ended, from {@link TestClient#stream(String)}: line by
 * line (JSON Lines, text) or event by event (server-sent events). A body that breaks off (the server
 * reset the connection without the final chunk) is an {@link UncheckedIOException} when the read
 * reaches the break. {@link #close()} disconnects, as a client that goes away.
 *
 * <pre>{@code
 * try (TestStream items = client.stream("/items/stream")) {
 *     assertEquals("application/jsonl", items.header("content-type"));
 *     assertEquals("Plumbus", items.nextJson().get("name").asText());
 * }
 * }</pre>
 */
public final class TestStream implements AutoCloseable {
    private final HttpResponse<InputStream> response;
    private final BufferedReader reader;

    TestStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    /** The next line as sent, without its line break (comments included); {@code null} at the end. */
    public String nextLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("the response broke off", e);
        }
    }

    /** The next line parsed as JSON (a JSON Lines item); {@code null} at the end. */
    public JsonNode nextJson() {
        String line = nextLine();
        if (line == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("the line is not JSON: " + line, e);
        }
    }

    /**
     * The next server-sent event, read by the {@code text/event-stream} rules: comment lines
     * ({@code : ping}) are skipped, a blank line ends an event; {@code null} at the end of the body (an
     * event not ended by a blank line is dropped, as a browser drops it).
     */
    public TestEvent nextEvent() {
        String event = null;
        StringBuilder data = null;
        String id = null;
        Integer retry = null;
        boolean any = false;
        while (true) {
            String line = nextLine();
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                if (any) {
                    return new TestEvent(event, data == null ? null : data.substring(0, data.length() - 1), id, retry);
                }
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> event = value;
                case "data" ->
                    data = (data == null ? new StringBuilder() : data)
                            .append(value)
                            .append('\n');
                case "id" -> id = value;
                case "retry" -> retry = value.matches("[0-9]+") ? Integer.valueOf(value) : retry;
                default -> {
                    continue;
                }
            }
            any = true;
        }
    }

    /** The lines still to come, as they arrive. */
    public Iterator<String> lines() {
        return iterator(this::nextLine);
    }

    /** The events still to come, as they arrive. */
    public Iterator<TestEvent> events() {
        return iterator(this::nextEvent);
    }

    private static <T> Iterator<T> iterator(Supplier<T> next) {
        return new Iterator<>() {
            private T ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    ahead = next.get();
                }
                return ahead != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = ahead;
                ahead = null;
                return item;
            }
        };
    }

    /** Disconnects: the server sees the client go away. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Closing a broken body: nothing more to do.
        }
    }
}
