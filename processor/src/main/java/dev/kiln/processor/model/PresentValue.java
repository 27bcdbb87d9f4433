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

    /** {@code T} for {@code Optional<T>}, else {@code shape}. */
    static TypeShape shape(TypeShape shape, Presence presence) {
        return presence == Presence.OPTIONAL && shape instanceof TypeShape.OptionalShape optional
                ? optional.value()
                : shape;
    }

    /** The declaration's constraints plus those on {@code T} of {@code Optional<T>}, in {@link Constraint#CHECK_ORDER}. */
    static List<Constraint> constraints(TypeShape shape, Presence presence, List<Constraint> declared) {
        if (presence == Presence.OPTIONAL
                && shape instanceof TypeShape.OptionalShape optional
                && !optional.valueConstraints().isEmpty()) {
            List<Constraint> all = new ArrayList<>(declared);
            all.addAll(optional.valueConstraints());
            all.sort(Constraint.CHECK_ORDER);
            return List.copyOf(all);
        }
        return declared;
    }
}
