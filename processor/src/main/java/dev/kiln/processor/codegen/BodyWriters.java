package dev.kiln.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.processor.model.Include;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON writers of one generated file. A record or bean the processor can write itself gets a
 * {@code writeItem(Item value, JsonGenerator out)} method on jackson-core's generator, member by member in
 * Jackson's order and by Jackson's rules ({@code @JsonProperty} names, {@code @JsonIgnore},
 * {@code @JsonInclude}); a renamed enum gets a {@code switch}. Simple values, collections, maps and
 * {@code Optional} use {@code JsonWriters}; every other type (date-times, a class with a Jackson annotation
 * Kiln does not model or a member generated code cannot read) is written by Jackson databind, as before, so
 * the bytes on the wire are the shared mapper's in every case.
 */
final class BodyWriters {
    private final ClassName owner;
    private final String packageName;
    private final Names fields;
    private final Names methods;
    /** The write method of each record or renamed enum, by type. */
    private final Map<String, String> methodNames = new HashMap<>();

    private final Map<String, MethodSpec> writeMethods = new LinkedHashMap<>();
    /** The writer constant of each type a responder or a method body uses, by type. */
    private final Map<String, String> constantNames = new HashMap<>();

    private final Map<String, FieldSpec> constants = new LinkedHashMap<>();
    /** Member-name constants, by JSON name. */
    private final Map<String, String> nameConstants = new LinkedHashMap<>();

    private final Map<String, FieldSpec> nameFields = new LinkedHashMap<>();
    /** Records already judged, and whether the processor writes them itself. */
    private final Map<String, Boolean> writable = new HashMap<>();

    BodyWriters(ClassName owner, Names fields, Names methods) {
        this.owner = owner;
        this.packageName = owner.packageName();
        this.fields = fields;
        this.methods = methods;
    }

    /** The constants made so far (writers, then member names): declare them before anything that uses them. */
    List<FieldSpec> constants() {
        List<FieldSpec> all = new ArrayList<>(nameFields.values());
        all.addAll(constants.values());
        return all;
    }

    /** The write methods made so far. */
    List<MethodSpec> methods() {
        return new ArrayList<>(writeMethods.values());
    }

    /**
     * A constant of type {@code JsonWriter<? super T>} for a body of {@code shape} ({@code null} when only the
     * declared type is known), declared {@code type}.
     */
    CodeBlock writer(TypeShape shape, TypeMirror type) {
        if (type.getKind() == TypeKind.WILDCARD || type.getKind() == TypeKind.TYPEVAR) {
            return CodeBlock.of("$T.ANY", RuntimeTypes.JSON_WRITERS);
        }
        TypeShape known = shape == null ? new TypeShape.Opaque(type) : shape;
        return CodeBlock.of("$N", constant(known));
    }

    /** The name of a {@code static final JsonWriter<? super T>} constant for {@code shape}, made once per type. */
    private String constant(TypeShape shape) {
        String key = key(shape.type());
        String name = constantNames.get(key);
        if (name != null) {
            return name;
        }
        name = fields.allocate(Names.constant(simpleNames(shape.type())) + "_JSON");
        constantNames.put(key, name);
        CodeBlock initializer = valueWriter(shape);
        // "? super": a writer of a supertype serves (JsonWriters.INT writes every Number)
        TypeName type = ParameterizedTypeName.get(
                RuntimeTypes.JSON_WRITER,
                WildcardTypeName.supertypeOf(TypeName.get(shape.type()).box()));
        constants.put(
                key,
                FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(initializer)
                        .build());
        return name;
    }

