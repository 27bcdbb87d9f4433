package dev.kiln.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes values of one Java type as JSON, exactly as Kiln's Jackson configuration ({@link Json#mapper()})
 * would. The processor generates one for each record a response returns, on jackson-core's streaming
 * generator (no serializer lookup, no reflection); {@link JsonWriters} has the ones for simple values,
 * collections, and the databind writer for every other type.
 *
 * @param <T> the written type
 */
@FunctionalInterface
public interface JsonWriter<T> {
    /** Writes {@code value} ({@code null} is written as JSON {@code null}) as the generator's next value. */
    void write(T value, JsonGenerator out) throws IOException;

    /** {@code value} as UTF-8 JSON bytes. */
    default byte[] toBytes(T value) throws IOException {
        return JsonWriters.toBytes(this, value);
    }
}
