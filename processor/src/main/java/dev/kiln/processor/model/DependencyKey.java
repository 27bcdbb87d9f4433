package dev.kiln.processor.model;

/**
 * What a provider provides and a dependency asks for: a type and a qualifier ({@code @Named}).
 *
 * @param type      the provided type as written in Java source, primitives boxed: {@code javax.sql.DataSource},
 *                  {@code java.util.List<java.lang.String>}
 * @param qualifier the {@code @Named} value, or {@code ""}
 */
public record DependencyKey(String type, String qualifier) implements Comparable<DependencyKey> {
    /** The key generated code and the runtime's singleton registry use: {@code type} or {@code type@qualifier}. */
    public String runtimeKey() {
        return qualifier.isEmpty() ? type : type + "@" + qualifier;
    }

    /** How messages name it: {@code DataSource} or {@code @Named("replica") DataSource}. */
    public String describe() {
        String simple = simpleType();
        return qualifier.isEmpty() ? simple : "@Named(\"" + qualifier + "\") " + simple;
    }

    /** The type without package names: {@code List<String>}. */
    public String simpleType() {
        return type.replaceAll("\\b[a-z_][\\w]*\\.", "");
    }

    @Override
    public int compareTo(DependencyKey other) {
        return runtimeKey().compareTo(other.runtimeKey());
    }
}
