package dev.kiln.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The binders of one generated file: an expression per shape, and one shared {@code static final}
 * constant per record, bean, enum or Jackson-read type. Constants are declared after the constants
 * they use; a recursive type refers to itself through {@code Binders.lazy}.
 */
final class BodyBinders {
    private final ClassName owner;
    private final Names names;
    /** Constant name per type, for types whose constant is started (finished or not). */
    private final Map<String, String> constantNames = new HashMap<>();
    /** Finished constants, in the order they must be declared. */
    private final Map<String, FieldSpec> constants = new LinkedHashMap<>();

    BodyBinders(ClassName owner, Names names) {
        this.owner = owner;
        this.names = names;
    }

    /** {@link #binder(TypeShape)} with the checks of {@code constraints}, written on a use of {@code shape}. */
    CodeBlock binder(TypeShape shape, List<Constraint> constraints) {
        return ConstraintChecks.checked(binder(shape), constraints, shape);
    }

    /** An expression of type {@code Binder<T>} for {@code shape}. */
    CodeBlock binder(TypeShape shape) {
        if (shape instanceof TypeShape.Simple simple) {
            return CodeBlock.of("$T.$N", RuntimeTypes.BINDERS, simple.kind().binderConstant());
        }
        if (shape instanceof TypeShape.JsonNodeShape) {
            return CodeBlock.of("$T.JSON_NODE", RuntimeTypes.BINDERS);
        }
        if (shape instanceof TypeShape.ListShape list) {
            return CodeBlock.of(
                    "$T.$N($L)",
                    RuntimeTypes.BINDERS,
                    list.set() ? "set" : "list",
                    binder(list.element(), list.elementConstraints()));
        }
        if (shape instanceof TypeShape.OptionalShape optional) {
            return CodeBlock.of(
                    "$T.optional($L)", RuntimeTypes.BINDERS, binder(optional.value(), optional.valueConstraints()));
        }
        if (shape instanceof TypeShape.MapShape map) {
            return CodeBlock.of("$T.map($L)", RuntimeTypes.BINDERS, binder(map.value(), map.valueConstraints()));
        }
        String key = TypeName.get(shape.type()).toString();
        if (constants.containsKey(key)) {
            return CodeBlock.of("$N", constantNames.get(key));
        }
        if (constantNames.containsKey(key) || shape instanceof TypeShape.Recursive) {
            // started but not finished: this type contains itself
            String name =
                    constantNames.computeIfAbsent(key, k -> names.allocate(constantName(shape.type()), "_BINDER"));
            return CodeBlock.of("$T.lazy(() -> $T.$N)", RuntimeTypes.BINDERS, owner, name);
        }
        String name = names.allocate(constantName(shape.type()), "_BINDER");
        constantNames.put(key, name);
        CodeBlock initializer = initializer(shape);
        TypeName type = ParameterizedTypeName.get(
                RuntimeTypes.BINDER, TypeName.get(shape.type()).box());
        FieldSpec.Builder constant = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer);
        if (uncheckedInitializer(shape)) {
            constant.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        constants.put(key, constant.build());
        return CodeBlock.of("$N", name);
    }

    /**
     * Whether the initializer makes javac warn "unchecked": a record constructor casting its
     * {@code Object[]} values to generic types, or a bean's varargs of {@code Property<T, ?>}. Both are
     * safe because each value was bound by the binder of that very type.
     */
    private static boolean uncheckedInitializer(TypeShape shape) {
        if (shape instanceof TypeShape.BeanShape bean) {
            return !bean.properties().isEmpty();
        }
        return shape instanceof TypeShape.RecordShape record
                && record.components().stream()
                        .anyMatch(c -> TypeName.get(c.shape().type()) instanceof ParameterizedTypeName);
    }

    /** The constants made so far, in declaration order. */
    List<FieldSpec> constants() {
        return new ArrayList<>(constants.values());
    }

