package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The binders generated code composes: one constant per simple type, and combinators for
 * collections, optionals, records, beans and the types Kiln leaves to Jackson. Error types and
 * messages follow Pydantic v2 (e.g. {@code int_parsing}, "Input should be a valid integer, unable to
 * parse string as an integer").
 *
 * <p>Where Java differs from Python, the choices are: a value outside a Java integer type's range
 * is {@code less_than_equal} (ctx {@code le}) or {@code greater_than_equal} (ctx {@code ge}) with the
 * type's bound, as if the field carried that constraint; a {@code float} beyond
 * {@link Float#MAX_VALUE} likewise; a {@code char} is a string of length 1 ({@code string_too_short}
 * / {@code string_too_long}); enums match the wire value Jackson writes for each constant (its name,
 * {@code @JsonProperty} or {@code @JsonValue}); a date-time without an offset is
 * UTC for {@code OffsetDateTime} and {@code Instant}, and {@code LocalDateTime} keeps the wall-clock
 * time as written.
 */
public final class Binders {
    private Binders() {}

    public static final Binder<Boolean> BOOLEAN = new Scalars.Bool();
    public static final Binder<Byte> BYTE = new Scalars.Whole<>(Byte.MIN_VALUE, Byte.MAX_VALUE);
    public static final Binder<Short> SHORT = new Scalars.Whole<>(Short.MIN_VALUE, Short.MAX_VALUE);
    public static final Binder<Integer> INT = new Scalars.Whole<>(Integer.MIN_VALUE, Integer.MAX_VALUE);
    public static final Binder<Long> LONG = new Scalars.Whole<>(Long.MIN_VALUE, Long.MAX_VALUE);
    public static final Binder<Float> FLOAT = new Scalars.Real<>(Float.MAX_VALUE);
    public static final Binder<Double> DOUBLE = new Scalars.Real<>(Double.MAX_VALUE);
    public static final Binder<Character> CHAR = new Scalars.Char();
    public static final Binder<String> STRING = new Scalars.Text();
    public static final Binder<UUID> UUID_ = new Scalars.Uuid();
    public static final Binder<BigDecimal> BIG_DECIMAL = new Scalars.Decimal();
    public static final Binder<BigInteger> BIG_INTEGER = new Scalars.Big();
    public static final Binder<LocalDate> LOCAL_DATE = new Temporals.DateBinder();
    public static final Binder<LocalDateTime> LOCAL_DATE_TIME = Temporals.localDateTime();
    public static final Binder<OffsetDateTime> OFFSET_DATE_TIME = Temporals.offsetDateTime();
    public static final Binder<Instant> INSTANT = Temporals.instant();
    /** Any JSON value, as a tree. */
    public static final Binder<JsonNode> JSON_NODE = new Binder<>() {
        @Override
        public JsonNode fromString(String raw, Loc loc, ValidationErrors errors) {
            return TextNode.valueOf(raw);
        }

        @Override
        public JsonNode fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            return node;
        }

        @Override
        public JsonNode fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            return Streamed.tree(p);
        }
    };

    /** An enum by constant name: {@code Binders.enumOf("Color", Color.values())}; error type {@code enum}. */
    public static <E extends Enum<E>> Binder<E> enumOf(String typeName, E[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return new Scalars.Enumerated<>(values, names);
    }

    /**
     * An enum by the wire value of each constant, as Jackson writes it ({@code @JsonProperty} on a constant,
     * or the value of its {@code @JsonValue} member): {@code Binders.enumOf("Color", Color.values(), "red",
     * "green", "blue")}, {@code wireValues[i]} for {@code values[i]}. A value that is none of them is an
     * {@code enum} error whose {@code ctx.expected} lists the wire values ({@code 'red', 'green' or 'blue'}).
     */
    public static <E extends Enum<E>> Binder<E> enumOf(String typeName, E[] values, String... wireValues) {
        return new Scalars.Enumerated<>(values, wireValues.clone());
    }

    /**
     * An enum by what its {@code @JsonValue} member returns for each constant, asked once, when the binder is
     * made: {@code Binders.enumOf("Color", Color.values(), Color::label)}. For values only running code can
     * tell; otherwise the processor writes them out.
     */
    public static <E extends Enum<E>> Binder<E> enumOf(String typeName, E[] values, Function<E, String> wireValue) {
        Objects.requireNonNull(wireValue, "wireValue");
        String[] wire = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            wire[i] = Objects.requireNonNull(wireValue.apply(values[i]), "the wire value of " + values[i]);
        }
        return new Scalars.Enumerated<>(values, wire);
    }

    /** A {@code LocalDate} in the {@code @JsonFormat(pattern)} of its member, as Jackson reads and writes it. */
    public static Binder<LocalDate> localDate(String pattern) {
        return new Temporals.Patterned<>(pattern, LocalDate::from, true);
    }

    /** A {@code LocalDateTime} in the {@code @JsonFormat(pattern)} of its member, as Jackson reads and writes it. */
    public static Binder<LocalDateTime> localDateTime(String pattern) {
        return new Temporals.Patterned<>(pattern, LocalDateTime::from, false);
    }

    /** An {@code OffsetDateTime} in the {@code @JsonFormat(pattern)} of its member, as Jackson reads and writes it. */
    public static Binder<OffsetDateTime> offsetDateTime(String pattern) {
        return new Temporals.Patterned<>(pattern, OffsetDateTime::from, false);
    }

    /** A JSON array (or repeated query values, through {@link Params#list}) of elements. */
    public static <T> Binder<List<T>> list(Binder<T> element) {
        return new Many<>(
                element, "list_type", "Input should be a valid list", ArrayList::new, Collections::unmodifiableList);
    }

    /** Like {@link #list} but into an insertion-ordered set. */
    public static <T> Binder<Set<T>> set(Binder<T> element) {
        return new Many<>(
                element,
                "set_type",
                "Input should be a valid set",
                n -> new LinkedHashSet<>(),
                Collections::unmodifiableSet);
    }

    /** A JSON object with string keys. */
    public static <V> Binder<Map<String, V>> map(Binder<V> value) {
        return map(STRING, value);
    }

    /**
     * A JSON object whose keys are bound by {@code key} (a checked {@link #STRING}: {@code Map<@Size(max = 3)
     * String, V>}) and values by {@code value}. A key that fails is reported where Pydantic reports it, at
     * {@code [..., "<the key>", "[key]"]} with the key as its input, and its value is still bound and reported.
     */
    public static <V> Binder<Map<String, V>> map(Binder<String> key, Binder<V> value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        boolean anyKey = key == STRING;
        return new Binder<>() {
            @Override
            public Map<String, V> fromString(String raw, Loc loc, ValidationErrors errors) {
                errors.add("dict_type", loc, "Input should be a valid dictionary", raw);
                return null;
            }

            @Override
            public Map<String, V> fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
                if (!node.isObject()) {
                    errors.add("dict_type", loc, "Input should be a valid dictionary", node);
                    return null;
                }
                int before = errors.size();
                Map<String, V> result = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    String name = entry.getKey();
                    Loc at = loc.field(name);
                    if (!anyKey) {
                        key.fromString(name, at.field("[key]"), errors);
                    }
                    result.put(name, value.fromJson(entry.getValue(), at, errors));
                }
                return errors.size() == before ? Collections.unmodifiableMap(result) : null;
            }

            @Override
            public Map<String, V> fromParser(JsonParser p, ValidationErrors errors) throws IOException {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw Unbound.INSTANCE;
                }
                Map<String, V> result = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    if (!anyKey) {
                        int before = errors.size();
                        if (key.fromString(name, Loc.body(), errors) == null || errors.size() != before) {
                            throw Unbound.INSTANCE; // the tree reports it, with its place (see fromParser)
                        }
                    }
                    p.nextToken();
                    result.put(name, value.fromParser(p, errors));
                }
                return Collections.unmodifiableMap(result);
            }
        };
    }

    /** {@code Optional<T>}: JSON null is empty. */
    public static <T> Binder<Optional<T>> optional(Binder<T> value) {
        Objects.requireNonNull(value, "value");
        return new Binder<>() {
            @Override
            public Optional<T> fromString(String raw, Loc loc, ValidationErrors errors) {
                int before = errors.size();
                T bound = value.fromString(raw, loc, errors);
                return errors.size() == before ? Optional.ofNullable(bound) : null;
            }

            @Override
            public Optional<T> fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
                if (node.isNull()) {
                    return Optional.empty();
                }
                int before = errors.size();
                T bound = value.fromJson(node, loc, errors);
                return errors.size() == before ? Optional.ofNullable(bound) : null;
            }

            @Override
            public Optional<T> fromParser(JsonParser p, ValidationErrors errors) throws IOException {
                return p.currentToken() == JsonToken.VALUE_NULL
                        ? Optional.empty()
                        : Optional.ofNullable(value.fromParser(p, errors));
            }
        };
    }

    /** A type Kiln does not bind itself, read by Jackson; a failure is one error at the value's location. */
    public static <T> Binder<T> jackson(TypeReference<T> type) {
        ObjectReader reader = Json.readerFor(type);
        String typeName = type.getType().getTypeName().replaceAll("[\\w$]+\\.", "");
        return new Binder<>() {
            @Override
            public T fromString(String raw, Loc loc, ValidationErrors errors) {
                return fromJson(TextNode.valueOf(raw), loc, errors);
            }

            @Override
            public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
                try {
                    return reader.readValue(node);
                } catch (IOException | IllegalArgumentException e) {
                    // Jackson's own message names Java internals; the client gets the type it should send.
                    String error = "the value cannot be read as " + typeName;
                    errors.add("value_error", loc, "Value error, " + error, node, Map.of("error", error));
                    return null;
                }
            }
        };
    }

    /** A binder built on first use: for recursive types ({@code record Node(List<Node> children)}). */
    public static <T> Binder<T> lazy(Supplier<Binder<T>> binder) {
        Objects.requireNonNull(binder, "binder");
        return new Binder<>() {
            private volatile Binder<T> delegate;

            private Binder<T> delegate() {
                Binder<T> d = delegate;
                if (d == null) {
                    d = Objects.requireNonNull(binder.get(), "lazy binder");
                    delegate = d;
                }
                return d;
            }

            @Override
            public T fromString(String raw, Loc loc, ValidationErrors errors) {
                return delegate().fromString(raw, loc, errors);
            }

            @Override
            public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
                return delegate().fromJson(node, loc, errors);
            }

            @Override
            public T fromParser(JsonParser p, ValidationErrors errors) throws IOException {
                return delegate().fromParser(p, errors);
            }
        };
    }

    /**
     * A record, from a JSON object: binds every field (collecting all errors, error type
     * {@code model_attributes_type} when the value is not an object), then calls {@code constructor}
     * with the values in field order. Unknown members are ignored, or are {@code extra_forbidden}
     * errors when {@link ValidationErrors#forbidsExtraFields()}. An {@link IllegalArgumentException}
     * from the constructor (a compact constructor's check) is a {@code value_error} at the record.
     */
    public static <T> Binder<T> record(String typeName, Function<Object[], T> constructor, Field<?>... fields) {
        Objects.requireNonNull(constructor, "constructor");
        Field<?>[] members = fields.clone();
        return record(
                typeName,
                constructor,
                (p, errors, ignoreUnknown) -> {
                    Object[] values = ObjectBinder.readFields(members, p, errors, ignoreUnknown);
                    return ObjectBinder.constructed(() -> constructor.apply(values));
                },
                members);
    }

    /**
     * A record as {@link #record(String, Function, Field...)} binds it, whose streaming read is
     * {@code reader}: a method the processor wrote for this record, member by member, calling each member's
     * binder and checks directly (one call site each, which the JIT inlines) where the shared
     * {@link Field} loop calls every binder of every record through one. The reader must bind exactly what
     * the fields bind (its failures are {@link Unbound}, as {@link Binder#fromParser} says); the fields
     * still bind from a tree and report the errors of a body that does not bind.
     */
    public static <T> Binder<T> record(
            String typeName, Function<Object[], T> constructor, Reader<T> reader, Field<?>... fields) {
        Objects.requireNonNull(constructor, "constructor");
        Objects.requireNonNull(reader, "reader");
        Field<?>[] members = fields.clone();
        return new ObjectBinder<>() {
            @Override
            T bindObject(JsonNode node, Loc loc, ValidationErrors errors, boolean ignoreUnknown) {
                Object[] values = bindFields(members, node, loc, errors, ignoreUnknown);
                return values == null ? null : construct(() -> constructor.apply(values), node, loc, errors);
            }

            @Override
            T readObject(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException {
                return reader.read(p, errors, ignoreUnknown);
            }
        };
    }

    /**
     * The streaming read of one record or bean, written by the processor ({@link #record(String, Function,
     * Reader, Field...)}, {@link #bean(String, Supplier, Reader, Property...)}).
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads the object in front of {@code p} (its current token is {@code START_OBJECT}; on return its
         * {@code END_OBJECT} is), or throws {@link Unbound}. {@code ignoreUnknown}: unknown members are
         * skipped whatever the app's rule.
         */
        T read(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException;
    }

    /**
     * The names a generated reader expects an object's members under, in the order it expects them (its
     * members' declaration order), each encoded once for {@link #nextMember}.
     */
    public static SerializableString[] memberNames(String... names) {
        SerializableString[] encoded = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            encoded[i] = new SerializedString(names[i]);
        }
        return encoded;
    }

    /**
     * The name of the next member of the object being read, or {@code null} at its end: what
     * {@code p.nextFieldName()} returns, found faster for a body sent in the expected order. The name
     * {@code expected[next]} (the member after the last one read) is compared first as the body's bytes,
     * which makes no {@code String} and skips the parser's name table; any other name is read as
     * {@code nextFieldName} reads it.
     */
    public static String nextMember(JsonParser p, SerializableString[] expected, int next) throws IOException {
        if (next >= expected.length) {
            return p.nextFieldName();
        }
        if (p.nextFieldName(expected[next])) {
            return expected[next].getValue();
        }
        return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    }

    /**
     * A member no field of the object being read answers to, in front of {@code p}: skipped, or
     * {@link Unbound} when the app forbids unknown members and the object does not ignore them.
     */
    public static void skipUnknown(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException {
        if (!ignoreUnknown && errors.forbidsExtraFields()) {
            throw Unbound.INSTANCE;
        }
        p.skipChildren();
    }

    /**
     * A bean (public no-arg constructor and setters), from a JSON object: binds every property as
     * {@link #record(String, Function, Field...)} binds a record's fields, then makes the bean and stores
     * every value (an absent property's absent value included), in property order. An
     * {@link IllegalArgumentException} from the constructor or a setter is a {@code value_error} at the bean.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is copied at once and never handed out
    public static <T> Binder<T> bean(String typeName, Supplier<T> constructor, Property<T, ?>... properties) {
        Objects.requireNonNull(constructor, "constructor");
        Property<T, ?>[] members = properties.clone();
        Field<?>[] fields = fields(members);
        return bean(
                typeName,
                constructor,
                (p, errors, ignoreUnknown) -> {
                    Object[] values = ObjectBinder.readFields(fields, p, errors, ignoreUnknown);
                    return ObjectBinder.constructed(() -> made(constructor, members, values));
                },
                members);
    }

    /**
     * A bean as {@link #bean(String, Supplier, Property...)} binds it, whose streaming read is {@code reader}:
     * a method the processor wrote for this bean, as for a record ({@link #record(String, Function, Reader,
     * Field...)}). The reader must bind and store exactly what the properties do.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is copied at once and never handed out
    public static <T> Binder<T> bean(
            String typeName, Supplier<T> constructor, Reader<T> reader, Property<T, ?>... properties) {
        Objects.requireNonNull(constructor, "constructor");
        Objects.requireNonNull(reader, "reader");
        Property<T, ?>[] members = properties.clone();
        Field<?>[] fields = fields(members);
        return new ObjectBinder<>() {
            @Override
            T bindObject(JsonNode node, Loc loc, ValidationErrors errors, boolean ignoreUnknown) {
                Object[] values = bindFields(fields, node, loc, errors, ignoreUnknown);
                return values == null ? null : construct(() -> made(constructor, members, values), node, loc, errors);
            }

            @Override
            T readObject(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException {
                return reader.read(p, errors, ignoreUnknown);
            }
        };
    }

    private static Field<?>[] fields(Property<?, ?>[] properties) {
        Field<?>[] fields = new Field<?>[properties.length];
        for (int i = 0; i < properties.length; i++) {
            fields[i] = properties[i].field();
        }
        return fields;
    }

    /** A new bean with every property's value stored, in order. */
    private static <T> T made(Supplier<T> constructor, Property<T, ?>[] properties, Object[] values) {
        T bean = constructor.get();
        for (int i = 0; i < properties.length; i++) {
            set(properties[i], bean, values[i]);
        }
        return bean;
    }

    /**
     * A record or bean binder that never reports unknown members, even when the app forbids them
     * ({@code @JsonIgnoreProperties(ignoreUnknown = true)} on the class).
     */
    public static <T> Binder<T> ignoringUnknownFields(Binder<T> object) {
        if (!(object instanceof ObjectBinder<T> binder)) {
            throw new IllegalArgumentException("not a record or bean binder: " + object);
        }
        return new ObjectBinder<>() {
            @Override
            T bindObject(JsonNode node, Loc loc, ValidationErrors errors, boolean ignoreUnknown) {
                return binder.bindObject(node, loc, errors, true);
            }

            @Override
            T readObject(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException {
                return binder.readObject(p, errors, true);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T, V> void set(Property<T, V> property, T bean, Object value) {
        property.setter().accept(bean, (V) value);
    }

    /** A bean property: a field and the setter that stores it. */
    public static <T, V> Property<T, V> property(Field<V> field, BiConsumer<T, V> setter) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(setter, "setter");
        return new Property<>() {
            @Override
            public Field<V> field() {
                return field;
            }

            @Override
            public BiConsumer<T, V> setter() {
                return setter;
            }
        };
    }

    /** A bean property binding, see {@link #property}. */
    public interface Property<T, V> {
        Field<V> field();

        BiConsumer<T, V> setter();
    }

    /** Records and beans: a JSON object or {@code model_attributes_type}. */
    private abstract static class ObjectBinder<T> implements Binder<T> {
        private static final String NOT_AN_OBJECT =
                "Input should be a valid dictionary or object to extract fields from";

        /** Binds an object; {@code ignoreUnknown}: unknown members are never errors, whatever the app's rule. */
        abstract T bindObject(JsonNode node, Loc loc, ValidationErrors errors, boolean ignoreUnknown);

        @Override
        public T fromString(String raw, Loc loc, ValidationErrors errors) {
            errors.add("model_attributes_type", loc, NOT_AN_OBJECT, raw);
            return null;
        }

        @Override
        public T fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (!node.isObject()) {
                errors.add("model_attributes_type", loc, NOT_AN_OBJECT, node);
                return null;
            }
            return bindObject(node, loc, errors, false);
        }

        /** Reads an object (the parser at its start) from its tokens; see {@link Binder#fromParser}. */
        abstract T readObject(JsonParser p, ValidationErrors errors, boolean ignoreUnknown) throws IOException;

        @Override
        public T fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Unbound.INSTANCE;
            }
            return readObject(p, errors, false);
        }

        /**
         * Every field's value, read member by member in the order sent, each bound where it stands; a
         * member is looked up first at the field after the previous one's, so a body in declaration order
         * costs one comparison a member. As the tree binders decide: a field's name wins over its aliases,
         * the last of a repeated member wins, a member Jackson does not read is skipped, and an absent one
         * takes its absent value. Any failure (including a required member absent) is {@link Unbound}.
         */
        static Object[] readFields(Field<?>[] fields, JsonParser p, ValidationErrors errors, boolean ignoreUnknown)
                throws IOException {
            Object[] values = new Object[fields.length];
            // per field: 0 while unread, else 1 + the rank of the name it was read under (0 = its own name)
            byte[] readAs = new byte[fields.length];
            int next = 0;
            for (; ; ) {
                int index;
                int rank;
                if (next < fields.length && p.nextFieldName(fields[next].wireName())) {
                    index = next; // the expected member: its name compared as bytes, no String made
                    rank = 0;
                } else {
                    JsonToken token = next < fields.length ? p.currentToken() : p.nextToken();
                    if (token != JsonToken.FIELD_NAME) {
                        break;
                    }
                    String name = p.currentName();
                    index = find(fields, name);
                    rank = index < 0 ? -1 : fields[index].rank(name);
                }
                p.nextToken();
                if (rank < 0 || (readAs[index] != 0 && rank + 1 > readAs[index])) {
                    if (index < 0 && errors.forbidsExtraFields() && !ignoreUnknown) {
                        throw Unbound.INSTANCE;
                    }
                    p.skipChildren();
                } else {
                    values[index] = fields[index].read(p, errors);
                    readAs[index] = (byte) (rank + 1);
                }
                next = index + 1;
            }
            for (int i = 0; i < fields.length; i++) {
                if (readAs[i] == 0) {
                    values[i] = fields[i].absentValue();
                }
            }
            return values;
        }

        /** The index of the field a member of this name belongs to (by name or alias), or -1. */
        private static int find(Field<?>[] fields, String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].answersTo(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** What {@code make} makes; its {@link IllegalArgumentException} (a {@code value_error}) is {@link Unbound}. */
        static <T> T constructed(Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw Unbound.INSTANCE;
            }
        }

        /** Every field's value, or {@code null} when any of them failed (all errors recorded). */
        static Object[] bindFields(
                Field<?>[] fields, JsonNode node, Loc loc, ValidationErrors errors, boolean ignoreUnknown) {
            int before = errors.size();
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = fields[i].bind(node, node, loc, errors);
            }
            if (errors.forbidsExtraFields() && !ignoreUnknown) {
                rejectExtraFields(fields, node, loc, errors);
            }
            return errors.size() == before ? values : null;
        }

        /** Pydantic's {@code extra='forbid'}: each unknown member after the declared ones' errors. */
        private static void rejectExtraFields(Field<?>[] fields, JsonNode node, Loc loc, ValidationErrors errors) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!declares(fields, member.getKey())) {
                    errors.add(
                            "extra_forbidden",
                            loc.field(member.getKey()),
                            "Extra inputs are not permitted",
                            member.getValue());
                }
            }
        }

        private static boolean declares(Field<?>[] fields, String name) {
            for (Field<?> field : fields) {
                if (field.answersTo(name)) {
                    return true;
                }
            }
            return false;
        }

        static <T> T construct(Supplier<T> make, JsonNode node, Loc loc, ValidationErrors errors) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                String error = e.getMessage() == null ? "invalid value" : e.getMessage();
                errors.add("value_error", loc, "Value error, " + error, node, Map.of("error", error));
                return null;
            }
        }
    }

    /** Lists and sets: a JSON array, each element bound at its index. */
    private static final class Many<T, C extends Collection<T>> implements Binder<C> {
        private final Binder<T> element;
        private final String type;
        private final String message;
        private final java.util.function.IntFunction<C> create;
        private final Function<C, C> seal;

        Many(
                Binder<T> element,
                String type,
                String message,
                java.util.function.IntFunction<C> create,
                Function<C, C> seal) {
            this.element = Objects.requireNonNull(element, "element");
            this.type = type;
            this.message = message;
            this.create = create;
            this.seal = seal;
        }

        /** A single wire value (e.g. one header) is a collection of one. */
        @Override
        public C fromString(String raw, Loc loc, ValidationErrors errors) {
            int before = errors.size();
            T value = element.fromString(raw, loc.index(0), errors);
            if (errors.size() != before) {
                return null;
            }
            C result = create.apply(1);
            result.add(value);
            return seal.apply(result);
        }

        @Override
        public C fromJson(JsonNode node, Loc loc, ValidationErrors errors) {
            if (!node.isArray()) {
                errors.add(type, loc, message, node);
                return null;
            }
            int before = errors.size();
            C result = create.apply(node.size());
            for (int i = 0; i < node.size(); i++) {
                result.add(element.fromJson(node.get(i), loc.index(i), errors));
            }
            return errors.size() == before ? seal.apply(result) : null;
        }

        @Override
        public C fromParser(JsonParser p, ValidationErrors errors) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Unbound.INSTANCE;
            }
            C result = create.apply(10);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                result.add(element.fromParser(p, errors));
            }
            return seal.apply(result);
        }
    }
}
