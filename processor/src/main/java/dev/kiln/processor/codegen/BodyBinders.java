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
import javax.lang.model.element.ElementKind;
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
            if (simple.pattern() != null) {
                // @JsonFormat(pattern) on the member, as Jackson writes it
                String factory = switch (simple.kind()) {
                    case LOCAL_DATE -> "localDate";
                    case LOCAL_DATE_TIME -> "localDateTime";
                    case OFFSET_DATE_TIME -> "offsetDateTime";
                    default -> throw new IllegalStateException("a pattern on " + simple.kind());
                };
                return CodeBlock.of("$T.$N($S)", RuntimeTypes.BINDERS, factory, simple.pattern());
            }
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
        if (shape instanceof TypeShape.BeanShape) {
            return !shape.members().isEmpty();
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
            return enumBinder(enumShape);
        }
        if (shape instanceof TypeShape.RecordShape record) {
            List<CodeBlock> casts = new ArrayList<>();
            List<CodeBlock> lines = new ArrayList<>();
            List<Member> components = record.components();
            for (int i = 0; i < components.size(); i++) {
                Member component = components.get(i);
                casts.add(CodeBlock.of(
                        "($T) v[$L]", TypeName.get(component.shape().type()).box(), i));
                lines.add(component.isRead() ? memberField(component) : notRead(component));
            }
            lines.add(0, CodeBlock.of("v -> new $T($L)", TypeName.get(record.type()), CodeBlock.join(casts, ", ")));
            return objectBinder("record", record.element(), record.ignoreUnknown(), lines);
        }
        if (shape instanceof TypeShape.BeanShape bean) {
            TypeName beanType = TypeName.get(bean.type());
            List<CodeBlock> lines = new ArrayList<>();
            lines.add(CodeBlock.of("$T::new", beanType));
            for (Member property : bean.members()) {
                CodeBlock store = property.setter() != null
                        ? CodeBlock.of("$T::$N", beanType, property.setter())
                        : CodeBlock.of(
                                "($T bean, $T value) -> bean.$N = value",
                                beanType,
                                TypeName.get(property.shape().type()).box(),
                                property.field());
                lines.add(CodeBlock.of("$T.property($L, $L)", RuntimeTypes.BINDERS, memberField(property), store));
            }
            return objectBinder("bean", bean.element(), bean.ignoreUnknown(), lines);
        }
        return CodeBlock.of(
                "$T.jackson(new $T<$T>() {})",
                RuntimeTypes.BINDERS,
                RuntimeTypes.TYPE_REFERENCE,
                TypeName.get(shape.type()).box());
    }

    /**
     * {@code Binders.record(...)} or {@code Binders.bean(...)}, one argument a line; with
     * {@code @JsonIgnoreProperties(ignoreUnknown = true)}, unknown members are never errors.
     */
    private static CodeBlock objectBinder(
            String factory, TypeElement element, boolean ignoreUnknown, List<CodeBlock> lines) {
        CodeBlock binder = CodeBlock.of(
                "$T.$N($S,\n$>$>$L$<$<)",
                RuntimeTypes.BINDERS,
                factory,
                typeName(element),
                CodeBlock.join(lines, ",\n"));
        return ignoreUnknown ? CodeBlock.of("$T.ignoringUnknownFields($L)", RuntimeTypes.BINDERS, binder) : binder;
    }

    /**
     * By constant name; by the wire values when some constant is renamed ({@code @JsonProperty}, a
     * {@code @JsonValue} whose values the source tells); by asking the {@code @JsonValue} member at startup
     * otherwise.
     */
    private static CodeBlock enumBinder(TypeShape.EnumShape shape) {
        ClassName type = ClassName.get(shape.element());
        String name = shape.element().getSimpleName().toString();
        if (!shape.valuesKnown()) {
            CodeBlock accessor = shape.valueAccessor().getKind() == ElementKind.FIELD
                    ? CodeBlock.of(
                            "constant -> constant.$N", shape.valueAccessor().getSimpleName())
                    : CodeBlock.of("$T::$N", type, shape.valueAccessor().getSimpleName());
            return CodeBlock.of("$T.enumOf($S, $T.values(), $L)", RuntimeTypes.BINDERS, name, type, accessor);
        }
        if (!shape.renamed()) {
            return CodeBlock.of("$T.enumOf($S, $T.values())", RuntimeTypes.BINDERS, name, type);
        }
        List<CodeBlock> values = new ArrayList<>();
        shape.wireValues().forEach(value -> values.add(CodeBlock.of("$S", value)));
        return CodeBlock.of(
                "$T.enumOf($S, $T.values(), $L)", RuntimeTypes.BINDERS, name, type, CodeBlock.join(values, ", "));
    }

    private CodeBlock memberField(Member member) {
        CodeBlock defaultCode =
                member.defaultValue() == null ? null : DefaultCode.of(member.defaultValue(), member.shape());
        CodeBlock field = field(
                member.wireName(),
                member.presence(),
                member.shape(),
                member.valueShape(),
                defaultCode,
                member.constraints(),
                member.valueConstraints());
        if (member.input().aliases().isEmpty()) {
            return field;
        }
        List<CodeBlock> aliases = new ArrayList<>();
        member.input().aliases().forEach(alias -> aliases.add(CodeBlock.of("$S", alias)));
        return CodeBlock.of("$L.withAliases($L)", field, CodeBlock.join(aliases, ", "));
    }

    /**
     * A record component requests never set ({@code @JsonIgnore}, {@code READ_ONLY}): the constructor gets
     * what an absent value means, as Jackson passes it.
     */
    private static CodeBlock notRead(Member member) {
        CodeBlock value;
        if (member.defaultValue() != null) {
            value = DefaultCode.of(member.defaultValue(), member.shape());
        } else if (member.presence() == Presence.OPTIONAL) {
            value = CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
        } else {
            value = switch (member.shape().type().getKind()) {
                case BOOLEAN -> CodeBlock.of("false");
                case BYTE -> CodeBlock.of("(byte) 0");
                case SHORT -> CodeBlock.of("(short) 0");
                case INT -> CodeBlock.of("0");
                case LONG -> CodeBlock.of("0L");
                case FLOAT -> CodeBlock.of("0f");
                case DOUBLE -> CodeBlock.of("0d");
                case CHAR -> CodeBlock.of("'\\0'");
                default -> CodeBlock.of("null");
            };
        }
        return CodeBlock.of("$T.notRead($S, $L)", RuntimeTypes.FIELD, member.name(), value);
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
