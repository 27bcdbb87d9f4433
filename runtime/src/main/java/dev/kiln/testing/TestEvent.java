package dev.kiln.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One server-sent event read by {@link TestStream#nextEvent()}, its fields as the
 * {@code text/event-stream} parsing rules give them (several {@code data:} lines joined by {@code \n}).
 *
 * @param event the {@code event:} field, or {@code null}
 * @param data  the {@code data:} lines, or {@code null} when there were none
 * @param id    the {@code id:} field, or {@code null}
 * @param retry the {@code retry:} field, or {@code null}
 */
public record TestEvent(String event, String data, String id, Integer retry) {
    /** {@link #data()} parsed as JSON. */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException("the event's data is not JSON: " + data, e);
        }
    }
}