    /**
     * An expression of a writer for {@code shape} that uses no constant of this file (so constants may be
     * declared in any order): {@code JsonWriters} leaves and factories, and {@code Owner::writeItem}.
     */
    private CodeBlock valueWriter(TypeShape shape) {
        if (shape instanceof TypeShape.Simple simple && simple.pattern() == null && leaf(simple.kind()) != null) {
            return CodeBlock.of("$T.$N", RuntimeTypes.JSON_WRITERS, leaf(simple.kind()));
        }
        if (shape instanceof TypeShape.ListShape list && isCollection(list.type()) && reachable(list.type())) {
            return CodeBlock.of("$T.list($L)", RuntimeTypes.JSON_WRITERS, valueWriter(list.element()));
        }
        if (shape instanceof TypeShape.MapShape map && hasStringKeys(map.type()) && reachable(map.type())) {
            return CodeBlock.of("$T.map($L)", RuntimeTypes.JSON_WRITERS, valueWriter(map.value()));
        }
        if (shape instanceof TypeShape.OptionalShape optional && reachable(optional.type())) {
            return CodeBlock.of("$T.optional($L)", RuntimeTypes.JSON_WRITERS, valueWriter(optional.value()));
        }
        if (shape instanceof TypeShape.EnumShape enumShape && enumByName(enumShape)) {
            return CodeBlock.of("$T.ENUM_NAME", RuntimeTypes.JSON_WRITERS);
        }
        String method = writeMethod(shape);
        if (method != null) {
            return CodeBlock.of("$T::$N", owner, method);
        }
        return databind(shape.type());
    }

    /** {@code JsonWriters.databind(Item.class)}, or a {@code TypeReference} for a generic type. */
    private static CodeBlock databind(TypeMirror type) {
        TypeName name = TypeName.get(type).box();
        if (name instanceof ParameterizedTypeName) {
            return CodeBlock.of(
                    "$T.databind(new $T<$T>() {})", RuntimeTypes.JSON_WRITERS, RuntimeTypes.TYPE_REFERENCE, name);
        }
        return CodeBlock.of("$T.databind($T.class)", RuntimeTypes.JSON_WRITERS, name);
    }

    /** The {@code JsonWriters} constant of a simple kind it writes exactly as Jackson does, or {@code null}. */
    private static String leaf(SimpleKind kind) {
        return switch (kind) {
            case STRING -> "STRING";
            case BOOLEAN -> "BOOLEAN";
            case BYTE, SHORT, INT -> "INT";
            case LONG -> "LONG";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case BIG_DECIMAL -> "BIG_DECIMAL";
            case BIG_INTEGER -> "BIG_INTEGER";
            case CHAR -> "CHAR";
            case UUID -> "UUID";
            // java.time: the JavaTimeModule's formats, left to it
            case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> null;
        };
    }

    /** An enum written by its constants' names: neither {@code @JsonValue} nor a renamed constant. */
    private boolean enumByName(TypeShape.EnumShape shape) {
        return shape.valueAccessor() == null
                && shape.valuesKnown()
                && !shape.renamed()
                && shape.jackson().isEmpty()
                && reachable(shape.type());
    }

    /**
     * The write method of a record the processor writes itself, or of an enum with renamed constants;
     * {@code null} for any other shape.
     */
    private String writeMethod(TypeShape shape) {
        if (shape instanceof TypeShape.Recursive recursive) {
            return methodNames.get(key(recursive.type()));
        }
        if (shape instanceof TypeShape.EnumShape enumShape) {
            return enumMethod(enumShape);
        }
        if ((shape instanceof TypeShape.RecordShape || shape instanceof TypeShape.BeanShape) && isWritable(shape)) {
            return objectMethod(shape);
        }
        return null;
    }

    private String enumMethod(TypeShape.EnumShape shape) {
        if (shape.valueAccessor() != null
                || !shape.valuesKnown()
                || !shape.renamed()
                || !shape.jackson().isEmpty()
                || !reachable(shape.type())) {
            return null;
        }
        String key = key(shape.type());
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = methods.allocate("write" + shape.element().getSimpleName());
        methodNames.put(key, name);
        TypeName type = TypeName.get(shape.type());
        CodeBlock.Builder cases = CodeBlock.builder();
        for (TypeShape.EnumConstant constant : shape.constants()) {
            cases.add("case $N -> $S;\n", constant.name(), constant.wireValue());
        }
        writeMethods.put(
                key,
                writeMethodHead(name, type, "by the wire value of each constant")
                        .addCode("out.writeString(switch (value) {\n$>$L$<});\n", cases.build())
                        .build());
        return name;
    }

