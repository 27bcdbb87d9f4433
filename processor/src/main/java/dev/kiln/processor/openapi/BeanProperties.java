package dev.kiln.processor.openapi;

import dev.kiln.openapi.SchemaMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The properties of a plain Java class as Jackson 2's defaults see them: public fields, public
 * getters ({@code getX}, {@code isX} for {@code boolean}) for output; public fields, setters and
 * {@code @JsonCreator} parameters for input; {@code @JsonProperty} renames and makes any member
 * visible, {@code @JsonIgnore} and {@code @JsonIgnoreProperties} drop. Order as Jackson's: creator
 * parameters, then fields (superclass first), then getter-only properties; {@code @JsonPropertyOrder}
 * first when present.
 */
final class BeanProperties {
    private final Types types;
    private final Elements elements;

    BeanProperties(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** One property's members, collected across the class hierarchy. */
    private static final class Members {
        final String javaName;
        VariableElement field;
        ExecutableElement getter;
        ExecutableElement setter;
        VariableElement creatorParameter;

        Members(String javaName) {
            this.javaName = javaName;
        }

        AnnotationSet annotations() {
            return AnnotationSet.of(
                    creatorParameter,
                    field,
                    getter,
                    setter,
                    creatorParameter == null ? null : creatorParameter.asType(),
                    field == null ? null : field.asType(),
                    getter == null ? null : getter.getReturnType());
        }
    }

    /** The properties of {@code type} on the side {@code mode}, in Jackson's order. */
    List<Property> of(DeclaredType type, TypeElement element, SchemaMode mode) {
        Map<String, Members> byName = new LinkedHashMap<>();
        List<TypeElement> hierarchy = hierarchy(element);
        if (mode == SchemaMode.INPUT) {
            creator(element)
                    .ifPresent(creator -> creator.getParameters().forEach(parameter -> {
                        String name = explicitName(AnnotationSet.of(parameter))
                                .orElse(parameter.getSimpleName().toString());
                        byName.computeIfAbsent(name, Members::new).creatorParameter = parameter;
                    }));
        }
        for (TypeElement owner : hierarchy) {
            for (Element member : owner.getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD
                        && !member.getModifiers().contains(Modifier.STATIC)
                        && !member.getModifiers().contains(Modifier.TRANSIENT)) {
                    byName.computeIfAbsent(member.getSimpleName().toString(), Members::new).field =
                            (VariableElement) member;
                }
            }
        }
        for (TypeElement owner : hierarchy) {
            for (Element member : owner.getEnclosedElements()) {
                if (member.getKind() != ElementKind.METHOD
                        || member.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                ExecutableElement method = (ExecutableElement) member;
                getterName(method).ifPresent(name -> byName.computeIfAbsent(name, Members::new).getter = method);
                setterName(method).ifPresent(name -> byName.computeIfAbsent(name, Members::new).setter = method);
            }
        }

        AnnotationSet classAnnotations = AnnotationSet.of(element);
        List<String> ignored = classAnnotations
                .jackson("JsonIgnoreProperties")
                .map(mirror -> AnnotationSet.strings(mirror, "value"))
                .orElse(List.of());
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Members members : byName.values()) {
            AnnotationSet annotations = members.annotations();
            if (annotations.jackson("JsonIgnore").isPresent()) {
                continue;
            }
            String jsonName = explicitName(annotations).orElse(members.javaName);
            TypeMirror propertyType = mode == SchemaMode.OUTPUT ? readType(type, members) : writeType(type, members);
            if (propertyType == null || ignored.contains(jsonName)) {
                continue;
            }
            properties.putIfAbsent(
                    jsonName,
                    new Property(members.javaName, jsonName, propertyType, annotations, description(members)));
        }
        return ordered(properties, classAnnotations);
    }

    private static List<Property> ordered(Map<String, Property> properties, AnnotationSet classAnnotations) {
        Optional<AnnotationMirror> order = classAnnotations.jackson("JsonPropertyOrder");
        if (order.isEmpty()) {
            return new ArrayList<>(properties.values());
        }
        List<Property> result = new ArrayList<>();
        Map<String, Property> rest = new LinkedHashMap<>(properties);
        for (String name : AnnotationSet.strings(order.get(), "value")) {
            Property property = rest.remove(name);
            if (property != null) {
                result.add(property);
            }
        }
        List<Property> remaining = new ArrayList<>(rest.values());
        if (Boolean.TRUE.equals(AnnotationSet.value(order.get(), "alphabetic"))) {
            remaining.sort(java.util.Comparator.comparing(Property::jsonName));
        }
        result.addAll(remaining);
        return result;
    }

