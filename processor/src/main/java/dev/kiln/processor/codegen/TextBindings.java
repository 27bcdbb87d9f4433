package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.Setting;
import dev.kiln.processor.model.TypeShape;
import java.util.List;

/**
 * The one way a value sent as text is bound: a query parameter, a header, a cookie, a setting. One
 * statement, {@code T local = Params.required(raw, binder, loc, errors)} or its optional, nullable, default
 * and repeated variants, the binder carrying the value's constraints.
 */
final class TextBindings {
    /** What is bound: its shape, what absence means, its constraints and default. */
    record Value(
            TypeShape shape,
            Presence presence,
            List<Constraint> constraints,
            TypeShape valueShape,
            List<Constraint> valueConstraints,
            DefaultValue defaultValue) {
        static Value of(Parameter parameter) {
            return new Value(
                    parameter.shape(),
                    parameter.presence(),
                    parameter.constraints(),
                    parameter.valueShape(),
                    parameter.valueConstraints(),
                    parameter.defaultValue());
        }

        static Value of(Setting setting) {
            return new Value(
                    setting.shape(),
                    setting.presence(),
                    setting.constraints(),
                    setting.valueShape(),
                    setting.valueConstraints(),
                    setting.defaultValue());
        }
    }

    private final BodyBinders binders;

    TextBindings(BodyBinders binders) {
        this.binders = binders;
    }

    /**
     * {@code T local = Params...} for {@code value}, read by {@code raw} (one value, {@code null} when absent)
     * or, for a {@code List}/{@code Set}, by {@code rawAll} (every value).
     */
    CodeBlock statement(
            TypeName type,
            String local,
            Value value,
            CodeBlock raw,
            CodeBlock rawAll,
            CodeBlock loc,
            CodeBlock errors) {
        if (value.shape() instanceof TypeShape.ListShape list) {
            // @Size/@NotEmpty on the collection: one check once every value bound
            CodeBlock check = ConstraintChecks.collectionCheck(value.constraints());
            return CodeBlock.of(
                    "$T $N = $T.$N($L, $L, $L, $L$L)",
                    type,
                    local,
                    RuntimeTypes.PARAMS,
                    list.set() ? "set" : "list",
                    rawAll,
                    binders.binder(list.element(), list.elementConstraints()),
                    loc,
                    errors,
                    check == null ? CodeBlock.of("") : CodeBlock.of(", $L", check));
        }
        return switch (value.presence()) {
            case REQUIRED, NULLABLE ->
                CodeBlock.of(
                        "$T $N = $T.$N($L, $L, $L, $L)",
                        type,
                        local,
                        RuntimeTypes.PARAMS,
                        value.presence() == Presence.REQUIRED ? "required" : "nullable",
                        raw,
                        binders.binder(value.shape(), value.constraints()),
                        loc,
                        errors);
            case OPTIONAL ->
                CodeBlock.of(
                        "$T $N = $T.optional($L, $L, $L, $L)",
                        type,
                        local,
                        RuntimeTypes.PARAMS,
                        raw,
                        binders.binder(value.valueShape(), value.valueConstraints()),
                        loc,
                        errors);
            case DEFAULT ->
                CodeBlock.of(
                        "$T $N = $T.orDefault($L, $L, $L, $L, $L)",
                        type,
                        local,
                        RuntimeTypes.PARAMS,
                        raw,
                        binders.binder(value.shape(), value.constraints()),
                        loc,
                        errors,
                        DefaultCode.of(value.defaultValue(), value.shape()));
        };
    }
}