    /** {@code private static void writeX(X value, JsonGenerator out)}, up to its {@code null} check. */
    private static MethodSpec.Builder writeMethodHead(String name, TypeName type, String how) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Writes {@link $T} $L.\n", type, how)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(type, "value")
                .addParameter(RuntimeTypes.JSON_GENERATOR, "out")
                .addException(RuntimeTypes.IO_EXCEPTION)
                .beginControlFlow("if (value == null)")
                .addStatement("out.writeNull()")
                .addStatement("return")
                .endControlFlow();
    }

    /** The write method of a record or bean, made once per type. */
    private String objectMethod(TypeShape shape) {
        String key = key(shape.type());
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = methods.allocate("write" + simpleNames(shape.type()));
        methodNames.put(key, name);
        TypeName type = TypeName.get(shape.type());
        MethodSpec.Builder method = writeMethodHead(
                        name, type, "as Kiln's Jackson configuration does, member by member")
                .addStatement("out.writeStartObject()");
        Set<String> locals = new HashSet<>(Set.of("value", "out"));
        for (Member member : written(shape)) {
            writeMember(method, member, locals);
        }
        method.addStatement("out.writeEndObject()");
        // Put after the methods it calls were made, so a file reads from the parts to the whole.
        writeMethods.put(key, method.build());
        return name;
    }

    /**
     * The members Jackson writes, in its order: the model's, with those it writes last (explicitly named,
     * {@link Member.Output#writtenLast()}) moved after the others.
     */
    private static List<Member> written(TypeShape shape) {
        List<Member> first = new ArrayList<>();
        List<Member> last = new ArrayList<>();
        for (Member member : shape.properties()) {
            if (member.output() != null) {
                (member.output().writtenLast() ? last : first).add(member);
            }
        }
        first.addAll(last);
        return first;
    }

    /** One member: its name, then its value, or nothing when its {@code @JsonInclude} leaves it out. */
    private void writeMember(MethodSpec.Builder method, Member member, Set<String> locals) {
        Member.Output output = member.output();
        TypeShape shape = output.shape();
        CodeBlock read = accessor(member);
        CodeBlock name = CodeBlock.of("$N", nameConstant(output.name()));
        if (shape.type().getKind().isPrimitive()) {
            method.addStatement("out.writeFieldName($L)", name);
            method.addStatement(primitive(shape.type().getKind(), read));
            return;
        }
        if (output.include() == Include.ALWAYS) {
            method.addStatement("out.writeFieldName($L)", name);
            method.addStatement(write(shape, read));
            return;
        }
        String local = local(member.javaName(), locals);
        method.addStatement("$T $N = $L", TypeName.get(shape.type()), local, read);
        CodeBlock value = CodeBlock.of("$N", local);
        CodeBlock condition = CodeBlock.of("$N != null", local);
        if (output.include() == Include.NON_ABSENT && shape instanceof TypeShape.OptionalShape) {
            condition = CodeBlock.of("$L && $N.isPresent()", condition, local);
        } else if (output.include() == Include.NON_EMPTY && hasIsEmpty(shape)) {
            condition = CodeBlock.of("$L && !$N.isEmpty()", condition, local);
        }
        method.beginControlFlow("if ($L)", condition)
                .addStatement("out.writeFieldName($L)", name)
                .addStatement(write(shape, value))
                .endControlFlow();
    }

    /** Writes {@code value} (which may be {@code null}) of {@code shape}. */
    private CodeBlock write(TypeShape shape, CodeBlock value) {
        String method = writeMethod(shape);
        if (method != null) {
            return CodeBlock.of("$N($L, out)", method, value);
        }
        if (shape instanceof TypeShape.Simple simple && simple.pattern() == null && leaf(simple.kind()) != null) {
            return CodeBlock.of("$T.$N.write($L, out)", RuntimeTypes.JSON_WRITERS, leaf(simple.kind()), value);
        }
        if (shape instanceof TypeShape.EnumShape enumShape && enumByName(enumShape)) {
            return CodeBlock.of("$T.ENUM_NAME.write($L, out)", RuntimeTypes.JSON_WRITERS, value);
        }
        return CodeBlock.of("$N.write($L, out)", constant(shape), value);
    }

    /** A primitive member, written as Jackson's serializers of its box write it. */
    private static CodeBlock primitive(TypeKind kind, CodeBlock value) {
        return switch (kind) {
            case BOOLEAN -> CodeBlock.of("out.writeBoolean($L)", value);
            case CHAR -> CodeBlock.of("out.writeString($T.valueOf($L))", String.class, value);
            default -> CodeBlock.of("out.writeNumber($L)", value);
        };
    }

    /**
     * Whether the processor writes a record or bean itself: reachable from the generated package, no Jackson
     * annotation Kiln does not model on it or its members, every written member read through a public
     * accessor or field, included by a rule the generated code follows, and of a shape it writes (or leaves to
     * databind) without a member-level format.
     */
    private boolean isWritable(TypeShape object) {
        String key = key(object.type());
        Boolean known = writable.get(key);
        if (known != null) {
            return known;
        }
        // A type that contains itself is judged writable while it is being judged.
        writable.put(key, true);
        boolean result = object.jackson().isEmpty() && reachable(object.type());
        for (Member member : object.properties()) {
            if (!result) {
                break;
            }
            Member.Output output = member.output();
            if (output == null) {
                continue;
            }
            result = member.jackson().isEmpty()
                    && accessor(member) != null
                    && writableInclude(output.include(), output.shape())
                    && writableValue(output.shape());
        }
        writable.put(key, result);
        return result;
    }

    private static boolean writableInclude(Include include, TypeShape shape) {
        return switch (include) {
            case ALWAYS, NON_NULL -> true;
            // Only Optional's absence is modelled: OptionalInt, AtomicReference and the like are left to databind.
            case NON_ABSENT -> !(shape instanceof TypeShape.Opaque || shape instanceof TypeShape.JsonNodeShape);
            // Jackson's emptiness of an Optional or a JSON tree looks inside it: left to databind.
            case NON_EMPTY ->
                !(shape instanceof TypeShape.OptionalShape
                        || shape instanceof TypeShape.JsonNodeShape
                        || shape instanceof TypeShape.Opaque);
            case NON_DEFAULT, CUSTOM -> false;
        };
    }

    /**
     * Whether a member's value is written the way Jackson writes it for that member: no
     * {@code @JsonFormat} pattern (which only the record's serializer applies), every type it names
     * reachable.
     */
    private boolean writableValue(TypeShape shape) {
        if (shape instanceof TypeShape.Simple simple) {
            return simple.pattern() == null;
        }
        if (shape instanceof TypeShape.ListShape list) {
            return writableValue(list.element()) && reachable(list.type());
        }
        if (shape instanceof TypeShape.MapShape map) {
            return writableValue(map.value()) && reachable(map.type());
        }
        if (shape instanceof TypeShape.OptionalShape optional) {
            return writableValue(optional.value()) && reachable(optional.type());
        }
        if (shape instanceof TypeShape.WellKnown known) {
            return known.pattern() == null && reachable(known.type());
        }
        if (shape instanceof TypeShape.Opaque opaque) {
            return (opaque.view() == null || writableValue(opaque.view())) && reachable(opaque.type());
        }
        return reachable(shape.type());
    }

    private static boolean hasIsEmpty(TypeShape shape) {
        return shape instanceof TypeShape.ListShape
                || shape instanceof TypeShape.MapShape
                || shape instanceof TypeShape.Simple simple && simple.kind() == SimpleKind.STRING;
    }

    /**
     * {@code value.getX()} or {@code value.x}: how generated code reads a written member as Jackson does, or
     * {@code null} when Jackson reads it through a method or field generated code cannot call, or a getter
     * that declares exceptions (a checked one would not compile in the write method; databind wraps them).
     */
    private static CodeBlock accessor(Member member) {
        Element element = member.output().accessor();
        Set<Modifier> modifiers = element.getModifiers();
        if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)) {
            return null;
        }
        if (element instanceof ExecutableElement getter
                && getter.getParameters().isEmpty()) {
            return getter.getThrownTypes().isEmpty() ? CodeBlock.of("value.$N()", getter.getSimpleName()) : null;
        }
        return element.getKind() == ElementKind.FIELD ? CodeBlock.of("value.$N", element.getSimpleName()) : null;
    }

    private String nameConstant(String jsonName) {
        return nameConstants.computeIfAbsent(jsonName, n -> {
            String field = fields.allocate("NAME_" + Names.constant(identifier(n)));
            nameFields.put(
                    n,
                    FieldSpec.builder(
                                    RuntimeTypes.SERIALIZABLE_STRING,
                                    field,
                                    Modifier.PRIVATE,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer("$T.name($S)", RuntimeTypes.JSON_WRITERS, n)
                            .build());
            return field;
        });
    }

    /** A JSON name as a Java identifier's letters: {@code "created-at"} → {@code createdAt}. */
    private static String identifier(String jsonName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < jsonName.length(); i++) {
            char c = jsonName.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        return out.length() == 0 || Character.isDigit(out.charAt(0)) ? "member" + out : out.toString();
    }

    private static String local(String javaName, Set<String> taken) {
        String name = javaName;
        for (int i = 2; !taken.add(name); i++) {
            name = javaName + i;
        }
        return name;
    }

    private static boolean isCollection(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return false;
        }
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        return name.equals("java.util.List") || name.equals("java.util.Set") || name.equals("java.util.Collection");
    }

    private static boolean hasStringKeys(TypeMirror type) {
        return type instanceof DeclaredType declared
                && declared.getTypeArguments().size() == 2
                && declared.getTypeArguments().get(0).toString().equals("java.lang.String");
    }

    /** Whether generated code in this package may name {@code type} and every type in it. */
    private boolean reachable(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return reachable(array.getComponentType());
        }
        if (!(type instanceof DeclaredType declared)) {
            return false;
        }
        for (Element e = declared.asElement(); e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = e.getModifiers();
            boolean samePackage = packageOf(e).equals(packageName);
            if (modifiers.contains(Modifier.PRIVATE) || !samePackage && !modifiers.contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return declared.getTypeArguments().stream().allMatch(this::reachable);
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
    }

    private static String key(TypeMirror type) {
        return TypeName.get(type).box().toString();
    }

    /** {@code Page<Item>} → {@code PageItem}, {@code List<String>} → {@code ListString}. */
    private static String simpleNames(TypeMirror type) {
        StringBuilder out = new StringBuilder();
        collect(type, out);
        return out.toString();
    }

    private static void collect(TypeMirror type, StringBuilder out) {
        if (type instanceof DeclaredType declared) {
            out.append(declared.asElement().getSimpleName());
            declared.getTypeArguments().forEach(argument -> collect(argument, out));
        } else if (type instanceof ArrayType array) {
            collect(array.getComponentType(), out);
            out.append("Array");
        } else {
            String kind = type.getKind().name().toLowerCase(java.util.Locale.ROOT);
            out.append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1));
        }
    }
}
