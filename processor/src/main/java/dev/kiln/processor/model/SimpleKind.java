package dev.kiln.processor.model;

/**
 * The simple types: what a path, query, header or cookie value can be (with enums), and what a
 * {@code @Default} can be parsed as.
 */
public enum SimpleKind {
    BOOLEAN("java.lang.Boolean", "BOOLEAN"),
    BYTE("java.lang.Byte", "BYTE"),
    SHORT("java.lang.Short", "SHORT"),
    INT("java.lang.Integer", "INT"),
    LONG("java.lang.Long", "LONG"),
    FLOAT("java.lang.Float", "FLOAT"),
    DOUBLE("java.lang.Double", "DOUBLE"),
    CHAR("java.lang.Character", "CHAR"),
    STRING("java.lang.String", "STRING"),
    UUID("java.util.UUID", "UUID_"),
    BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL"),
    BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER"),
    LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE"),
    LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
    INSTANT("java.time.Instant", "INSTANT");

    private final String className;
    private final String binderConstant;

    SimpleKind(String className, String binderConstant) {
        this.className = className;
        this.binderConstant = binderConstant;
    }

    /** The qualified name of the (boxed) Java type. */
    public String className() {
        return className;
    }

    /** The name of the {@code dev.kiln.runtime.bind.Binders} constant that binds it. */
    public String binderConstant() {
        return binderConstant;
    }

    /** The kind of a qualified (boxed) class name, or {@code null}. */
    public static SimpleKind ofClassName(String qualifiedName) {
        for (SimpleKind kind : values()) {
            if (kind.className.equals(qualifiedName)) {
                return kind;
            }
        }
        return null;
    }
}
