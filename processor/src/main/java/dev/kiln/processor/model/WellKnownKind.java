package dev.kiln.processor.model;

/**
 * JDK and Jackson types Kiln leaves to Jackson but whose JSON form it knows, for the document (see
 * {@link TypeShape.WellKnown}). The simple types Kiln binds itself are {@link SimpleKind}s.
 */
public enum WellKnownKind {
    CHAR_SEQUENCE("java.lang.CharSequence"),
    NUMBER("java.lang.Number"),
    LOCAL_TIME("java.time.LocalTime"),
    OFFSET_TIME("java.time.OffsetTime"),
    ZONED_DATE_TIME("java.time.ZonedDateTime"),
    DURATION("java.time.Duration"),
    URI("java.net.URI"),
    URL("java.net.URL"),
    OPTIONAL_INT("java.util.OptionalInt"),
    OPTIONAL_LONG("java.util.OptionalLong"),
    OPTIONAL_DOUBLE("java.util.OptionalDouble"),
    OBJECT_NODE("com.fasterxml.jackson.databind.node.ObjectNode"),
    ARRAY_NODE("com.fasterxml.jackson.databind.node.ArrayNode"),
    /** {@code byte[]}: Jackson writes base64 text. */
    BYTES("byte[]");

    private final String className;

    WellKnownKind(String className) {
        this.className = className;
    }

    /** The qualified name of the type ({@code byte[]} for {@link #BYTES}). */
    public String className() {
        return className;
    }

    /** Whether a {@code @JsonFormat(pattern)} applies to it. */
    public boolean isTime() {
        return this == LOCAL_TIME || this == OFFSET_TIME || this == ZONED_DATE_TIME;
    }

    /** The kind of a qualified class name, or {@code null}. */
    public static WellKnownKind ofClassName(String qualifiedName) {
        for (WellKnownKind kind : values()) {
            if (kind.className.equals(qualifiedName)) {
                return kind;
            }
        }
        return null;
    }
}
