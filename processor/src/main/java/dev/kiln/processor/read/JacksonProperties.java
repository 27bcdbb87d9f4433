package dev.kiln.processor.read;

import dev.kiln.processor.model.Include;
import dev.kiln.processor.model.JacksonUse;
import dev.kiln.processor.model.Member;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
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

/**
 * The properties of a class as Jackson 2 sees them under Kiln's configuration, with the Jackson
 * annotations Kiln honours applied: which members are read and written, under which names, and how
 * they are included. This is the one reading of Jackson's naming rules for binding, writing and the
 * OpenAPI document.
 *
 * <ul>
 *   <li>Accessors: fields (any visibility, for the order), getters ({@code getX}, {@code isX} for
 *       {@code boolean}/{@code Boolean}) and setters ({@code setX}) named by Jackson's default rule (the
 *       leading upper-case run in lower case: {@code getURL} → {@code url}, {@code setup} → {@code up}),
 *       record components and {@code @JsonCreator} parameters.</li>
 *   <li>Reading: a record's components; a bean's public setters and public non-final fields (what the
 *       generated binder can reach); any other class's creator parameters, setters and visible non-final
 *       fields (Jackson reads those). Writing: record accessors, public getters and fields, and any
 *       accessor {@code @JsonProperty} makes visible.</li>
 *   <li>Names: {@code @JsonProperty}/{@code @JsonGetter}/{@code @JsonSetter}, else the class's
 *       {@code @JsonNaming} applied to the implicit name; {@code @JsonAlias} adds names to read.</li>
 *   <li>Leaving out: {@code @JsonIgnore} (only the ignored accessors when another is explicitly
 *       annotated), {@code @JsonProperty(access = READ_ONLY | WRITE_ONLY)},
 *       {@code @JsonIgnoreProperties} (with {@code allowGetters}/{@code allowSetters}),
 *       {@code @JsonIncludeProperties}, {@code @JsonIgnoreType} on the property's type.</li>
 *   <li>Order: creator parameters first, then fields in declaration order (superclass first), then
 *       the other accessors; {@code @JsonPropertyOrder} before that, with {@code alphabetic}.</li>
 * </ul>
 */
final class JacksonProperties {
    /** What reads a class: Kiln's generated binder, or Jackson. */
    enum Kind {
        RECORD,
        BEAN,
        POJO
    }

    /** Member annotations whose meaning Kiln reads into the model. */
    static final Set<String> HONOURED_ON_MEMBERS = Set.of(
            "JsonProperty",
            "JsonGetter",
            "JsonSetter",
            "JsonAlias",
            "JsonIgnore",
            "JsonInclude",
            "JsonFormat",
            "JsonPropertyDescription");

    /** Class annotations whose meaning Kiln reads into the model. */
    static final Set<String> HONOURED_ON_CLASSES = Set.of(
            "JsonNaming",
            "JsonIgnoreProperties",
            "JsonIncludeProperties",
            "JsonPropertyOrder",
            "JsonInclude",
            "JsonClassDescription",
            "JsonIgnoreType",
            "JsonCreator");

    /** Class annotations that change nothing under Kiln's Jackson configuration. */
    private static final Set<String> NO_EFFECT_ON_CLASSES = Set.of("JsonRootName");

    private final Types types;
    private final Mirrors mirrors;

    JacksonProperties(Types types, Mirrors mirrors) {
        this.types = types;
        this.mirrors = mirrors;
    }

    /** What the class's own annotations say about all its properties. */
    static final class ClassView {
        JacksonNaming naming;
        final List<String> ignored = new ArrayList<>();
        boolean allowGetters;
        boolean allowSetters;
        List<String> includedOnly;
        final List<String> order = new ArrayList<>();
        boolean alphabetic;
        Include include = Include.ALWAYS;
        String description;
        boolean ignoreUnknown;
        ExecutableElement creator;
        /** Elements whose Jackson annotations are accounted for without being a property's accessor. */
        final List<Element> handled = new ArrayList<>();

        final List<JacksonUse> uses = new ArrayList<>();
    }

    /** One logical property: its accessors, then what Jackson makes of them. */
    static final class Property {
        final String javaName;
        RecordComponentElement component;
        VariableElement field;
        ExecutableElement getter;
        ExecutableElement setter;
        VariableElement creatorParameter;

        String name;
        /** A record component's type, whether it is read or not: the canonical constructor takes it. */
        TypeMirror componentType;

