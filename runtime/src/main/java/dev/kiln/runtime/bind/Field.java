package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a JSON object bound into a record or bean: its wire name (and {@code @JsonAlias} names
 * also accepted), its binder, and what an absent value means (required, {@code Optional.empty()},
 * {@code null}, or a default). A member Jackson does not read ({@code @JsonIgnore},
 * {@code @JsonProperty(access = READ_ONLY)}) is {@link #notRead}: it always has its absent value.
 *
 * @param <T> the Java type of the component, as the constructor receives it
 */
public final class Field<T> {
    private enum Absent {
        REQUIRED,
        OPTIONAL,
        NULLABLE,
        DEFAULT,
        NOT_READ
    }

    private static final String[] NO_ALIASES = {};

    private final String name;
    private final SerializedString wireName;
    private final Binder<T> binder;
    private final Absent absent;
    private final T defaultValue;
    private final String[] aliases;

    private Field(String name, Binder<T> binder, Absent absent, T defaultValue, String[] aliases) {
        this.name = Objects.requireNonNull(name, "name");
        this.wireName = new SerializedString(name);
        this.binder = binder;
        this.absent = absent;
        this.defaultValue = defaultValue;
        this.aliases = aliases;
    }

    private Field(String name, Binder<T> binder, Absent absent, T defaultValue) {
        this(name, Objects.requireNonNull(binder, "binder"), absent, defaultValue, NO_ALIASES);
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

    /**
     * A member that requests never set: the object always gets {@code value} (its absent value). Sent
     * anyway, it is ignored, as Jackson ignores it, and never counts as an unknown member.
     */
    public static <T> Field<T> notRead(String name, T value) {
        return new Field<>(name, null, Absent.NOT_READ, value, NO_ALIASES);
    }

    /**
     * This member, also read from {@code aliases} ({@code @JsonAlias}) when its name is absent, in the
     * order given; an error is reported at the name that was read.
     */
    public Field<T> withAliases(String... aliases) {
        return new Field<>(name, binder, absent, defaultValue, aliases.clone());
    }

    public String name() {
        return name;
    }

    /** The name as a streaming read compares it to the next member's ({@code JsonParser.nextFieldName}). */
    SerializedString wireName() {
        return wireName;
    }

    /** Whether a JSON member of this name is this field's (its name or an alias). */
    boolean answersTo(String member) {
        return rank(member) >= 0;
    }

    /**
     * How a JSON member of this name is this field's: 0 by its name, {@code 1 + i} by its alias
     * {@code i} (a lower rank wins when several are sent), -1 when it is not.
     */
    int rank(String member) {
        if (name.equals(member)) {
            return 0;
        }
        for (int i = 0; i < aliases.length; i++) {
            if (aliases[i].equals(member)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Reads this member's value, in front of {@code p}, as {@link #bind} binds it when present (see
     * {@link Binder#fromParser}); a member that requests never set is skipped.
     */
    T read(JsonParser p, ValidationErrors errors) throws IOException {
        if (absent == Absent.NOT_READ) {
            p.skipChildren();
            return defaultValue;
        }
        if (absent == Absent.NULLABLE && p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return binder.fromParser(p, errors);
    }

    /** This member's value when the object does not have it; {@link Unbound} when it is required. */
    T absentValue() {
        if (absent == Absent.REQUIRED) {
            throw Unbound.INSTANCE;
        }
        return defaultValue;
    }

    /**
     * Binds this member of {@code object} (a JSON object, or {@code null} when the enclosing value is
     * absent), recording errors at {@code parent.field(name)}. Returns {@code null} on failure; the
     * caller compares {@link ValidationErrors#size()} to tell a failure from a bound {@code null}.
     */
    T bind(JsonNode object, Object missingInput, Loc parent, ValidationErrors errors) {
        if (absent == Absent.NOT_READ) {
            return defaultValue;
        }
        String read = name;
        JsonNode value = object == null ? null : object.get(name);
        for (int i = 0; object != null && (value == null || value.isMissingNode()) && i < aliases.length; i++) {
            read = aliases[i];
            value = object.get(read);
        }
        if (value == null || value.isMissingNode()) {
            return switch (absent) {
                case REQUIRED -> {
                    errors.missing(parent.field(name), missingInput);
                    yield null;
                }
                case OPTIONAL, NULLABLE, DEFAULT, NOT_READ -> defaultValue;
            };
        }
        if (value.isNull() && absent == Absent.NULLABLE) {
            return null;
        }
        return binder.fromJson(value, parent.field(read), errors);
    }
}
