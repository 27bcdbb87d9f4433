package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * A property of a JSON object: a record component, a bean property, or a property Jackson reads or
 * writes. Each direction is described on its own, as Jackson sees it: a read-only property has no
 * {@link #input()}, a write-only one no {@link #output()}, an ignored one neither.
 *
 * @param javaName     the component, field or bean property name in Java (it makes the schema title)
 * @param name         the JSON name: {@code @JsonProperty}, else the Java name under the class's {@code @JsonNaming}
 * @param element      where it is declared, for diagnostics: the record component, else the setter, field,
 *                     getter or {@code @JsonCreator} parameter
 * @param shape        the declared type a request's value is bound to ({@code Optional<T>} included); for a
 *                     property that is only written, the written type
 * @param presence     what an absent value means
 * @param defaultValue the {@code @Default}, or {@code null}
 * @param constraints  the Bean Validation constraints on the member (declaration and top-level type use),
 *                     in {@link Constraint#CHECK_ORDER}; for an {@code Optional} they apply to its value
 * @param input        how a request's JSON sets it, or {@code null} when it is not read
 * @param output       how Jackson writes it, or {@code null} when it is not written
 * @param description  its documentation ({@code @JsonPropertyDescription}, else Javadoc), or {@code null}
 * @param jackson      Jackson annotations on it that Kiln does not honour
 */
public record Member(
        String javaName,
        String name,
        Element element,
        TypeShape shape,
        Presence presence,
        DefaultValue defaultValue,
        List<Constraint> constraints,
        Input input,
        Output output,
        String description,
        List<JacksonUse> jackson) {
    public Member {
        constraints = List.copyOf(constraints);
        jackson = List.copyOf(jackson);
    }

    /** How a value is stored into the object once bound. */
    public enum Store {
        /** A record's canonical constructor, or a {@code @JsonCreator} parameter. */
        CONSTRUCTOR,
        /** A setter. */
        SETTER,
        /** A field. */
        FIELD
    }

    /**
     * The reading side.
     *
     * @param name     the JSON member read
     * @param aliases  {@code @JsonAlias} names also accepted, in order
     * @param store    how the value reaches the object
     * @param accessor the setter or field name; {@code null} for {@link Store#CONSTRUCTOR}
     * @param required {@code @JsonProperty(required = true)}
     */
    public record Input(String name, List<String> aliases, Store store, String accessor, boolean required) {
        public Input {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * The writing side.
     *
     * @param name        the JSON member written
     * @param shape       the written type (a getter's may differ from a setter's)
     * @param include     when Jackson leaves it out ({@code @JsonInclude} on it, else on its class)
     * @param accessor    what Jackson reads the value through: a record's accessor, a getter or a field
     * @param writtenLast Jackson writes it after the members without it (an explicitly named property that is
     *                    not a creator's: Jackson re-inserts those at the end), in their order
     */
    public record Output(String name, TypeShape shape, Include include, Element accessor, boolean writtenLast) {}

    /** Whether a request's JSON sets it. */
    public boolean isRead() {
        return input != null;
    }

    /** The JSON name it is read as; its {@link #name()} when it is not read. */
    public String wireName() {
        return input == null ? name : input.name();
    }

    /** The bean setter's name, or {@code null} when it is not set through a setter. */
    public String setter() {
        return input != null && input.store() == Store.SETTER ? input.accessor() : null;
    }

    /** The public field it is assigned to, or {@code null} when it is not set through a field. */
    public String field() {
        return input != null && input.store() == Store.FIELD ? input.accessor() : null;
    }

    /**
     * The constraints that check one present value: for {@code Optional<T>} those on the declaration and
     * those on {@code T} ({@code Optional<@Size(max = 5) String>}), in {@link Constraint#CHECK_ORDER}.
     */
    public List<Constraint> valueConstraints() {
        return PresentValue.constraints(shape, presence, constraints);
    }

    /** The shape that binds one present value: {@code T} for {@code Optional<T>}, else {@link #shape()}. */
    public TypeShape valueShape() {
        return PresentValue.shape(shape, presence);
    }
}
