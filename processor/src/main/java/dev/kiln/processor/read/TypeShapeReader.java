package dev.kiln.processor.read;

import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.JacksonUse;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.TypeShape;
import dev.kiln.processor.model.WellKnownKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Describes a Java type as a {@link TypeShape}, following records, beans and other classes into
 * their members as Jackson sees them ({@link JacksonProperties}), enums into their wire values, and
 * collections into their elements. Everything binding, checks and the OpenAPI document need about a
 * type is read here, once.
 */
public final class TypeShapeReader {
    private static final Set<String> DATES = Set.of("LOCAL_DATE", "LOCAL_DATE_TIME", "OFFSET_DATE_TIME");
    private static final Set<String> FUTURES = Set.of(
            KilnNames.FUTURE, KilnNames.COMPLETION_STAGE, "java.util.concurrent.CompletableFuture", KilnNames.RESPONSE);

    private final Elements elements;
    private final Types types;
    private final Mirrors mirrors;
    private final ConstraintReader constraints;
    private final JacksonProperties properties;
    private final EnumValues enumValues;

    public TypeShapeReader(ProcessingEnvironment env, Mirrors mirrors) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.mirrors = mirrors;
        this.constraints = new ConstraintReader(mirrors);
        this.properties = new JacksonProperties(types, mirrors);
        this.enumValues = new EnumValues(env);
    }

    /** The shape of {@code type}. */
    public TypeShape read(TypeMirror type) {
        return read(type, null, new ArrayDeque<>(), null);
    }

    /**
     * The shape of {@code type}, the declared type of {@code owner} (a parameter or method): constraints
     * on its type arguments ({@code List<@Size(max = 5) String>}) are recorded as found on {@code owner}.
     */
    public TypeShape read(TypeMirror type, Element owner) {
        return read(type, owner, new ArrayDeque<>(), null);
    }

    /**
     * @param pattern the {@code @JsonFormat(pattern)} of the member whose type this is (or is inside), applied
     *                to the dates in it
     */
    private TypeShape read(TypeMirror type, Element owner, Deque<TypeElement> expanding, String pattern) {
        if (type.getKind().isPrimitive()) {
            TypeElement box = types.boxedClass((javax.lang.model.type.PrimitiveType) type);
            return new TypeShape.Simple(
                    SimpleKind.ofClassName(box.getQualifiedName().toString()), type);
        }
        return switch (type.getKind()) {
            case DECLARED -> declared((DeclaredType) type, owner, expanding, pattern);
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                yield component.getKind() == TypeKind.BYTE
                        ? new TypeShape.Opaque(type, new TypeShape.WellKnown(WellKnownKind.BYTES, type, null))
                        : new TypeShape.Opaque(
                                type,
                                new TypeShape.ListShape(
                                        read(component, owner, expanding, pattern),
                                        false,
                                        type,
                                        typeUseConstraints(owner, component)));
            }
            case TYPEVAR -> {
                TypeMirror bound = ((TypeVariable) type).getUpperBound();
                yield new TypeShape.Opaque(
                        type,
                        Mirrors.qualifiedName(bound).equals("java.lang.Object")
                                ? null
                                : read(bound, owner, expanding, pattern));
            }
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield new TypeShape.Opaque(type, bound == null ? null : read(bound, owner, expanding, pattern));
            }
            default -> new TypeShape.Opaque(type);
        };
    }

    private TypeShape declared(DeclaredType type, Element owner, Deque<TypeElement> expanding, String pattern) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        SimpleKind kind = SimpleKind.ofClassName(name);
        if (kind != null) {
            return new TypeShape.Simple(kind, type, DATES.contains(kind.name()) ? pattern : null);
        }
        WellKnownKind wellKnown = WellKnownKind.ofClassName(name);
        if (wellKnown != null) {
            return new TypeShape.Opaque(
                    type, new TypeShape.WellKnown(wellKnown, type, wellKnown.isTime() ? pattern : null));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return enumShape(type, element);
        }
        if (name.equals(KilnNames.JSON_NODE)) {
            return new TypeShape.JsonNodeShape(type);
        }
        List<? extends TypeMirror> args = type.getTypeArguments();
        boolean concrete = args.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED);
        Function<Integer, TypeShape> argument = i -> read(args.get(i), owner, expanding, pattern);
        switch (name) {
            case "java.util.Optional" -> {
                if (args.size() != 1) {
                    return new TypeShape.Opaque(type);
                }
                TypeShape.OptionalShape optional =
                        new TypeShape.OptionalShape(argument.apply(0), type, typeUseConstraints(owner, args.get(0)));
                return concrete ? optional : new TypeShape.Opaque(type, optional);
            }
            case "java.util.List", "java.util.Set" -> {
                if (args.size() != 1) {
                    return new TypeShape.Opaque(type);
                }
                TypeShape.ListShape list = new TypeShape.ListShape(
                        argument.apply(0), name.endsWith("Set"), type, typeUseConstraints(owner, args.get(0)));
                return concrete ? list : new TypeShape.Opaque(type, list);
            }
            case "java.util.Map" -> {
                if (args.size() != 2) {
                    return new TypeShape.Opaque(type);
                }
                TypeShape.MapShape map = new TypeShape.MapShape(
                        argument.apply(0),
                        argument.apply(1),
                        type,
                        typeUseConstraints(owner, args.get(0)),
                        typeUseConstraints(owner, args.get(1)));
                return concrete && Mirrors.qualifiedName(args.get(0)).equals("java.lang.String")
                        ? map
                        : new TypeShape.Opaque(type, map);
            }
            default -> {
                // not a type Kiln binds itself
            }
        }
        if (FUTURES.contains(name) && args.size() == 1) {
            return new TypeShape.Opaque(type, argument.apply(0));
        }
        TypeShape collection = otherCollection(type, owner, expanding, pattern);
        if (collection != null) {
            return new TypeShape.Opaque(type, collection);
        }
        if (name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("com.fasterxml.jackson.")) {
            // JDK and Jackson types are not beans to expose (Object, Temporal, ...): any JSON value.
            return new TypeShape.Opaque(type);
        }
        if (element.getKind() != ElementKind.RECORD
                && element.getKind() != ElementKind.CLASS
                && element.getKind() != ElementKind.INTERFACE) {
            return new TypeShape.Opaque(type);
        }
        if (expanding.contains(element)) {
            return new TypeShape.Recursive(element, type);
        }
        expanding.push(element);
        try {
            return object(type, element, concrete, expanding);
        } finally {
            expanding.pop();
        }
    }

    /** A collection or map type other than {@code List}, {@code Set} and {@code Map} themselves: Jackson's. */
    private TypeShape otherCollection(DeclaredType type, Element owner, Deque<TypeElement> expanding, String pattern) {
        DeclaredType collection = supertype(type, "java.util.Collection");
        if (collection != null) {
            boolean own = ownArguments(type, 1);
            TypeMirror element = own ? type.getTypeArguments().get(0) : argumentOf(collection, 0);
            return new TypeShape.ListShape(
                    read(element, owner, expanding, pattern),
                    supertype(type, "java.util.Set") != null,
                    type,
                    own ? typeUseConstraints(owner, element) : List.of());
        }
        DeclaredType map = supertype(type, "java.util.Map");
        if (map != null) {
            boolean own = ownArguments(type, 2);
            TypeMirror key = own ? type.getTypeArguments().get(0) : argumentOf(map, 0);
            TypeMirror value = own ? type.getTypeArguments().get(1) : argumentOf(map, 1);
            return new TypeShape.MapShape(
                    read(key, owner, expanding, pattern),
                    read(value, owner, expanding, pattern),
                    type,
                    own ? typeUseConstraints(owner, key) : List.of(),
                    own ? typeUseConstraints(owner, value) : List.of());
        }
        return null;
    }

    /**
     * Whether a JDK collection's own type arguments are used: they keep their type-use annotations
     * ({@code ArrayList<@Email String>}), which a supertype's would lose.
     */
    private static boolean ownArguments(DeclaredType type, int count) {
        return Mirrors.qualifiedName(type).startsWith("java.util.")
                && type.getTypeArguments().size() == count;
    }

    private TypeMirror argumentOf(DeclaredType type, int index) {
        return index < type.getTypeArguments().size()
                ? type.getTypeArguments().get(index)
                : elements.getTypeElement("java.lang.Object").asType();
    }

    /** {@code type} seen as {@code qualifiedName} (a supertype), with its type arguments, or {@code null}. */
    private DeclaredType supertype(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        if (Mirrors.qualifiedName(type).equals(qualifiedName)) {
            return (DeclaredType) type;
        }
        for (TypeMirror direct : types.directSupertypes(type)) {
            DeclaredType found = supertype(direct, qualifiedName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A record, bean or other class, with its members. */
    private TypeShape object(DeclaredType type, TypeElement element, boolean concrete, Deque<TypeElement> expanding) {
        JacksonProperties.Kind kind = element.getKind() == ElementKind.RECORD
                ? JacksonProperties.Kind.RECORD
                : isBean(element) ? JacksonProperties.Kind.BEAN : JacksonProperties.Kind.POJO;
        JacksonProperties.ClassView view = properties.classView(element, kind);
        Javadoc doc = Javadoc.of(elements, element);
        List<Member> members = new ArrayList<>();
        for (JacksonProperties.Property property : properties.collect(type, element, kind, view)) {
            members.add(member(property, kind, doc, expanding));
        }
        String description = view.description != null ? view.description : doc.fullText();
        TypeShape shape = switch (kind) {
            case RECORD ->
                new TypeShape.RecordShape(element, members, type, description, view.uses, view.ignoreUnknown);
            case BEAN -> new TypeShape.BeanShape(element, members, type, description, view.uses, view.ignoreUnknown);
            case POJO -> new TypeShape.PojoShape(element, members, type, description, view.uses);
        };
        return concrete && kind != JacksonProperties.Kind.POJO ? shape : new TypeShape.Opaque(type, shape);
    }

    private Member member(
            JacksonProperties.Property p, JacksonProperties.Kind kind, Javadoc classDoc, Deque<TypeElement> expanding) {
        Element anchor = p.element();
        List<Element> carriers = p.carriers();
        TypeMirror declared = p.inputType != null ? p.inputType : p.outputType != null ? p.outputType : p.componentType;
        List<JacksonUse> uses = new ArrayList<>(p.uses);
        String pattern = pattern(p, declared, anchor, expanding, uses);
        TypeShape shape = withArgumentConstraints(p, kind, read(declared, anchor, expanding, pattern), declared);
        TypeShape written = p.outputType == null
                ? null
                : p.inputType == null || types.isSameType(p.inputType, p.outputType)
                        ? shape
                        : withArgumentConstraints(
                                p, kind, read(p.outputType, anchor, expanding, pattern), p.outputType);
        DefaultValue defaultValue = defaultOf(carriers);
        Element declaring =
                p.inputElement != null ? p.inputElement : p.outputElement != null ? p.outputElement : anchor;
        TypeMirror declaredType = declaredType(declaring);
        boolean nullable = carriers.stream().anyMatch(c -> Mirrors.hasSimpleName(c, KilnNames.NULLABLE_SIMPLE_NAME))
                || Mirrors.hasSimpleName(declaredType, KilnNames.NULLABLE_SIMPLE_NAME);
        List<Constraint> found = constraints.read(anchor, concat(carriers, declaredType));
        Presence presence = presence(shape, nullable, defaultValue, found);
        if (p.required && presence != Presence.REQUIRED && kind != JacksonProperties.Kind.POJO) {
            AnnotationMirror property = carriers.stream()
                    .map(c -> Mirrors.find(c, JacksonAnnotations.ANNOTATION + "JsonProperty"))
                    .filter(m -> m != null)
                    .findFirst()
                    .orElse(null);
            uses.add(new JacksonUse(anchor, property, JacksonUse.Kind.REQUIRED_IGNORED, p.javaName));
        }
        Member.Input input = p.inputElement == null
                ? null
                : new Member.Input(p.inputName, p.aliases, p.store, p.accessor, p.required);
        Member.Output output = p.outputElement == null
                ? null
                : new Member.Output(p.outputName, written, p.include, p.outputElement, p.writtenLast);
        return new Member(
                p.javaName,
                p.name,
                anchor,
                shape,
                presence,
                defaultValue,
                found,
                input,
                output,
                description(p, kind, classDoc),
                uses);
    }

    /**
     * {@code shape} (read from {@code type}) with the constraints on the type arguments of the member's other
     * declarations of that same type added: a bean is read through its setter, but Bean Validation checks the
     * container elements its field declares ({@code private List<@Size(max = 10) String> tags} beside
     * {@code setTags(List<String> tags)}), so Kiln checks the union, as it does for the member's own
     * constraints. A record's declarations all carry the component's annotations already.
     */
    private TypeShape withArgumentConstraints(
            JacksonProperties.Property p, JacksonProperties.Kind kind, TypeShape shape, TypeMirror type) {
        if (kind == JacksonProperties.Kind.RECORD) {
            return shape;
        }
        Element anchor = p.element();
        List<TypeMirror> others = new ArrayList<>();
        if (p.field != null) {
            others.add(p.field.asType());
        }
        if (p.getter != null) {
            others.add(p.getter.getReturnType());
        }
        if (p.setter != null) {
            others.add(p.setter.getParameters().get(0).asType());
        }
        if (p.creatorParameter != null) {
            others.add(p.creatorParameter.asType());
        }
        for (TypeMirror other : others) {
            if (types.isSameType(other, type)) {
                shape = withArgumentConstraints(shape, other, anchor);
            }
        }
        return shape;
    }

    /** {@code shape} with the type-use constraints of {@code other}'s arguments added where they apply. */
    private TypeShape withArgumentConstraints(TypeShape shape, TypeMirror other, Element owner) {
        if (shape instanceof TypeShape.Opaque opaque && opaque.view() != null) {
            return new TypeShape.Opaque(opaque.type(), withArgumentConstraints(opaque.view(), other, owner));
        }
        if (shape instanceof TypeShape.ListShape list) {
            TypeMirror element =
                    other instanceof ArrayType array ? array.getComponentType() : typeArgument(other, 1, 0);
            return element == null
                    ? shape
                    : new TypeShape.ListShape(
                            withArgumentConstraints(list.element(), element, owner),
                            list.set(),
                            list.type(),
                            union(list.elementConstraints(), typeUseConstraints(owner, element)));
        }
        if (shape instanceof TypeShape.OptionalShape optional) {
            TypeMirror value = typeArgument(other, 1, 0);
            return value == null
                    ? shape
                    : new TypeShape.OptionalShape(
                            withArgumentConstraints(optional.value(), value, owner),
                            optional.type(),
                            union(optional.valueConstraints(), typeUseConstraints(owner, value)));
        }
        if (shape instanceof TypeShape.MapShape map) {
            TypeMirror value = typeArgument(other, 2, 1);
            return value == null
                    ? shape
                    : new TypeShape.MapShape(
                            map.key(),
                            withArgumentConstraints(map.value(), value, owner),
                            map.type(),
                            union(map.keyConstraints(), typeUseConstraints(owner, typeArgument(other, 2, 0))),
                            union(map.valueConstraints(), typeUseConstraints(owner, value)));
        }
        return shape;
    }

    /** Argument {@code index} of {@code type} when it is a declared type with exactly {@code count} of them. */
    private static TypeMirror typeArgument(TypeMirror type, int count, int index) {
        return type instanceof DeclaredType declared
                        && declared.getTypeArguments().size() == count
                ? declared.getTypeArguments().get(index)
                : null;
    }

    /** {@code found} and the constraints of {@code more} that say something {@code found} does not. */
    private static List<Constraint> union(List<Constraint> found, List<Constraint> more) {
        List<Constraint> all = new ArrayList<>(found);
        for (Constraint constraint : more) {
            if (all.stream().noneMatch(c -> c.sameRule(constraint))) {
                all.add(constraint);
            }
        }
        return all;
    }

    private static javax.lang.model.AnnotatedConstruct[] concat(List<Element> carriers, TypeMirror type) {
        List<javax.lang.model.AnnotatedConstruct> all = new ArrayList<>(carriers);
        all.add(type);
        return all.toArray(javax.lang.model.AnnotatedConstruct[]::new);
    }

    /** The type as written on its declaration (type-use annotations kept). */
    private static TypeMirror declaredType(Element element) {
        if (element instanceof ExecutableElement method) {
            return method.getParameters().size() == 1
                    ? method.getParameters().get(0).asType()
                    : method.getReturnType();
        }
        return element.asType();
    }

    /**
     * The {@code @JsonFormat(pattern)} Kiln applies to the member's dates and times; any other use of
     * {@code @JsonFormat} is reported.
     */
    private String pattern(
            JacksonProperties.Property p,
            TypeMirror declared,
            Element anchor,
            Deque<TypeElement> expanding,
            List<JacksonUse> uses) {
        if (p.format == null) {
            return null;
        }
        String pattern = mirrors.string(p.format, "pattern");
        String shape = JacksonAnnotations.constant(mirrors, p.format, "shape");
        boolean onlyPattern = (shape.equals("ANY") || shape.equals("STRING"))
                && List.of("locale", "timezone", "lenient", "with", "without").stream()
                        .noneMatch(member -> Mirrors.isExplicit(p.format, member));
        boolean dated = leafAcceptsPattern(read(declared, anchor, new ArrayDeque<>(expanding), null));
        if (pattern.isEmpty() || !onlyPattern || !dated || !compiles(pattern)) {
            Element on = p.carriers().stream()
                    .filter(c -> c.getAnnotationMirrors().contains(p.format))
                    .findFirst()
                    .orElse(anchor);
            uses.add(new JacksonUse(on, p.format, JacksonUse.Kind.FORMAT, p.javaName));
            return null;
        }
        return pattern;
    }

    /** Whether the dates or times inside {@code shape} (through optionals and collections) take a pattern. */
    private static boolean leafAcceptsPattern(TypeShape shape) {
        if (shape instanceof TypeShape.Simple simple) {
            return DATES.contains(simple.kind().name());
        }
        if (shape instanceof TypeShape.WellKnown known) {
            return known.kind().isTime();
        }
        if (shape instanceof TypeShape.Opaque opaque) {
            return opaque.view() != null && leafAcceptsPattern(opaque.view());
        }
        if (shape instanceof TypeShape.OptionalShape
                || shape instanceof TypeShape.ListShape
                || shape instanceof TypeShape.MapShape) {
            return leafAcceptsPattern(shape.parts().get(0));
        }
        return false;
    }

    private static boolean compiles(String pattern) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern(pattern) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String description(JacksonProperties.Property p, JacksonProperties.Kind kind, Javadoc classDoc) {
        if (p.description != null) {
            return p.description;
        }
        if (kind == JacksonProperties.Kind.RECORD && p.component != null) {
            return classDoc.param(p.javaName);
        }
        for (Element element : new Element[] {p.field, p.getter, p.setter}) {
            if (element != null) {
                String text = Javadoc.of(elements, element).fullText();
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** An enum, with the wire value of each constant when the source tells it. */
    private TypeShape enumShape(DeclaredType type, TypeElement element) {
        List<JacksonUse> uses = new ArrayList<>();
        List<VariableElement> constants = new ArrayList<>();
        for (Element enclosed : element.getEnclosedElements()) {
            if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add((VariableElement) enclosed);
            }
        }
        Element accessor = null;
        AnnotationMirror jsonValue = null;
        for (Element enclosed : element.getEnclosedElements()) {
            boolean candidate = enclosed.getKind() == ElementKind.FIELD
                    || enclosed.getKind() == ElementKind.METHOD
                            && ((ExecutableElement) enclosed).getParameters().isEmpty();
            AnnotationMirror mirror = Mirrors.find(enclosed, JacksonAnnotations.ANNOTATION + "JsonValue");
            if (candidate
                    && mirror != null
                    && !enclosed.getModifiers().contains(Modifier.STATIC)
                    && (!Mirrors.isExplicit(mirror, "value") || mirrors.bool(mirror, "value"))
                    && accessor == null) {
                accessor = enclosed;
                jsonValue = mirror;
            }
        }
        for (Element enclosed : element.getEnclosedElements()) {
            if (enclosed.getKind() != ElementKind.ENUM_CONSTANT && !enclosed.equals(accessor)) {
                uses.addAll(JacksonAnnotations.of(enclosed)
                        .except(
                                Set.of(),
                                JacksonUse.Kind.UNSUPPORTED,
                                enclosed.getSimpleName().toString()));
            }
        }
        JacksonAnnotations own = JacksonAnnotations.of(element);
        uses.addAll(own.except(Set.of("JsonFormat"), JacksonUse.Kind.UNSUPPORTED, ""));
        if (own.has("JsonFormat")) {
            uses.add(new JacksonUse(element, own.mirror("JsonFormat"), JacksonUse.Kind.FORMAT, ""));
        }

        TypeShape valueShape = null;
        List<String> literal = null;
        if (accessor != null) {
            TypeMirror valueType = accessor.getKind() == ElementKind.FIELD
                    ? accessor.asType()
                    : ((ExecutableElement) accessor).getReturnType();
            valueShape = read(valueType);
            if (Mirrors.qualifiedName(valueType).equals("java.lang.String")) {
                literal = enumValues.of(element, constants, accessor);
            }
        }
        List<TypeShape.EnumConstant> described = new ArrayList<>();
        for (int i = 0; i < constants.size(); i++) {
            VariableElement constant = constants.get(i);
            JacksonAnnotations annotations = JacksonAnnotations.of(constant);
            String wire = constant.getSimpleName().toString();
            AnnotationMirror property = annotations.mirror("JsonProperty");
            if (accessor != null) {
                wire = literal == null ? null : literal.get(i);
                if (property != null) {
                    uses.add(new JacksonUse(constant, property, JacksonUse.Kind.NO_EFFECT, wire));
                }
            } else if (property != null && !mirrors.string(property, "value").isEmpty()) {
                wire = mirrors.string(property, "value");
            }
            described.add(new TypeShape.EnumConstant(constant.getSimpleName().toString(), wire, constant));
            annotations
                    .except(Set.of("JsonProperty"), JacksonUse.Kind.UNSUPPORTED, wire)
                    .forEach(use -> uses.add(
                            simpleName(use.annotation()).equals("JsonEnumDefaultValue")
                                    ? new JacksonUse(use.element(), use.annotation(), JacksonUse.Kind.NO_EFFECT, "")
                                    : use));
        }
        TypeShape.EnumShape shape = new TypeShape.EnumShape(
                element,
                described,
                accessor,
                jsonValue,
                valueShape,
                type,
                Javadoc.of(elements, element).fullText(),
                uses);
        // Kiln binds it when it knows the values, or can ask the @JsonValue member for them at startup (a
        // method reference: one that declares a checked exception is not a Function)
        boolean callable = accessor != null
                && valueShape instanceof TypeShape.Simple simple
                && simple.kind() == SimpleKind.STRING
                && accessor.getModifiers().contains(Modifier.PUBLIC)
                && !(accessor instanceof ExecutableElement method && throwsChecked(method));
        return shape.valuesKnown() || callable ? shape : new TypeShape.Opaque(type, shape);
    }

    /** Constraints on a type argument; none when there is no owner to report them on. */
    private List<Constraint> typeUseConstraints(Element owner, TypeMirror argument) {
        return owner == null ? List.of() : constraints.read(owner, argument);
    }

    /**
     * What an absent value means, from the type, its annotations and its constraints: {@code @NotNull}
     * makes a {@code @Nullable} value required again (Bean Validation's {@code @NotNull} wins).
     */
    static Presence presence(
            TypeShape shape, boolean nullable, DefaultValue defaultValue, List<Constraint> constraints) {
        if (defaultValue != null) {
            return Presence.DEFAULT;
        }
        if (shape instanceof TypeShape.OptionalShape
                || shape instanceof TypeShape.Opaque opaque && opaque.view() instanceof TypeShape.OptionalShape) {
            return Presence.OPTIONAL;
        }
        boolean notNull = constraints.stream().anyMatch(c -> c.kind() == Constraint.Kind.NOT_NULL);
        if (nullable && !notNull && !shape.type().getKind().isPrimitive()) {
            return Presence.NULLABLE;
        }
        return Presence.REQUIRED;
    }

    private DefaultValue defaultOf(List<Element> carriers) {
        for (Element carrier : carriers) {
            AnnotationMirror mirror = Mirrors.find(carrier, KilnNames.DEFAULT);
            if (mirror != null) {
                return new DefaultValue(mirrors.string(mirror, "value"), mirror, mirrors.value(mirror, "value"));
            }
        }
        return null;
    }

    /**
     * A class Kiln builds with its public no-arg constructor and public setters, none of which declares a
     * checked exception (the generated binder calls them where a checked exception cannot be thrown; Jackson
     * reads such a class).
     */
    private boolean isBean(TypeElement element) {
        if (element.getKind() != ElementKind.CLASS
                || element.getModifiers().contains(Modifier.ABSTRACT)
                || !element.getModifiers().contains(Modifier.PUBLIC)
                || (element.getNestingKind().isNested()
                        && !element.getModifiers().contains(Modifier.STATIC))
                || JacksonProperties.creator(element) != null) {
            return false;
        }
        boolean noArgConstructor = ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(c ->
                        c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC) && !throwsChecked(c));
        List<ExecutableElement> setters = publicSetters(element);
        return noArgConstructor && !setters.isEmpty() && setters.stream().noneMatch(this::throwsChecked);
    }

    /** Whether {@code method} declares a checked exception. */
    private boolean throwsChecked(ExecutableElement method) {
        TypeMirror unchecked =
                elements.getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        return method.getThrownTypes().stream()
                .anyMatch(thrown -> !types.isSubtype(thrown, unchecked) && !types.isSubtype(thrown, error));
    }

    /** The public one-argument {@code setX} methods of the class and its superclasses. */
    private List<ExecutableElement> publicSetters(TypeElement element) {
        List<ExecutableElement> setters = new ArrayList<>();
        TypeElement current = element;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                String name = method.getSimpleName().toString();
                if (name.length() > 3
                        && name.startsWith("set")
                        && method.getParameters().size() == 1
                        && method.getModifiers().contains(Modifier.PUBLIC)
                        && !method.getModifiers().contains(Modifier.STATIC)) {
                    setters.add(method);
                }
            }
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement()
                    : null;
        }
        return setters;
    }

    private static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
