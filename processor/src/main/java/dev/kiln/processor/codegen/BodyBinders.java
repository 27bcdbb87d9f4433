package dev.kiln.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
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
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The binders of one generated file: an expression per shape, and one shared {@code static final}
 * constant per record, bean, enum or Jackson-read type. Constants are declared after the constants
 * they use; a recursive type refers to itself through {@code Binders.lazy}.
 *
 * <p>A record or bean also gets a reader (unless two of its members share a name or an alias): a {@code
 * readItem(JsonParser, ValidationErrors, boolean)} method that binds it from its tokens member by member, a
 * {@code switch} on the member's name, calling each member's binder and checks from constants of their own
 * (one call site each, which the JIT inlines, where the shared {@code Field} loop calls every binder of the
 * app through one). Lists and sets of simple values are read in the method too. It binds exactly what the
 * type's fields bind (a bean: made, then every value stored through its setter or field); the fields still
 * report a body that does not bind.
 */
final class BodyBinders {
    private final ClassName owner;
    private final Names names;
    /** The names of the generated class's methods, or {@code null} when this file gets no readers. */
    private final Names methods;
    /** Constant name per type, for types whose constant is started (finished or not). */
    private final Map<String, String> constantNames = new HashMap<>();
    /** Finished constants, in the order they must be declared. */
    private final Map<String, FieldSpec> constants = new LinkedHashMap<>();
    /** The record and bean readers, in the order they were made. */
    private final List<MethodSpec> readers = new ArrayList<>();

    /** Binders without readers (a settings class binds from strings and trees only). */
    BodyBinders(ClassName owner, Names names) {
        this(owner, names, null);
    }

