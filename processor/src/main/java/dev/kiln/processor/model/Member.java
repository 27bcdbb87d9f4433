package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * A member of a body object: a record component or a bean property.
 *
 * @param javaName     the component or property name in Java
 * @param wireName     the JSON member name ({@code @JsonProperty} or the Java name)
 * @param element      the record component, or the bean's setter
 * @param shape        the declared type ({@code Optional<T>} included)
 * @param presence     what an absent member means
 * @param defaultValue the {@code @Default}, or {@code null}
 * @param setter       the bean setter's name, or {@code null} for a record component
 * @param constraints  the Bean Validation constraints on the member (declaration and top-level type use),
 *                     in {@link Constraint#CHECK_ORDER}; for an {@code Optional} they apply to its value
 */
public record Member(
        String javaName,
        String wireName,
        Element element,
        TypeShape shape,
        Presence presence,
        DefaultValue defaultValue,
        String setter,
        List<Constraint> constraints) {
    public Member {
        constraints = List.copyOf(constraints);
    }

    public Member(
            String javaName,
            String wireName,
            Element element,
            TypeShape shape,
            Presence presence,
            DefaultValue defaultValue,
            String setter) {
        this(javaName, wireName, element, shape, presence, defaultValue, setter, List.of());
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
