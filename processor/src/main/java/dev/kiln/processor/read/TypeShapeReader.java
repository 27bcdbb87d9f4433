package dev.kiln.processor.read;

import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.SimpleKind;
import dev.kiln.processor.model.TypeShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Describes a Java type as a {@link TypeShape}, following records and beans into their members. */
public final class TypeShapeReader {
    private final Types types;
    private final Mirrors mirrors;
    private final ConstraintReader constraints;

    public TypeShapeReader(Types types, Mirrors mirrors) {
        this.types = types;
        this.mirrors = mirrors;
        this.constraints = new ConstraintReader(mirrors);
    }

    /** The shape of {@code type}. */
    public TypeShape read(TypeMirror type) {
        return read(type, null, new ArrayDeque<>());
    }

    /**
     * The shape of {@code type}, the declared type of {@code owner} (a parameter): constraints on its
     * type arguments ({@code List<@Size(max = 5) String>}) are recorded as found on {@code owner}.
     */
    public TypeShape read(TypeMirror type, Element owner) {
        return read(type, owner, new ArrayDeque<>());
    }

    private TypeShape read(TypeMirror type, Element owner, Deque<TypeElement> expanding) {
        if (type.getKind().isPrimitive()) {
            TypeElement box = types.boxedClass((javax.lang.model.type.PrimitiveType) type);
            return new TypeShape.Simple(
                    SimpleKind.ofClassName(box.getQualifiedName().toString()), type);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return new TypeShape.Opaque(type);
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        SimpleKind kind = SimpleKind.ofClassName(name);
        if (kind != null) {
            return new TypeShape.Simple(kind, type);
        }
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element enclosed : element.getEnclosedElements()) {
                if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(enclosed.getSimpleName().toString());
                }
            }
            return new TypeShape.EnumShape(element, constants, type);
        }
        if (name.equals(KilnNames.JSON_NODE)) {
            return new TypeShape.JsonNodeShape(type);
        }
        List<? extends TypeMirror> args = declared.getTypeArguments();
        boolean concreteArgs = args.stream().allMatch(a -> a.getKind() == TypeKind.DECLARED);
        switch (name) {
            case "java.util.Optional":
                return args.size() == 1 && concreteArgs
                        ? new TypeShape.OptionalShape(
                                read(args.get(0), owner, expanding), type, typeUseConstraints(owner, args.get(0)))
                        : new TypeShape.Opaque(type);
            case "java.util.List":
            case "java.util.Set":
                return args.size() == 1 && concreteArgs
                        ? new TypeShape.ListShape(
                                read(args.get(0), owner, expanding),
                                name.endsWith("Set"),
                                type,
                                typeUseConstraints(owner, args.get(0)))
                        : new TypeShape.Opaque(type);
            case "java.util.Map":
                return args.size() == 2
                                && concreteArgs
                                && Mirrors.qualifiedName(args.get(0)).equals("java.lang.String")
                        ? new TypeShape.MapShape(
                                read(args.get(1), owner, expanding), type, typeUseConstraints(owner, args.get(1)))
                        : new TypeShape.Opaque(type);
            default:
                break;
        }
        if (!concreteArgs) {
            return new TypeShape.Opaque(type);
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (expanding.contains(element)) {
                return new TypeShape.Recursive(element, type);
            }
            expanding.push(element);
            List<Member> components = new ArrayList<>();
            for (RecordComponentElement component : element.getRecordComponents()) {
                components.add(recordComponent(declared, element, component, expanding));
            }
            expanding.pop();
            return new TypeShape.RecordShape(element, components, type);
        }
        if (isBean(element)) {
            if (expanding.contains(element)) {
                return new TypeShape.Recursive(element, type);
            }
            expanding.push(element);
            List<Member> properties = new ArrayList<>();
            for (ExecutableElement setter : setters(element)) {
                properties.add(beanProperty(declared, element, setter, expanding));
            }
            expanding.pop();
            return new TypeShape.BeanShape(element, properties, type);
        }
        return new TypeShape.Opaque(type);
    }

    /** Constraints on a type argument; none when there is no owner to report them on. */
    private List<Constraint> typeUseConstraints(Element owner, TypeMirror argument) {
        return owner == null ? List.of() : constraints.read(owner, argument);
    }

    private Member recordComponent(
            DeclaredType owner, TypeElement record, RecordComponentElement component, Deque<TypeElement> expanding) {
        ExecutableElement accessor = component.getAccessor();
        // The declared type keeps type-use annotations (List<@Size(max = 5) String>); asMemberOf is only
        // needed to substitute the type arguments of a generic record.
        TypeMirror memberType = owner.getTypeArguments().isEmpty()
                ? component.asType()
                : ((ExecutableType) types.asMemberOf(owner, accessor)).getReturnType();
        VariableElement field = field(record, component.getSimpleName().toString());
        List<Element> carriers = new ArrayList<>(List.of(component, accessor));
        if (field != null) {
            carriers.add(field);
        }
        TypeShape shape = read(memberType, component, expanding);
        String javaName = component.getSimpleName().toString();
        String wireName = jsonName(carriers, javaName);
        DefaultValue defaultValue = defaultOf(carriers);
        boolean nullable = carriers.stream().anyMatch(c -> Mirrors.hasSimpleName(c, KilnNames.NULLABLE_SIMPLE_NAME))
                || Mirrors.hasSimpleName(component.asType(), KilnNames.NULLABLE_SIMPLE_NAME);
        List<Constraint> found = constraints.read(component, component, field, accessor, component.asType());
        return new Member(
                javaName,
                wireName,
                component,
                shape,
                presence(shape, nullable, defaultValue, found),
                defaultValue,
                null,
                found);
    }

    private Member beanProperty(
            DeclaredType owner, TypeElement bean, ExecutableElement setter, Deque<TypeElement> expanding) {
        VariableElement parameter = setter.getParameters().get(0);
        // As for records: the declared type keeps type-use annotations; asMemberOf substitutes type
        // variables, of a generic bean or of a generic superclass that declares the setter.
        boolean ownSetter = owner.getTypeArguments().isEmpty()
                && setter.getEnclosingElement().equals(bean);
        TypeMirror memberType = ownSetter
                ? parameter.asType()
                : ((ExecutableType) types.asMemberOf(owner, setter))
                        .getParameterTypes()
                        .get(0);
        String javaName = decapitalize(setter.getSimpleName().toString().substring(3));
        VariableElement field = field(bean, javaName);
        List<Element> carriers = new ArrayList<>(List.of(setter, parameter));
        if (field != null) {
            carriers.add(field);
        }
        TypeShape shape = read(memberType, setter, expanding);
        DefaultValue defaultValue = defaultOf(carriers);
        boolean nullable = carriers.stream().anyMatch(c -> Mirrors.hasSimpleName(c, KilnNames.NULLABLE_SIMPLE_NAME))
                || Mirrors.hasSimpleName(parameter.asType(), KilnNames.NULLABLE_SIMPLE_NAME);
        List<Constraint> found = constraints.read(setter, setter, parameter, field, parameter.asType());
        return new Member(
                javaName,
                jsonName(carriers, javaName),
                setter,
                shape,
                presence(shape, nullable, defaultValue, found),
                defaultValue,
                setter.getSimpleName().toString(),
                found);
    }

    /** What an absent value means, from the type and its annotations. */
    static Presence presence(TypeShape shape, boolean nullable, DefaultValue defaultValue) {
        return presence(shape, nullable, defaultValue, List.of());
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
        if (shape instanceof TypeShape.OptionalShape) {
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

    private String jsonName(List<Element> carriers, String javaName) {
        for (Element carrier : carriers) {
            AnnotationMirror mirror = Mirrors.find(carrier, KilnNames.JSON_PROPERTY);
            if (mirror != null && !mirrors.string(mirror, "value").isEmpty()) {
                return mirrors.string(mirror, "value");
            }
        }
        return javaName;
    }

    private static VariableElement field(TypeElement type, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name)) {
                return field;
            }
        }
        return null;
    }

    /** A class Kiln builds with its public no-arg constructor and public setters. */
    private boolean isBean(TypeElement element) {
        if (element.getKind() != ElementKind.CLASS
                || element.getModifiers().contains(Modifier.ABSTRACT)
                || !element.getModifiers().contains(Modifier.PUBLIC)
                || (element.getNestingKind().isNested()
                        && !element.getModifiers().contains(Modifier.STATIC))) {
            return false;
        }
        boolean noArgConstructor = ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        return noArgConstructor && !setters(element).isEmpty();
    }

    /** Public one-argument {@code setX} methods, the class's own first, then its superclasses'. */
    private List<ExecutableElement> setters(TypeElement element) {
        List<ExecutableElement> setters = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        TypeElement current = element;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                String name = method.getSimpleName().toString();
                if (name.length() > 3
                        && name.startsWith("set")
                        && Character.isUpperCase(name.charAt(3))
                        && method.getParameters().size() == 1
                        && method.getModifiers().contains(Modifier.PUBLIC)
                        && !method.getModifiers().contains(Modifier.STATIC)
                        && !seen.contains(name)) {
                    setters.add(method);
                    seen.add(name);
                }
            }
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement()
                    : null;
        }
        return setters;
    }

    /**
     * Jackson's default property name: the leading upper-case run in lower case
     * ({@code URLValue} → {@code urlvalue}).
     */
    static String decapitalize(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        return name.substring(0, upper).toLowerCase(java.util.Locale.ROOT) + name.substring(upper);
    }
}