    BodyBinders(ClassName owner, Names names, Names methods) {
        this.owner = owner;
        this.names = names;
        this.methods = methods;
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
            CodeBlock value = binder(map.value(), map.valueConstraints());
            return map.keyConstraints().isEmpty()
                    ? CodeBlock.of("$T.map($L)", RuntimeTypes.BINDERS, value)
                    : CodeBlock.of(
                            "$T.map($L, $L)", RuntimeTypes.BINDERS, binder(map.key(), map.keyConstraints()), value);
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

    /** The record and bean readers made so far. */
    List<MethodSpec> methods() {
        return new ArrayList<>(readers);
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
        CodeBlock binder =
                presence == Presence.OPTIONAL ? binder(valueShape, valueConstraints) : binder(shape, constraints);
        return field(wireName, presence, binder, defaultCode);
    }

    /** {@code Field.required("name", binder)} and its variants, for a member bound by {@code binder}. */
    private static CodeBlock field(String wireName, Presence presence, CodeBlock binder, CodeBlock defaultCode) {
        return switch (presence) {
            case REQUIRED -> CodeBlock.of("$T.required($S, $L)", RuntimeTypes.FIELD, wireName, binder);
            case OPTIONAL -> CodeBlock.of("$T.optional($S, $L)", RuntimeTypes.FIELD, wireName, binder);
            case NULLABLE -> CodeBlock.of("$T.nullable($S, $L)", RuntimeTypes.FIELD, wireName, binder);
            case DEFAULT ->
                CodeBlock.of("$T.withDefault($S, $L, $L)", RuntimeTypes.FIELD, wireName, binder, defaultCode);
        };
    }

    private CodeBlock initializer(TypeShape shape) {
        if (shape instanceof TypeShape.EnumShape enumShape) {
            return enumBinder(enumShape);
        }
        if (shape instanceof TypeShape.RecordShape record) {
            ObjectReader reader = readable(record) ? new ObjectReader(record) : null;
            List<CodeBlock> casts = new ArrayList<>();
            List<CodeBlock> lines = new ArrayList<>();
            List<Member> components = record.components();
            for (int i = 0; i < components.size(); i++) {
                Member component = components.get(i);
                casts.add(CodeBlock.of(
                        "($T) v[$L]", TypeName.get(component.shape().type()).box(), i));
                lines.add(
                        !component.isRead()
                                ? notRead(component)
                                : reader == null ? memberField(component) : reader.field(component));
            }
            lines.add(0, CodeBlock.of("v -> new $T($L)", TypeName.get(record.type()), CodeBlock.join(casts, ", ")));
            if (reader != null) {
                lines.add(1, CodeBlock.of("$T::$N", owner, reader.write()));
            }
            return objectBinder("record", record.element(), record.ignoreUnknown(), lines);
        }
        if (shape instanceof TypeShape.BeanShape bean) {
            ObjectReader reader = readable(bean) ? new ObjectReader(bean) : null;
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
                CodeBlock field = reader == null ? memberField(property) : reader.field(property);
                lines.add(CodeBlock.of("$T.property($L, $L)", RuntimeTypes.BINDERS, field, store));
            }
            if (reader != null) {
                lines.add(1, CodeBlock.of("$T::$N", owner, reader.write()));
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

    /** A member's {@code @Default} value as code, or {@code null} when it has none. */
    private static CodeBlock defaultCode(Member member) {
        return member.defaultValue() == null ? null : DefaultCode.of(member.defaultValue(), member.shape());
    }

    private CodeBlock memberField(Member member) {
        CodeBlock defaultCode = defaultCode(member);
        CodeBlock field = field(
                member.wireName(),
                member.presence(),
                member.shape(),
                member.valueShape(),
                defaultCode,
                member.constraints(),
                member.valueConstraints());
        if (aliases(member).isEmpty()) {
            return field;
        }
        List<CodeBlock> aliases = new ArrayList<>();
        aliases(member).forEach(alias -> aliases.add(CodeBlock.of("$S", alias)));
        return CodeBlock.of("$L.withAliases($L)", field, CodeBlock.join(aliases, ", "));
    }

    /**
     * Whether a record or bean gets a reader: this file makes readers, and no two members share a name or an
     * alias (a member never read named as another is read; which member an ambiguous name is, the fields
     * decide).
     */
    private boolean readable(TypeShape shape) {
        List<String> names = new ArrayList<>();
        for (Member component : readerMembers(shape)) {
            names.add(component.wireName());
            names.addAll(aliases(component));
        }
        return methods != null && names.stream().distinct().count() == names.size();
    }

    /**
     * The members a reader has a local for: a record's components, read or not (its constructor takes them
     * all); a bean's read properties (the others are never stored).
     */
    private static List<Member> readerMembers(TypeShape shape) {
        return shape instanceof TypeShape.RecordShape record ? record.components() : shape.members();
    }

    /** A member's {@code @JsonAlias} names; none when a request never sets it. */
    private static List<String> aliases(Member member) {
        return member.input() == null ? List.of() : member.input().aliases();
    }

    /**
     * Writes one record's or bean's reader. A member's value is read into a local that starts as its absent
     * value (a required one's has a {@code boolean} that says it was read); the record is made from the
     * locals, or the bean made and every local stored into it, as {@code Binders.bean} stores its values.
     */
    private final class ObjectReader {
        private final TypeShape shape;
        private final String prefix;
        /** The binder constant of each member whose value is read by its binder, by member. */
        private final Map<Member, String> memberBinders = new HashMap<>();

        ObjectReader(TypeShape shape) {
            this.shape = shape;
            this.prefix = constantName(shape.type());
        }

        /**
         * The member's {@code Field}: as {@link #memberField}, with the binder the reader calls when it
         * reads the value by its binder, so both use one instance.
         */
        CodeBlock field(Member member) {
            if (directly(member.valueShape())) {
                return memberField(member);
            }
            List<Constraint> constraints =
                    member.presence() == Presence.OPTIONAL ? member.valueConstraints() : member.constraints();
            TypeShape shape = member.valueShape();
            CodeBlock expression = binder(shape, constraints);
            String name;
            if (constantNames.containsValue(expression.toString())) {
                name = expression.toString(); // the constant of a record, an enum, ... itself
            } else {
                name = names.allocate(prefix + "_" + Names.constant(member.javaName()));
                constants.put(
                        name,
                        FieldSpec.builder(
                                        ParameterizedTypeName.get(
                                                RuntimeTypes.BINDER,
                                                TypeName.get(shape.type()).box()),
                                        name,
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .initializer(expression)
                                .build());
            }
            memberBinders.put(member, name);
            return BodyBinders.field(
                    member.wireName(), member.presence(), CodeBlock.of("$N", name), defaultCode(member));
        }

        /** Writes the method; its name. */
        String write() {
            StringBuilder simpleNames = new StringBuilder();
            collectSimpleNames(shape.type(), simpleNames);
            // Page<Item> → readPageItem
            String name =
                    methods.allocate("read" + Names.camel(simpleNames.toString().replace('_', ' ')));
            Names locals = new Names().reserve("p").reserve("errors").reserve("ignoreUnknown");
            String member = locals.allocate("member");
            MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                    .addJavadoc(
                            "Reads {@link $T} from its tokens, as its fields bind it (see {@code Binders.Reader}).\n",
                            ClassName.get(shape.objectType()))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(TypeName.get(shape.type()))
                    .addParameter(RuntimeTypes.JSON_PARSER, "p")
                    .addParameter(RuntimeTypes.VALIDATION_ERRORS, "errors")
                    .addParameter(boolean.class, "ignoreUnknown")
                    .addException(RuntimeTypes.IO_EXCEPTION);
            Map<Member, String> values = new HashMap<>();
            // a required member without aliases: a boolean set once it was read
            Map<Member, String> wasRead = new LinkedHashMap<>();
            // a member with aliases: a byte, 0 while unread, else 1 when read by its name, 2 + i by alias i
            Map<Member, String> readAs = new LinkedHashMap<>();
            List<CodeBlock> arguments = new ArrayList<>();
            for (Member component : readerMembers(shape)) {
                String local = locals.allocate(component.javaName());
                values.put(component, local);
                arguments.add(CodeBlock.of("$N", local));
                boolean required = component.isRead() && component.presence() == Presence.REQUIRED;
                CodeBlock unread = primitive(component) ? zero(component.shape().type()) : CodeBlock.of("null");
                method.addStatement(
                        "$T $N = $L", localType(component), local, required ? unread : absentValue(component));
                if (component.isRead() && !aliases(component).isEmpty()) {
                    String from = locals.allocate(component.javaName() + "ReadAs");
                    readAs.put(component, from);
                    method.addStatement("byte $N = 0", from);
                } else if (required) {
                    String flag = locals.allocate(component.javaName() + "Read");
                    wasRead.put(component, flag);
                    method.addStatement("boolean $N = false", flag);
                }
            }
            if (!readAs.isEmpty()) {
                method.addComment(
                        "xReadAs: 1 when read by its name, 2 + i by its alias i; a lower one is not overwritten");
            }
            // the names in declaration order, compared as bytes first: one comparison a member for a body in that order
            List<Member> members = readerMembers(shape);
            String expected = names.allocate(prefix + "_NAMES");
            constants.put(
                    expected,
                    FieldSpec.builder(
                                    ArrayTypeName.of(RuntimeTypes.SERIALIZABLE_STRING),
                                    expected,
                                    Modifier.PRIVATE,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer(
                                    "$T.memberNames($L)",
                                    RuntimeTypes.BINDERS,
                                    CodeBlock.join(
                                            members.stream()
                                                    .map(m -> CodeBlock.of("$S", m.wireName()))
                                                    .toList(),
                                            ", "))
                            .build());
            String next = locals.allocate("next");
            method.addComment("$N: the member expected next, the one after the last read", next);
            method.addStatement("int $N = 0", next);
            method.beginControlFlow(
                    "for (String $N = $T.nextMember(p, $N, $N); $N != null; $N = $T.nextMember(p, $N, $N))",
                    member,
                    RuntimeTypes.BINDERS,
                    expected,
                    next,
                    member,
                    member,
                    RuntimeTypes.BINDERS,
                    expected,
                    next);
            method.addStatement("p.nextToken()");
            method.beginControlFlow("switch ($N)", member);
            List<MethodSpec> memberReaders = new ArrayList<>();
            for (int index = 0; index < members.size(); index++) {
                Member component = members.get(index);
                CodeBlock expectNext = CodeBlock.of("$N = $L", next, index + 1);
                if (!component.isRead()) {
                    List<CodeBlock> labels = new ArrayList<>();
                    labels.add(CodeBlock.of("$S", component.wireName()));
                    aliases(component).forEach(alias -> labels.add(CodeBlock.of("$S", alias)));
                    method.beginControlFlow("case $L ->", CodeBlock.join(labels, ", "));
                    method.addStatement("p.skipChildren()");
                    method.addStatement("$L", expectNext);
                    method.endControlFlow();
                    continue;
                }
                MethodSpec reader = memberReader(name, component);
                memberReaders.add(reader);
                CodeBlock read = CodeBlock.of("$N = $N(p, errors)", values.get(component), reader);
                String from = readAs.get(component);
                if (from == null) {
                    method.beginControlFlow("case $S ->", component.wireName());
                    method.addStatement("$L", read);
                    if (wasRead.containsKey(component)) {
                        method.addStatement("$N = true", wasRead.get(component));
                    }
                    method.addStatement("$L", expectNext);
                    method.endControlFlow();
                    continue;
                }
                // as the fields decide (Field.rank): its name wins over its aliases, an earlier alias over a
                // later one, and the last of a repeated name wins
                method.beginControlFlow("case $S ->", component.wireName());
                method.addStatement("$L", read);
                method.addStatement("$N = 1", from);
                method.addStatement("$L", expectNext);
                method.endControlFlow();
                List<String> aliases = aliases(component);
                for (int i = 0; i < aliases.size(); i++) {
                    int rank = i + 2;
                    method.beginControlFlow("case $S ->", aliases.get(i));
                    method.beginControlFlow("if ($N != 0 && $N < $L)", from, from, rank);
                    method.addStatement("p.skipChildren()");
                    method.nextControlFlow("else");
                    method.addStatement("$L", read);
                    method.addStatement("$N = $L", from, rank);
                    method.endControlFlow();
                    method.addStatement("$L", expectNext);
                    method.endControlFlow();
                }
            }
            method.addStatement("default -> $T.skipUnknown(p, errors, ignoreUnknown)", RuntimeTypes.BINDERS);
            method.endControlFlow();
            method.endControlFlow();
            List<CodeBlock> missing = new ArrayList<>();
            for (Member component : readerMembers(shape)) {
                if (wasRead.containsKey(component)) {
                    missing.add(CodeBlock.of("!$N", wasRead.get(component)));
                } else if (readAs.containsKey(component) && component.presence() == Presence.REQUIRED) {
                    missing.add(CodeBlock.of("$N == 0", readAs.get(component)));
                }
            }
            if (!missing.isEmpty()) {
                method.beginControlFlow("if ($L)", CodeBlock.join(missing, " || "));
                method.addStatement("throw $T.value()", RuntimeTypes.UNBOUND);
                method.endControlFlow();
            }
            // a compact constructor's or a setter's IllegalArgumentException is the object's value_error: the tree
            // reports it
            TypeName type = TypeName.get(shape.type());
            method.beginControlFlow("try");
            if (shape instanceof TypeShape.RecordShape) {
                method.addStatement("return new $T($L)", type, CodeBlock.join(arguments, ", "));
            } else {
                String made = locals.allocate("made");
                method.addStatement("$T $N = new $T()", type, made, type);
                for (Member property : readerMembers(shape)) {
                    if (property.setter() != null) {
                        method.addStatement("$N.$N($N)", made, property.setter(), values.get(property));
                    } else {
                        method.addStatement("$N.$N = $N", made, property.field(), values.get(property));
                    }
                }
                method.addStatement("return $N", made);
            }
            method.nextControlFlow("catch ($T e)", IllegalArgumentException.class);
            method.addStatement("throw $T.value()", RuntimeTypes.UNBOUND);
            method.endControlFlow();
            readers.add(method.build());
            readers.addAll(memberReaders);
            return name;
        }

        /**
         * The method that reads one member's value and runs its checks ({@code readItem_price}). A method per
         * member rather than the statements in the record's {@code switch}: the JIT compiles each on its own,
         * its binder and check calls on constants inlined, where one method for every member of a large
         * record outgrows C2's inlining budget and leaves the last members' binders as calls through the
         * binder class shared by every type (megamorphic).
         */
        private MethodSpec memberReader(String recordReader, Member member) {
            Names locals = new Names().reserve("p").reserve("errors");
            String value = locals.allocate(member.javaName());
            TypeName type = localType(member);
            return MethodSpec.methodBuilder(methods.allocate(recordReader + "_" + member.javaName()))
                    .addJavadoc(
                            "Reads member {@code $L} of {@link $T}, checks included (a case of {@code $L}).\n",
                            member.wireName(),
                            ClassName.get(shape.objectType()),
                            recordReader)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(type)
                    .addParameter(RuntimeTypes.JSON_PARSER, "p")
                    .addParameter(RuntimeTypes.VALIDATION_ERRORS, "errors")
                    .addException(RuntimeTypes.IO_EXCEPTION)
                    .addStatement("$T $N", type, value)
                    .addCode(present(member, value, locals))
                    .addStatement("return $N", value)
                    .build();
        }

        /** Statements that read a present member into {@code target}, as its {@code Field} reads it. */
        private CodeBlock present(Member member, String target, Names locals) {
            CodeBlock.Builder code = CodeBlock.builder();
            switch (member.presence()) {
                case NULLABLE -> {
                    code.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN);
                    code.addStatement("$N = null", target);
                    code.nextControlFlow("else");
                    code.add(value(member, member.shape(), member.constraints(), target, locals));
                    code.endControlFlow();
                }
                case OPTIONAL -> {
                    code.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN);
                    code.addStatement("$N = $T.empty()", target, RuntimeTypes.OPTIONAL);
                    code.nextControlFlow("else");
                    TypeShape shape = member.valueShape();
                    String value = locals.allocate(member.javaName() + "Value");
                    code.addStatement("$T $N", TypeName.get(shape.type()).box(), value);
                    code.add(value(member, shape, member.valueConstraints(), value, locals));
                    code.addStatement("$N = $T.ofNullable($N)", target, RuntimeTypes.OPTIONAL, value);
                    code.endControlFlow();
                }
                case REQUIRED, DEFAULT -> code.add(value(member, member.shape(), member.constraints(), target, locals));
            }
            return code.build();
        }

        /** Statements that bind one value of {@code shape} in front of the parser into {@code target}. */
        private CodeBlock value(
                Member member, TypeShape shape, List<Constraint> constraints, String target, Names locals) {
            CodeBlock.Builder code = CodeBlock.builder();
            if (shape.type().getKind().isPrimitive()) {
                // Primitives.readInt for an int: the value without a box, as Binders.INT binds it
                String kind = shape.type().getKind().name();
                String read = "read" + kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
                code.addStatement("$N = $T.$N(p, errors)", target, RuntimeTypes.PRIMITIVES, read);
                checks(code, target, shape, constraints);
            } else if (leaf(shape) != null) {
                code.addStatement("$N = $L.fromParser(p, errors)", target, leaf(shape));
                checks(code, target, shape, constraints);
            } else if (shape instanceof TypeShape.ListShape list && leaf(list.element()) != null) {
                TypeName element = TypeName.get(list.element().type()).box();
                String values = locals.allocate(member.javaName() + "Values");
                String one = locals.allocate(member.javaName() + "Element");
                code.beginControlFlow("if (p.currentToken() != $T.START_ARRAY)", RuntimeTypes.JSON_TOKEN);
                code.addStatement("throw $T.value()", RuntimeTypes.UNBOUND);
                code.endControlFlow();
                if (list.set()) {
                    code.addStatement(
                            "$T $N = new $T<>()",
                            ParameterizedTypeName.get(ClassName.get(java.util.Set.class), element),
                            values,
                            RuntimeTypes.LINKED_HASH_SET);
                } else {
                    code.addStatement(
                            "$T $N = new $T<>(10)",
                            ParameterizedTypeName.get(RuntimeTypes.LIST, element),
                            values,
                            RuntimeTypes.ARRAY_LIST);
                }
                code.beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", RuntimeTypes.JSON_TOKEN);
                code.addStatement("$T $N = $L.fromParser(p, errors)", element, one, leaf(list.element()));
                checks(code, one, list.element(), list.elementConstraints());
                code.addStatement("$N.add($N)", values, one);
                code.endControlFlow();
                code.addStatement(
                        "$N = $T.$N($N)",
                        target,
                        RuntimeTypes.COLLECTIONS,
                        list.set() ? "unmodifiableSet" : "unmodifiableList",
                        values);
                checks(code, target, shape, constraints);
            } else {
                code.addStatement("$N = $N.fromParser(p, errors)", target, memberBinders.get(member));
            }
            return code.build();
        }

        /**
         * {@code if (v != null && (!CHECK.test(v, ...) || ...)) throw}: each check a constant of its own, run
         * in order up to the first that fails, on a value that is not {@code null}, as a checked binder does.
         * A primitive value's numeric bounds are plain comparisons instead ({@code if (age < 0 || age > 150)
         * throw}, {@link ConstraintChecks#primitiveFailure}); its other checks get the boxed value.
         */
        private void checks(CodeBlock.Builder code, String value, TypeShape shape, List<Constraint> constraints) {
            List<CodeBlock> failed = new ArrayList<>();
            TypeKind kind = shape.type().getKind();
            for (Constraint constraint : constraints) {
                CodeBlock check = ConstraintChecks.check(constraint, shape);
                if (check == null) {
                    continue;
                }
                CodeBlock comparison =
                        kind.isPrimitive() ? ConstraintChecks.primitiveFailure(constraint, kind, value) : null;
                if (comparison != null) {
                    failed.add(comparison);
                    continue;
                }
                String name = names.allocate(prefix + "_" + Names.constant(value) + "_CHECK");
                constants.put(
                        name,
                        FieldSpec.builder(
                                        ParameterizedTypeName.get(
                                                RuntimeTypes.CHECK,
                                                WildcardTypeName.supertypeOf(TypeName.get(shape.type())
                                                        .box())),
                                        name,
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .initializer(check)
                                .build());
                failed.add(CodeBlock.of("!$N.test($N, null, $T.body(), errors)", name, value, RuntimeTypes.LOC));
            }
            if (failed.isEmpty()) {
                return;
            }
            if (kind.isPrimitive()) {
                code.beginControlFlow("if ($L)", CodeBlock.join(failed, " || "));
            } else {
                code.beginControlFlow("if ($N != null && ($L))", value, CodeBlock.join(failed, " || "));
            }
            code.addStatement("throw $T.value()", RuntimeTypes.UNBOUND);
            code.endControlFlow();
        }

        /**
         * Whether every value of a member of this shape is read in the reader itself (a simple value, a list
         * or set of them), so that the member's {@code Field} needs no constant of its own.
         */
        private boolean directly(TypeShape shape) {
            return leaf(shape) != null || shape instanceof TypeShape.ListShape list && leaf(list.element()) != null;
        }

        /** {@code Binders.INT} for a simple value read by a {@code Binders} constant, else {@code null}. */
        private CodeBlock leaf(TypeShape shape) {
            return shape instanceof TypeShape.Simple simple && simple.pattern() == null
                    ? CodeBlock.of("$T.$N", RuntimeTypes.BINDERS, simple.kind().binderConstant())
                    : null;
        }

        /**
         * The type of a member's local and of its member method: the member's own primitive type when
         * {@link #primitive}, so that a number is never boxed on its way to the constructor or setter; else
         * the member's type, boxed.
         */
        private TypeName localType(Member member) {
            TypeName type = TypeName.get(member.shape().type());
            return primitive(member) ? type : type.box();
        }

        /** Whether a member is a primitive the body must give or that has a default (never an absent {@code null}). */
        private boolean primitive(Member member) {
            return member.shape().type().getKind().isPrimitive()
                    && (!member.isRead()
                            || member.presence() == Presence.REQUIRED
                            || member.presence() == Presence.DEFAULT);
        }

        /** What a member's local starts as: its value when the body does not have it. */
        private CodeBlock absentValue(Member member) {
            if (!member.isRead()) {
                return notReadValue(member);
            }
            return switch (member.presence()) {
                case OPTIONAL -> CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
                case DEFAULT -> DefaultCode.of(member.defaultValue(), member.shape());
                case NULLABLE, REQUIRED -> CodeBlock.of("null");
            };
        }
    }

    /**
     * A record component requests never set ({@code @JsonIgnore}, {@code READ_ONLY}): the constructor gets
     * what an absent value means, as Jackson passes it.
     */
    private static CodeBlock notRead(Member member) {
        return CodeBlock.of("$T.notRead($S, $L)", RuntimeTypes.FIELD, member.name(), notReadValue(member));
    }

    /** What the constructor gets for a component requests never set. */
    private static CodeBlock notReadValue(Member member) {
        CodeBlock value;
        if (member.defaultValue() != null) {
            value = DefaultCode.of(member.defaultValue(), member.shape());
        } else if (member.presence() == Presence.OPTIONAL) {
            value = CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
        } else {
            value = zero(member.shape().type());
        }
        return value;
    }

    /** The value a field of {@code type} has before it is set: {@code 0}, {@code false}, {@code null}. */
    private static CodeBlock zero(TypeMirror type) {
        return switch (type.getKind()) {
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
