package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * One component of a {@code @Settings} record: where it is read from and how it is bound (as a query
 * parameter is: a simple type, {@code Optional} or {@code List}/{@code Set} of one, with its constraints and
 * default).
 *
 * @param element      the record component
 * @param javaName     its name
 * @param variable     the environment variable: {@code APP_DATABASE_URL}
 * @param property     the system property: {@code app.database-url}
 * @param shape        its declared type
 * @param presence     what absence means (a list is empty when absent)
 * @param defaultValue its {@code @Default}, or {@code null}
 * @param constraints  its Bean Validation constraints, in {@link Constraint#CHECK_ORDER}
 * @param secret       {@code @Secret}, or a name that says so: its value is never shown
 * @param unsupported  why it cannot be a setting, or {@code null}
 */
public record Setting(
        Element element,
        String javaName,
        String variable,
        String property,
        TypeShape shape,
        Presence presence,
        DefaultValue defaultValue,
        List<Constraint> constraints,
        boolean secret,
        String unsupported) {
    public Setting {
        constraints = List.copyOf(constraints);
    }

    /** The constraints that check one present value ({@code Optional<T>}'s included). */
    public List<Constraint> valueConstraints() {
        return PresentValue.constraints(shape, presence, constraints);
    }

    /** The shape that binds one present value: {@code T} for {@code Optional<T>}. */
    public TypeShape valueShape() {
        return PresentValue.shape(shape, presence);
    }
}
