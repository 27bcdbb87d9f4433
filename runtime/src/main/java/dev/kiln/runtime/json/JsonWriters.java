package dev.kiln.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link JsonWriter}s generated writers are made of: one per simple type, for collections, maps and
 * {@code Optional}, and Jackson databind's writer for any type Kiln does not write itself. Each writes
 * what the shared mapper writes for the same value, byte for byte (the it-tests compare them).
 */
public final class JsonWriters {
    private JsonWriters() {}

    public static final JsonWriter<String> STRING = present((value, out) -> out.writeString(value));

    public static final JsonWriter<Boolean> BOOLEAN = present((value, out) -> out.writeBoolean(value));

    /** {@code Integer}, {@code Short} and {@code Byte}: Jackson writes each as a JSON integer. */
    public static final JsonWriter<Number> INT = present((value, out) -> out.writeNumber(value.intValue()));

    public static final JsonWriter<Long> LONG = present((value, out) -> out.writeNumber(value.longValue()));

    public static final JsonWriter<Float> FLOAT = present((value, out) -> out.writeNumber(value.floatValue()));

    public static final JsonWriter<Double> DOUBLE = present((value, out) -> out.writeNumber(value.doubleValue()));

    public static final JsonWriter<BigDecimal> BIG_DECIMAL = present((value, out) -> out.writeNumber(value));

    public static final JsonWriter<BigInteger> BIG_INTEGER = present((value, out) -> out.writeNumber(value));

    /** A {@code char} is a one-character string in JSON. */
    public static final JsonWriter<Character> CHAR =
            present((value, out) -> out.writeString(String.valueOf(value.charValue())));

    /** A {@code UUID} as its canonical lower-case text. */
    public static final JsonWriter<java.util.UUID> UUID = present((value, out) -> out.writeString(value.toString()));

    /** An enum by its constant's name (no {@code @JsonProperty} or {@code @JsonValue} on it). */
    public static final JsonWriter<Enum<?>> ENUM_NAME = present((value, out) -> out.writeString(value.name()));

    /** What a writer does with a value that is not {@code null}. */
    @FunctionalInterface
    private interface Present<T> {
        void write(T value, JsonGenerator out) throws IOException;
    }

    /** {@code write} for a value, JSON {@code null} for none. */
    private static <T> JsonWriter<T> present(Present<T> write) {
        return (value, out) -> {
            if (value == null) {
                out.writeNull();
            } else {
                write.write(value, out);
            }
        };
    }

    /** A JSON array of the elements, each written by {@code element}. */
    public static <E> JsonWriter<Collection<? extends E>> list(JsonWriter<? super E> element) {
        return (values, out) -> {
            if (values == null) {
                out.writeNull();
                return;
            }
            out.writeStartArray();
            for (E value : values) {
                element.write(value, out);
            }
            out.writeEndArray();
        };
    }

    /** A JSON object of a map with {@code String} keys, in the map's order, each value written by {@code value}. */
    public static <V> JsonWriter<Map<String, ? extends V>> map(JsonWriter<? super V> value) {
        return (entries, out) -> {
            if (entries == null) {
                out.writeNull();
                return;
            }
            out.writeStartObject();
            for (Map.Entry<String, ? extends V> entry : entries.entrySet()) {
                if (entry.getKey() == null) {
                    // What Jackson's default null-key serializer says.
                    throw new com.fasterxml.jackson.core.JsonGenerationException(
                            "Null key for a Map not allowed in JSON (use a converting NullKeySerializer?)", out);
                }
                out.writeFieldName(entry.getKey());
                value.write(entry.getValue(), out);
            }
            out.writeEndObject();
        };
    }

    /** An {@code Optional}: its value, or {@code null} when it is empty, as Jackson's {@code Jdk8Module} writes it. */
    public static <V> JsonWriter<Optional<? extends V>> optional(JsonWriter<? super V> value) {
        return (optional, out) -> {
            if (optional == null || optional.isEmpty()) {
                out.writeNull();
            } else {
                value.write(optional.get(), out);
            }
        };
    }

    /**
     * Jackson databind's writer for a type Kiln does not write itself (a bean, a date-time, a class with
     * Jackson annotations Kiln does not model), made on first use: an app that never writes one never
     * builds it.
     */
    public static <T> JsonWriter<T> databind(Class<T> type) {
        return databind(() -> Json.writerFor(type));
    }

    /** {@link #databind(Class)} for a generic type. */
    public static <T> JsonWriter<T> databind(TypeReference<T> type) {
        return databind(() -> Json.writerFor(type));
    }

    /** Databind's writer of whatever the value's class is: for {@code Object} and wildcards. */
    public static final JsonWriter<Object> ANY = databind(() -> Json.mapper().writer());

    private static <T> JsonWriter<T> databind(Supplier<ObjectWriter> writer) {
        return new JsonWriter<>() {
            private volatile ObjectWriter made;

            @Override
            public void write(T value, JsonGenerator out) throws IOException {
                writer().writeValue(out, value);
            }

            @Override
            public byte[] toBytes(T value) throws IOException {
                return writer().writeValueAsBytes(value);
            }

            private ObjectWriter writer() {
                ObjectWriter w = made;
                if (w == null) {
                    w = writer.get();
                    made = w;
                }
                return w;
            }
        };
    }

    /** A member name, quoted and encoded once. */
    public static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /** {@code writer}'s JSON for {@code value}, with the shared factory's buffers (as databind's own writer does). */
    static <T> byte[] toBytes(JsonWriter<T> writer, T value) throws IOException {
        JsonFactory factory = Json.factory();
        BufferRecycler recycler = factory._getBufferRecycler();
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator out = factory.createGenerator(bytes)) {
                writer.write(value, out);
            }
            return bytes.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }
}