        Element inputElement;
        TypeMirror inputType;
        Member.Store store;
        String accessor;
        String inputName;
        List<String> aliases = List.of();
        boolean required;
        Element outputElement;
        TypeMirror outputType;
        String outputName;
        Include include;
        /**
         * An accessor names it explicitly ({@code @JsonProperty("x")}, even its own name) and it is not a
         * creator's: Jackson re-inserts such a property after the others when it applies explicit names, so
         * it is written last, unless {@code @JsonPropertyOrder} places it (by its list, or alphabetically).
         */
        boolean writtenLast;

        AnnotationMirror format;
        String description;
        final List<JacksonUse> uses = new ArrayList<>();

        Property(String javaName) {
            this.javaName = javaName;
        }

        /**
         * Where annotations on the property are written. A record component's are found on its field
         * first: javac copies them there and to the accessor, and only the field has a source position.
         */
        List<Element> carriers() {
            List<Element> carriers = new ArrayList<>();
            Stream.of(
                            component,
                            field,
                            component == null ? null : component.getAccessor(),
                            creatorParameter,
                            getter,
                            setter,
                            setter == null ? null : setter.getParameters().get(0))
                    .filter(Objects::nonNull)
                    .forEach(carriers::add);
            return carriers;
        }

        /** The element diagnostics point at. */
        Element element() {
            if (component != null) {
                return component;
            }
            return Stream.of(setter, field, getter, creatorParameter)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
        }

        boolean exists() {
            return inputElement != null || outputElement != null;
        }

        /** Read from requests through {@code element}: a constructor parameter, a setter or a field. */
        void readThrough(Element element, Member.Store how) {
            inputElement = element;
            store = how;
            accessor = how == Member.Store.CONSTRUCTOR
                    ? null
                    : element.getSimpleName().toString();
        }
    }

    /** The class-level view of {@code element}. */
    ClassView classView(TypeElement element, Kind kind) {
        ClassView view = new ClassView();
        JacksonAnnotations annotations = JacksonAnnotations.of(element);
        AnnotationMirror naming = annotations.mirror("JsonNaming");
        if (naming != null) {
            String strategy = Mirrors.qualifiedName(
                    (TypeMirror) mirrors.value(naming, "value").getValue());
            view.naming = JacksonNaming.ofClassName(strategy);
            if (view.naming == null) {
                view.uses.add(new JacksonUse(element, naming, JacksonUse.Kind.CUSTOM_NAMING, strategy));
            }
        }
        AnnotationMirror ignore = annotations.mirror("JsonIgnoreProperties");
        if (ignore != null) {
            view.ignored.addAll(mirrors.strings(ignore, "value"));
            view.allowGetters = mirrors.bool(ignore, "allowGetters");
            view.allowSetters = mirrors.bool(ignore, "allowSetters");
            view.ignoreUnknown = mirrors.bool(ignore, "ignoreUnknown");
        }
        AnnotationMirror includeOnly = annotations.mirror("JsonIncludeProperties");
        if (includeOnly != null) {
            view.includedOnly = mirrors.strings(includeOnly, "value");
        }
        AnnotationMirror order = annotations.mirror("JsonPropertyOrder");
        if (order != null) {
            view.order.addAll(mirrors.strings(order, "value"));
            view.alphabetic = mirrors.bool(order, "alphabetic");
        }
        view.include = include(annotations, Include.ALWAYS, view.uses);
        AnnotationMirror description = annotations.mirror("JsonClassDescription");
        if (description != null) {
            view.description = emptyToNull(mirrors.string(description, "value"));
        }
        view.creator = creator(element);
        if (kind == Kind.RECORD && view.creator != null && !isCanonical(element, view.creator)) {
            view.uses.add(new JacksonUse(
                    view.creator,
                    Mirrors.find(view.creator, JacksonAnnotations.ANNOTATION + "JsonCreator"),
                    JacksonUse.Kind.RECORD_CREATOR,
                    element.getSimpleName().toString()));
        }
        if (view.creator != null) {
            view.handled.add(view.creator);
        }
        if (kind == Kind.RECORD) {
            view.creator = null;
        }
        annotations
                .except(HONOURED_ON_CLASSES, JacksonUse.Kind.UNSUPPORTED, "")
                .forEach(use -> view.uses.add(
                        NO_EFFECT_ON_CLASSES.contains(simpleName(use.annotation()))
                                ? new JacksonUse(use.element(), use.annotation(), JacksonUse.Kind.NO_EFFECT, "")
                                : use));
        return view;
    }

