package dev.kiln.runtime.bind;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
 */
public final class Binders {
    private Binders() {
    }

    private static <T> Binder<T> todo() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public static final Binder<Boolean> BOOLEAN = todo();
    public static final Binder<Byte> BYTE = todo();
    public static final Binder<Short> SHORT = todo();
    public static final Binder<Integer> INT = todo();
    public static final Binder<Long> LONG = todo();
    public static final Binder<Float> FLOAT = todo();
    public static final Binder<Double> DOUBLE = todo();
    public static final Binder<Character> CHAR = todo();
    public static final Binder<String> STRING = todo();
    public static final Binder<UUID> UUID_ = todo();
    public static final Binder<BigDecimal> BIG_DECIMAL = todo();
    public static final Binder<BigInteger> BIG_INTEGER = todo();
    public static final Binder<LocalDate> LOCAL_DATE = todo();
    public static final Binder<LocalDateTime> LOCAL_DATE_TIME = todo();
    public static final Binder<OffsetDateTime> OFFSET_DATE_TIME = todo();
    public static final Binder<Instant> INSTANT = todo();
    /** Any JSON value, as a tree. */
    public static final Binder<JsonNode> JSON_NODE = todo();

    /** An enum by constant name: {@code Binders.enumOf("Color", Color.values())}; error type {@code enum}. */
    public static <E extends Enum<E>> Binder<E> enumOf(String typeName, E[] values) {
        return todo();
    }

    /** A JSON array (or repeated query values, through {@link Params#list}) of elements. */
    public static <T> Binder<List<T>> list(Binder<T> element) {
        return todo();
    }

    /** Like {@link #list} but into an insertion-ordered set. */
    public static <T> Binder<Set<T>> set(Binder<T> element) {
        return todo();
    }

    /** A JSON object with string keys. */
    public static <V> Binder<Map<String, V>> map(Binder<V> value) {
        return todo();
    }

    /** {@code Optional<T>}: JSON null is empty. */
    public static <T> Binder<Optional<T>> optional(Binder<T> value) {
        return todo();
    }

    /** A type Kiln does not bind itself, read by Jackson; a failure is one error at the value's location. */
    public static <T> Binder<T> jackson(TypeReference<T> type) {
        return todo();
    }

    /** A binder built on first use: for recursive types ({@code record Node(List<Node> children)}). */
    public static <T> Binder<T> lazy(Supplier<Binder<T>> binder) {
        return todo();
    }

    /**
     * A record, from a JSON object: binds every field (collecting all errors, error type
     * {@code model_attributes_type} when the value is not an object), then calls {@code constructor}
     * with the values in field order. Unknown members are ignored.
     */
    public static <T> Binder<T> record(String typeName, Function<Object[], T> constructor, Field<?>... fields) {
        return todo();
    }

    /** A bean (public no-arg constructor and setters), from a JSON object. */
    public static <T> Binder<T> bean(String typeName, Supplier<T> constructor, Property<T, ?>... properties) {
        return todo();
    }

    /** A bean property: a field and the setter that stores it. */
    public static <T, V> Property<T, V> property(Field<V> field, BiConsumer<T, V> setter) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A bean property binding, see {@link #property}. */
    public interface Property<T, V> {
        Field<V> field();

        BiConsumer<T, V> setter();
    }
}
