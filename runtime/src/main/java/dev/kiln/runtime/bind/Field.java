package dev.kiln.runtime.bind;

/**
 * A member of a JSON object bound into a record or bean: its wire name, its binder, and what an
 * absent value means (required, {@code Optional.empty()}, {@code null}, or a default).
 *
 * @param <T> the Java type of the component, as the constructor receives it
 */
public final class Field<T> {
    private Field() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** Absent → {@code missing}. JSON null → the binder's type error, as Pydantic does. */
    public static <T> Field<T> required(String name, Binder<T> binder) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code Optional<T>}: absent or null → {@code Optional.empty()}. */
    public static <T> Field<java.util.Optional<T>> optional(String name, Binder<T> binder) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code @Nullable T}: absent or null → {@code null}. */
    public static <T> Field<T> nullable(String name, Binder<T> binder) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** {@code @Default}: absent → {@code defaultValue} (parsed at compile time). */
    public static <T> Field<T> withDefault(String name, Binder<T> binder, T defaultValue) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public String name() {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