    /** The type Jackson writes: the getter's, else a visible field's; {@code null} when not written. */
    private TypeMirror readType(DeclaredType owner, Members members) {
        if (members.getter != null && visible(members.getter)) {
            return generic(owner)
                    ? ((ExecutableType) types.asMemberOf(owner, members.getter)).getReturnType()
                    : members.getter.getReturnType();
        }
        if (members.field != null && visible(members.field)) {
            return generic(owner) ? types.asMemberOf(owner, members.field) : members.field.asType();
        }
        return null;
    }

    /**
     * Whether member types need resolving against {@code owner}'s type arguments. asMemberOf drops
     * type-use annotations ({@code List<@Email String>}), so it is used only where needed.
     */
    private boolean generic(DeclaredType owner) {
        TypeMirror current = owner;
        while (current.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) types.asElement(current);
            if (!element.getTypeParameters().isEmpty()) {
                return true;
            }
            current = element.getSuperclass();
        }
        return false;
    }

    /** The type Jackson reads into: creator parameter, setter, visible non-final field; {@code null} when not read. */
    private TypeMirror writeType(DeclaredType owner, Members members) {
        if (members.creatorParameter != null) {
            return members.creatorParameter.asType();
        }
        if (members.setter != null) {
            return generic(owner)
                    ? ((ExecutableType) types.asMemberOf(owner, members.setter))
                            .getParameterTypes()
                            .get(0)
                    : members.setter.getParameters().get(0).asType();
        }
        if (members.field != null
                && visible(members.field)
                && !members.field.getModifiers().contains(Modifier.FINAL)) {
            return generic(owner) ? types.asMemberOf(owner, members.field) : members.field.asType();
        }
        return null;
    }

    private String description(Members members) {
        for (Element element : new Element[] {members.field, members.getter, members.setter}) {
            if (element != null) {
                String text = JavadocText.of(elements, element).fullText();
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean visible(Element element) {
        return element.getModifiers().contains(Modifier.PUBLIC)
                || AnnotationSet.of(element).jackson("JsonProperty").isPresent();
    }

    static Optional<String> explicitName(AnnotationSet annotations) {
        return annotations
                .jackson("JsonProperty")
                .map(mirror -> AnnotationSet.string(mirror, "value"))
                .filter(name -> !name.isEmpty());
    }

    private static Optional<String> getterName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID
                || name.equals("getClass")
                || !method.getTypeParameters().isEmpty()) {
            return Optional.empty();
        }
        if (name.startsWith("get") && name.length() > 3) {
            return Optional.of(mangle(name.substring(3)));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            return Optional.of(mangle(name.substring(2)));
        }
        return Optional.empty();
    }

    private static Optional<String> setterName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (method.getParameters().size() == 1 && name.startsWith("set") && name.length() > 3) {
            return Optional.of(mangle(name.substring(3)));
        }
        return Optional.empty();
    }

    /** Jackson's default bean naming: the leading upper-case run in lower case ({@code URL} → {@code url}). */
    private static String mangle(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        return name.substring(0, upper).toLowerCase(java.util.Locale.ROOT) + name.substring(upper);
    }

    private static Optional<ExecutableElement> creator(TypeElement element) {
        for (Element member : element.getEnclosedElements()) {
            if ((member.getKind() == ElementKind.CONSTRUCTOR || member.getKind() == ElementKind.METHOD)
                    && AnnotationSet.of(member).jackson("JsonCreator").isPresent()) {
                return Optional.of((ExecutableElement) member);
            }
        }
        return Optional.empty();
    }

    /** The class and its superclasses, topmost first, without {@code Object}. */
    private List<TypeElement> hierarchy(TypeElement element) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        TypeElement current = element;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            chain.push(current);
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
        }
        return new ArrayList<>(chain);
    }
}