    /**
     * {@code Field.required("name", Binders.STRING)} and its optional, nullable and default variants;
     * {@code constraints} check a present value; {@code valueConstraints} an {@code Optional}'s value.
     */
    CodeBlock field(
            String wireName,
            Presence presence,
            TypeShape shape,
            TypeShape valueShape,
            CodeBlock defaultCode,
            List<Constraint> constraints,
            List<Constraint> valueConstraints) {
        return switch (presence) {
            case REQUIRED ->
                CodeBlock.of("$T.required($S, $L)", RuntimeTypes.FIELD, wireName, binder(shape, constraints));
            case OPTIONAL ->
                CodeBlock.of("$T.optional($S, $L)", RuntimeTypes.FIELD, wireName, binder(valueShape, valueConstraints));
            case NULLABLE ->
                CodeBlock.of("$T.nullable($S, $L)", RuntimeTypes.FIELD, wireName, binder(shape, constraints));
            case DEFAULT ->
                CodeBlock.of(
                        "$T.withDefault($S, $L, $L)",
                        RuntimeTypes.FIELD,
                        wireName,
                        binder(shape, constraints),
                        defaultCode);
        };
    }

    private CodeBlock initializer(TypeShape shape) {
        if (shape instanceof TypeShape.EnumShape enumShape) {
            return CodeBlock.of(
                    "$T.enumOf($S, $T.values())",
                    RuntimeTypes.BINDERS,
                    enumShape.element().getSimpleName().toString(),
                    ClassName.get(enumShape.element()));
        }
        if (shape instanceof TypeShape.RecordShape record) {
            List<CodeBlock> casts = new ArrayList<>();
            List<CodeBlock> lines = new ArrayList<>();
            for (int i = 0; i < record.components().size(); i++) {
                Member component = record.components().get(i);
                casts.add(CodeBlock.of(
                        "($T) v[$L]", TypeName.get(component.shape().type()).box(), i));
                lines.add(memberField(component));
            }
            lines.add(0, CodeBlock.of("v -> new $T($L)", TypeName.get(record.type()), CodeBlock.join(casts, ", ")));
            return CodeBlock.of(
                    "$T.record($S,\n$>$>$L$<$<)",
                    RuntimeTypes.BINDERS,
                    typeName(record.element()),
                    CodeBlock.join(lines, ",\n"));
        }
        if (shape instanceof TypeShape.BeanShape bean) {
            List<CodeBlock> lines = new ArrayList<>();
            lines.add(CodeBlock.of("$T::new", TypeName.get(bean.type())));
            for (Member property : bean.properties()) {
                lines.add(CodeBlock.of(
                        "$T.property($L, $T::$N)",
                        RuntimeTypes.BINDERS,
                        memberField(property),
                        TypeName.get(bean.type()),
                        property.setter()));
            }
            return CodeBlock.of(
                    "$T.bean($S,\n$>$>$L$<$<)",
                    RuntimeTypes.BINDERS,
                    typeName(bean.element()),
                    CodeBlock.join(lines, ",\n"));
        }
        return CodeBlock.of(
                "$T.jackson(new $T<$T>() {})",
                RuntimeTypes.BINDERS,
                RuntimeTypes.TYPE_REFERENCE,
                TypeName.get(shape.type()).box());
    }

    private CodeBlock memberField(Member member) {
        CodeBlock defaultCode =
                member.defaultValue() == null ? null : DefaultCode.of(member.defaultValue(), member.shape());
        return field(
                member.wireName(),
                member.presence(),
                member.shape(),
                member.valueShape(),
                defaultCode,
                member.constraints(),
                member.valueConstraints());
    }

    private static String typeName(TypeElement element) {
        return element.getSimpleName().toString();
    }

    /** {@code ItemIn} → {@code ITEM_IN}; {@code Page<Item>} → {@code PAGE_ITEM}. */
    private static String constantName(TypeMirror type) {
        StringBuilder name = new StringBuilder();
        collectSimpleNames(type, name);
        return Names.constant(name.toString());
    }

    private static void collectSimpleNames(TypeMirror type, StringBuilder out) {
        if (type instanceof DeclaredType declared) {
            out.append(out.length() == 0 ? "" : "_").append(declared.asElement().getSimpleName());
            for (TypeMirror argument : declared.getTypeArguments()) {
                collectSimpleNames(argument, out);
            }
        } else {
            out.append(out.length() == 0 ? "" : "_")
                    .append(type.getKind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
