package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What binds and checks one present value of a parameter or member: for {@code Optional<T>}, the
 * {@code T} inside and the constraints on it as well as on the declaration; for anything else, the
 * declared shape and its constraints. Shared by {@link Parameter} and {@link Member}.
 */
final class PresentValue {
    private PresentValue() {}

    /** {@code T} for {@code Optional<T>} (one Jackson reads included), else {@code shape}. */
    static TypeShape shape(TypeShape shape, Presence presence) {
        TypeShape.OptionalShape optional = optional(shape);
        return presence == Presence.OPTIONAL && optional != null ? optional.value() : shape;
    }

    /** The {@code Optional} of a shape, whether Kiln binds it ({@code Optional<Item>}) or Jackson ({@code Optional<Item[]>}). */
    private static TypeShape.OptionalShape optional(TypeShape shape) {
        if (shape instanceof TypeShape.OptionalShape optional) {
            return optional;
        }
        return shape instanceof TypeShape.Opaque opaque && opaque.view() instanceof TypeShape.OptionalShape optional
                ? optional
                : null;
    }

    /** The declaration's constraints plus those on {@code T} of {@code Optional<T>}, in {@link Constraint#CHECK_ORDER}. */
    static List<Constraint> constraints(TypeShape shape, Presence presence, List<Constraint> declared) {
        TypeShape.OptionalShape optional = optional(shape);
        if (presence == Presence.OPTIONAL
                && optional != null
                && !optional.valueConstraints().isEmpty()) {
            List<Constraint> all = new ArrayList<>(declared);
            all.addAll(optional.valueConstraints());
            all.sort(Constraint.CHECK_ORDER);
            return List.copyOf(all);
        }
        return declared;
    }
}
