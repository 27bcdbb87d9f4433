package dev.kiln.runtime.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one Jackson configuration of Kiln (java.time as ISO strings, {@code Optional} support,
 * deliberate stream-read limits). Generated code builds its readers and writers here, once per type,
 * in static fields.
 */
public final class Json {
    private Json() {
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A writer for a non-generic type: {@code Json.writerFor(Item.class)}. */
    public static ObjectWriter writerFor(Class<?> type) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A writer for a generic type: {@code Json.writerFor(new TypeReference<List<Item>>() {})}. */
    public static ObjectWriter writerFor(TypeReference<?> type) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A reader for a type Kiln does not bind itself (e.g. {@code Map<String, Object>}). */
    public static ObjectReader readerFor(TypeReference<?> type) {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