    /** The properties of {@code type} (an instance of {@code element}), read by {@code kind}, in Jackson's order. */
    List<Property> collect(DeclaredType type, TypeElement element, Kind kind, ClassView view) {
        Map<String, Property> byName = new LinkedHashMap<>();
        List<TypeElement> hierarchy = hierarchy(element);
        List<String> components = new ArrayList<>();
        if (kind == Kind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                byName.computeIfAbsent(component.getSimpleName().toString(), Property::new).component = component;
                components.add(component.getSimpleName().toString());
            }
        }
        for (TypeElement owner : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)
                        && !field.getModifiers().contains(Modifier.TRANSIENT)) {
                    byName.computeIfAbsent(field.getSimpleName().toString(), Property::new).field = field;
                }
            }
        }
        for (TypeElement owner : hierarchy) {
            for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
                if (method.getModifiers().contains(Modifier.STATIC)
                        || kind == Kind.RECORD
                                && method.getParameters().isEmpty()
                                && components.contains(method.getSimpleName().toString())) {
                    continue;
                }
                String getter = getterName(method);
                if (getter != null) {
                    byName.computeIfAbsent(getter, Property::new).getter = method;
                }
                String setter = setterName(method);
                if (setter != null && kind != Kind.RECORD) {
                    byName.computeIfAbsent(setter, Property::new).setter = method;
                }
            }
        }
        List<Property> creatorOrder = new ArrayList<>();
        if (view.creator != null) {
            for (VariableElement parameter : view.creator.getParameters()) {
                Property property = creatorProperty(byName, parameter);
                property.creatorParameter = parameter;
                creatorOrder.add(property);
            }
        }
        List<Property> properties = new ArrayList<>();
        for (Property property : byName.values()) {
            resolve(type, element, kind, view, property);
            if (property.exists() || property.component != null) {
                properties.add(property);
            }
        }
        strays(hierarchy, byName.values(), view);
        return ordered(properties, creatorOrder, view);
    }

    /**
     * The property a creator parameter belongs to: the one of its name, or one whose accessor is given
     * that name explicitly (Jackson merges properties by their names after renaming).
     */
    private Property creatorProperty(Map<String, Property> byName, VariableElement parameter) {
        String explicit = explicitName(parameter);
        String name = explicit != null ? explicit : parameter.getSimpleName().toString();
        Property property = byName.get(name);
        if (property != null) {
            return property;
        }
        for (Property candidate : byName.values()) {
            if (Stream.of(candidate.field, candidate.getter, candidate.setter)
                    .anyMatch(e -> e != null && name.equals(explicitName(e)))) {
                return candidate;
            }
        }
        return byName.computeIfAbsent(name, Property::new);
    }

    /**
     * Jackson annotations on fields, methods and constructors that are no property's accessor
     * ({@code @JsonAnySetter} on a two-parameter method, {@code @JsonValue} on a method of a class, ...):
     * Kiln honours none of them.
     */
    private void strays(List<TypeElement> hierarchy, java.util.Collection<Property> properties, ClassView view) {
        java.util.Set<Element> carriers = new java.util.HashSet<>();
        properties.forEach(p -> carriers.addAll(p.carriers()));
        if (view.creator != null) {
            carriers.add(view.creator);
            carriers.addAll(view.creator.getParameters());
        }
        carriers.addAll(view.handled);
        view.uses.forEach(use -> carriers.add(use.element()));
        for (TypeElement owner : hierarchy) {
            for (Element member : owner.getEnclosedElements()) {
                if ((member.getKind() == ElementKind.FIELD
                                || member.getKind() == ElementKind.METHOD
                                || member.getKind() == ElementKind.CONSTRUCTOR)
                        && !carriers.contains(member)) {
                    view.uses.addAll(JacksonAnnotations.of(member)
                            .except(
                                    Set.of(),
                                    JacksonUse.Kind.UNSUPPORTED,
                                    member.getSimpleName().toString()));
                }
            }
        }
    }

    /** Decides the two sides of {@code property}: accessors, names, ignoral, types. */
    private void resolve(DeclaredType type, TypeElement owner, Kind kind, ClassView view, Property p) {
        // @JsonIgnore: the whole property, or only the ignored accessors when another is explicitly annotated
        if (p.component != null) {
            p.componentType = memberType(type, p.component, true);
        }
        List<Element> accessors = Stream.<Element>of(p.component, p.creatorParameter, p.field, p.getter, p.setter)
                .filter(Objects::nonNull)
                .toList();
        String common = accessors.stream()
                .map(this::explicitName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String implicit = view.naming == null ? p.javaName : view.naming.translate(p.javaName);
        p.name = common != null ? common : implicit;
        p.writtenLast = common != null && p.component == null && p.creatorParameter == null;
        boolean anyIgnored = accessors.stream().anyMatch(this::ignored);
        boolean anyExplicit = accessors.stream().anyMatch(e -> explicit(e) && !ignored(e));
        if (anyIgnored && !anyExplicit) {
            return;
        }
        VariableElement field = p.field != null && !ignored(p.field) ? p.field : null;
        ExecutableElement getter = p.getter != null && !ignored(p.getter) ? p.getter : null;
        ExecutableElement setter = p.setter != null && !ignored(p.setter) ? p.setter : null;
        VariableElement creatorParameter =
                p.creatorParameter != null && !ignored(p.creatorParameter) ? p.creatorParameter : null;

        JacksonAnnotations annotations = JacksonAnnotations.of(p.carriers().toArray(Element[]::new));
        AnnotationMirror property = annotations.mirror("JsonProperty");
        String access = property == null ? "AUTO" : JacksonAnnotations.constant(mirrors, property, "access");
        boolean readOnly = access.equals("READ_ONLY");
        // the input side
        boolean mutableField = field != null && !field.getModifiers().contains(Modifier.FINAL);
        if (kind == Kind.RECORD) {
            if (p.component != null) {
                p.readThrough(p.component, Member.Store.CONSTRUCTOR);
            }
        } else if (kind == Kind.BEAN) {
            if (setter != null && isPublic(setter)) {
                p.readThrough(setter, Member.Store.SETTER);
            } else if (mutableField && isPublic(field)) {
                p.readThrough(field, Member.Store.FIELD);
            } else if (!readOnly) {
                // Jackson would read these by reflection; the generated binder cannot reach them
                Stream.of(setter, field)
                        .filter(e -> e != null && explicit(e))
                        .findFirst()
                        .ifPresent(e -> p.uses.add(new JacksonUse(
                                e,
                                explicitMirror(e),
                                JacksonUse.Kind.UNREACHABLE,
                                owner.getSimpleName().toString())));
            }
        } else if (creatorParameter != null) {
            p.readThrough(creatorParameter, Member.Store.CONSTRUCTOR);
        } else if (setter != null) {
            p.readThrough(setter, Member.Store.SETTER);
        } else if (mutableField && visible(field)) {
            p.readThrough(field, Member.Store.FIELD);
        }
        // the output side
        if (p.component != null) {
            p.outputElement = p.component.getAccessor();
        } else if (getter != null && visible(getter)) {
            p.outputElement = getter;
        } else if (field != null && visible(field)) {
            p.outputElement = field;
        }

        if (readOnly) {
            p.inputElement = null;
        } else if (access.equals("WRITE_ONLY")) {
            p.outputElement = null;
        }

        // names
        p.inputName = p.inputElement == null ? null : firstNonNull(explicitName(p.inputElement), p.name);
        p.outputName = p.outputElement == null ? null : firstNonNull(explicitName(p.outputElement), p.name);
        if (view.ignored.contains(p.name) || view.ignored.contains(p.javaName)) {
            if (!view.allowSetters) {
                p.inputElement = null;
            }
            if (!view.allowGetters) {
                p.outputElement = null;
            }
        }
        if (view.includedOnly != null
                && !view.includedOnly.contains(p.name)
                && !view.includedOnly.contains(p.javaName)) {
            p.inputElement = null;
            p.outputElement = null;
        }

        // types
        if (p.inputElement != null) {
            p.inputType = memberType(type, p.inputElement, true);
        }
        if (p.outputElement != null) {
            p.outputType = memberType(type, p.outputElement, false);
        }
        if (ignoredType(p.inputType) || ignoredType(p.outputType)) {
            p.inputElement = null;
            p.outputElement = null;
        }
        if (p.inputElement == null) {
            p.inputType = null;
            p.inputName = null;
        }
        if (p.outputElement == null) {
            p.outputType = null;
            p.outputName = null;
        }

        // the rest of what the annotations say
        AnnotationMirror alias = annotations.mirror("JsonAlias");
        if (alias != null && p.inputElement != null) {
            p.aliases = mirrors.strings(alias, "value");
        }
        p.required = property != null && mirrors.bool(property, "required");
        if (property != null && !mirrors.string(property, "defaultValue").isEmpty()) {
            JacksonAnnotations.Found found = annotations.get("JsonProperty");
            p.uses.add(new JacksonUse(found.element(), found.mirror(), JacksonUse.Kind.DEFAULT_VALUE, p.javaName));
        }
        AnnotationMirror setterAnnotation = annotations.mirror("JsonSetter");
        if (setterAnnotation != null
                && (!JacksonAnnotations.constant(mirrors, setterAnnotation, "nulls")
                                .equals("DEFAULT")
                        || !JacksonAnnotations.constant(mirrors, setterAnnotation, "contentNulls")
                                .equals("DEFAULT"))) {
            JacksonAnnotations.Found found = annotations.get("JsonSetter");
            p.uses.add(new JacksonUse(found.element(), found.mirror(), JacksonUse.Kind.UNSUPPORTED, p.javaName));
        }
        JacksonAnnotations.Found indexed = annotations.get("JsonProperty");
        if (indexed != null && Mirrors.isExplicit(indexed.mirror(), "index")) {
            // Jackson writes indexed properties in index order; Kiln's order (the document, the writer) does not
            p.uses.add(new JacksonUse(
                    indexed.element(), indexed.mirror(), JacksonUse.Kind.UNSUPPORTED, p.javaName + " (its index)"));
        }
        p.include = include(annotations, view.include, p.uses);
        p.format = annotations.mirror("JsonFormat");
        AnnotationMirror description = annotations.mirror("JsonPropertyDescription");
        if (description != null) {
            p.description = emptyToNull(mirrors.string(description, "value"));
        }
        p.uses.addAll(annotations.except(HONOURED_ON_MEMBERS, JacksonUse.Kind.UNSUPPORTED, p.javaName));
    }

    /** {@code @JsonInclude} of {@code annotations}, else {@code inherited}; a content or filter rule is reported. */
    private Include include(JacksonAnnotations annotations, Include inherited, List<JacksonUse> uses) {
        JacksonAnnotations.Found found = annotations.get("JsonInclude");
        if (found == null) {
            return inherited;
        }
        AnnotationMirror mirror = found.mirror();
        String content = JacksonAnnotations.constant(mirrors, mirror, "content");
        if (!content.equals("ALWAYS") && !content.equals("USE_DEFAULTS")
                || Mirrors.isExplicit(mirror, "valueFilter")
                || Mirrors.isExplicit(mirror, "contentFilter")) {
            uses.add(new JacksonUse(found.element(), mirror, JacksonUse.Kind.UNSUPPORTED, ""));
        }
        String value = JacksonAnnotations.constant(mirrors, mirror, "value");
        return value.equals("USE_DEFAULTS") ? inherited : Include.valueOf(value);
    }

    private static List<Property> ordered(List<Property> properties, List<Property> creatorOrder, ClassView view) {
        List<Property> result = new ArrayList<>();
        List<Property> rest = new ArrayList<>(properties);
        for (String name : view.order) {
            rest.stream()
                    .filter(p -> name.equals(p.name))
                    .findFirst()
                    .or(() -> rest.stream().filter(p -> name.equals(p.javaName)).findFirst())
                    .ifPresent(p -> {
                        // placed by @JsonPropertyOrder, wherever its explicit name put it before
                        p.writtenLast = false;
                        result.add(p);
                        rest.remove(p);
                    });
        }
        if (view.alphabetic) {
            // Jackson sorts every property by name, explicitly named ones too
            rest.forEach(p -> p.writtenLast = false);
            rest.sort(Comparator.comparing(p -> p.name));
        } else {
            List<Property> creators =
                    creatorOrder.stream().filter(rest::contains).toList();
            rest.removeAll(creators);
            result.addAll(creators);
        }
        result.addAll(rest);
        return result;
    }

    /** The type a member is read into or written from, type variables of {@code owner} resolved. */
    private TypeMirror memberType(DeclaredType owner, Element member, boolean input) {
        // asMemberOf drops type-use annotations (List<@Email String>): only a generic type needs it
        boolean generic = generic(owner);
        if (member instanceof RecordComponentElement component) {
            return generic
                    ? ((ExecutableType) types.asMemberOf(owner, component.getAccessor())).getReturnType()
                    : component.asType();
        }
        if (member instanceof ExecutableElement method) {
            if (!generic) {
                return input ? method.getParameters().get(0).asType() : method.getReturnType();
            }
            ExecutableType resolved = (ExecutableType) types.asMemberOf(owner, method);
            return input ? resolved.getParameterTypes().get(0) : resolved.getReturnType();
        }
        if (member.getKind() == ElementKind.PARAMETER) {
            return member.asType();
        }
        return generic ? types.asMemberOf(owner, member) : member.asType();
    }

    /** Whether member types need resolving against {@code owner}'s type arguments. */
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

    /** Whether the type's class is {@code @JsonIgnoreType}: Jackson leaves properties of that type out. */
    private boolean ignoredType(TypeMirror type) {
        return type != null
                && type.getKind() == TypeKind.DECLARED
                && JacksonAnnotations.of(types.asElement(type)).has("JsonIgnoreType");
    }

    /** {@code @JsonIgnore} (with its default {@code true}) on {@code element}. */
    private boolean ignored(Element element) {
        AnnotationMirror mirror = Mirrors.find(element, JacksonAnnotations.ANNOTATION + "JsonIgnore");
        return mirror != null && (!Mirrors.isExplicit(mirror, "value") || mirrors.bool(mirror, "value"));
    }

    /** Whether {@code element} carries {@code @JsonProperty}, {@code @JsonGetter} or {@code @JsonSetter}. */
    private static boolean explicit(Element element) {
        return explicitMirror(element) != null;
    }

    private static AnnotationMirror explicitMirror(Element element) {
        for (String name : List.of("JsonProperty", "JsonGetter", "JsonSetter")) {
            AnnotationMirror mirror = Mirrors.find(element, JacksonAnnotations.ANNOTATION + name);
            if (mirror != null) {
                return mirror;
            }
        }
        return null;
    }

    /** The name {@code element} is given explicitly, or {@code null}. */
    private String explicitName(Element element) {
        AnnotationMirror mirror = explicitMirror(element);
        if (mirror == null && element instanceof RecordComponentElement component) {
            mirror = explicitMirror(component.getAccessor());
        }
        return mirror == null ? null : emptyToNull(mirrors.string(mirror, "value"));
    }

    /** Whether Jackson sees {@code element} without annotations (public), or because of one. */
    private static boolean visible(Element element) {
        return isPublic(element) || explicit(element);
    }

    private static boolean isPublic(Element element) {
        return element.getModifiers().contains(Modifier.PUBLIC);
    }

    /** The {@code @JsonCreator} constructor or static factory of {@code element}, or {@code null}. */
    static ExecutableElement creator(TypeElement element) {
        for (Element member : element.getEnclosedElements()) {
            if ((member.getKind() == ElementKind.CONSTRUCTOR || member.getKind() == ElementKind.METHOD)
                    && Mirrors.find(member, JacksonAnnotations.ANNOTATION + "JsonCreator") != null) {
                return (ExecutableElement) member;
            }
        }
        return null;
    }

    private boolean isCanonical(TypeElement record, ExecutableElement creator) {
        if (creator.getKind() != ElementKind.CONSTRUCTOR) {
            return false;
        }
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        if (components.size() != creator.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!types.isSameType(
                    types.erasure(components.get(i).asType()),
                    types.erasure(creator.getParameters().get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    /** A getter's property name: {@code getX} (not {@code getClass}), or {@code isX} of a boolean. */
    private static String getterName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID
                || name.equals("getClass")
                || !method.getTypeParameters().isEmpty()) {
            return null;
        }
        if (name.startsWith("get") && name.length() > 3) {
            return beanName(name.substring(3));
        }
        if (name.startsWith("is")
                && name.length() > 2
                && (method.getReturnType().getKind() == TypeKind.BOOLEAN
                        || Mirrors.qualifiedName(method.getReturnType()).equals("java.lang.Boolean"))) {
            return beanName(name.substring(2));
        }
        return null;
    }

    /** A setter's property name: any one-parameter {@code setX}. */
    private static String setterName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return method.getParameters().size() == 1 && name.startsWith("set") && name.length() > 3
                ? beanName(name.substring(3))
                : null;
    }

    /**
     * Jackson's default name of an accessor's base name: the leading upper-case run in lower case
     * ({@code URLValue} → {@code urlvalue}, {@code Name} → {@code name}, {@code up} → {@code up}).
     */
    static String beanName(String base) {
        int upper = 0;
        while (upper < base.length() && Character.isUpperCase(base.charAt(upper))) {
            upper++;
        }
        return base.substring(0, upper).toLowerCase(Locale.ROOT) + base.substring(upper);
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

    private static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
