package dev.kiln.runtime.bind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a JSON object bound into a record or bean: its wire name, its binder, and what an
 * absent value means (required, {@code Optional.empty()}, {@code null}, or a default).
 *
 * @param <T> the Java type of the component, as the constructor receives it
 */
public final class Field<T> {
    private enum Absent {
        REQUIRED,
        OPTIONAL,
        NULLABLE,
        DEFAULT
    }

    private final String name;
    private final Binder<T> binder;
    private final Absent absent;
    private final T defaultValue;

    private Field(String name, Binder<T> binder, Absent absent, T defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.binder = Objects.requireNonNull(binder, "binder");
        this.absent = absent;
        this.defaultValue = defaultValue;
    }

    /** Absent → {@code missing}. JSON null → the binder's type error, as Pydantic does. */
    public static <T> Field<T> required(String name, Binder<T> binder) {
        return new Field<>(name, binder, Absent.REQUIRED, null);
    }

    /** {@code Optional<T>}: absent or null → {@code Optional.empty()}. */
    public static <T> Field<java.util.Optional<T>> optional(String name, Binder<T> binder) {
        return new Field<>(name, Binders.optional(binder), Absent.OPTIONAL, Optional.empty());
    }

    /** {@code @Nullable T}: absent or null → {@code null}. */
    public static <T> Field<T> nullable(String name, Binder<T> binder) {
        return new Field<>(name, binder, Absent.NULLABLE, null);
    }

    /** {@code @Default}: absent → {@code defaultValue} (parsed at compile time). */
    public static <T> Field<T> withDefault(String name, Binder<T> binder, T defaultValue) {
        return new Field<>(name, binder, Absent.DEFAULT, defaultValue);
    }

    public String name() {
        return name;
    }

    /**
     * Binds this member of {@code object} (a JSON object, or {@code null} when the enclosing value is
     * absent), recording errors at {@code parent.field(name)}. Returns {@code null} on failure; the
     * caller compares {@link ValidationErrors#size()} to tell a failure from a bound {@code null}.
     */
    T bind(JsonNode object, Object missingInput, Loc parent, ValidationErrors errors) {
        JsonNode value = object == null ? null : object.get(name);
        if (value == null || value.isMissingNode()) {
            return switch (absent) {
                case REQUIRED -> {
                    errors.missing(parent.field(name), missingInput);
                    yield null;
                }
                case OPTIONAL, NULLABLE, DEFAULT -> defaultValue;
            };
        }
        if (value.isNull() && absent == Absent.NULLABLE) {
            return null;
        }
        return binder.fromJson(value, parent.field(name), errors);
    }
}
