package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * What Kiln knows about a Java type it binds, writes or documents, read once in {@code read}: enough
 * to generate a binder without loading the class, and everything the OpenAPI document says about it
 * (Jackson's names, inclusion and formats included). Every shape keeps its {@link TypeMirror}.
 *
 * <p>Kiln binds {@link Simple}, {@link EnumShape}, {@link ListShape}, {@link OptionalShape},
 * {@link MapShape}, {@link RecordShape}, {@link BeanShape}, {@link JsonNodeShape} and {@link Recursive}
 * itself; an {@link Opaque} is read by Jackson, and its {@link Opaque#view() view} says what Jackson
 * reads and writes, for the document.
 */
public sealed interface TypeShape {
    /** The Java type as declared. */
    TypeMirror type();

    /**
     * A simple type (primitive, box, {@code String}, {@code UUID}, number or date-time class).
     *
     * @param pattern the {@code @JsonFormat(pattern)} of a date or date-time member, or {@code null} for ISO 8601
     */
    record Simple(SimpleKind kind, TypeMirror type, String pattern) implements TypeShape {
        public Simple(SimpleKind kind, TypeMirror type) {
            this(kind, type, null);
        }
    }

    /**
     * A JDK or Jackson type whose JSON form is known ({@code LocalTime}, {@code Duration}, {@code URI},
     * {@code byte[]}, {@code OptionalInt}, {@code ObjectNode}, ...): only ever the view of an {@link Opaque}.
     *
     * @param pattern the {@code @JsonFormat(pattern)} of a time member, or {@code null}
     */
    record WellKnown(WellKnownKind kind, TypeMirror type, String pattern) implements TypeShape {}

    /**
     * An enum, bound and written by the wire value of each constant: its name, its
     * {@code @JsonProperty} value, or what its {@code @JsonValue} member returns.
     *
     * @param constants       the constants in declaration order
     * @param valueAccessor   the {@code @JsonValue} method or field, or {@code null}
     * @param valueAnnotation that {@code @JsonValue}, or {@code null}
     * @param valueShape      the shape of what {@code valueAccessor} returns, or {@code null} without one
     * @param description     the enum's Javadoc, or {@code null}
     * @param jackson         Jackson annotations on the enum and its constants that Kiln does not honour
     */
    record EnumShape(
            TypeElement element,
            List<EnumConstant> constants,
            Element valueAccessor,
            javax.lang.model.element.AnnotationMirror valueAnnotation,
            TypeShape valueShape,
            TypeMirror type,
            String description,
            List<JacksonUse> jackson)
            implements TypeShape {
        public EnumShape {
            constants = List.copyOf(constants);
            jackson = List.copyOf(jackson);
        }

        /** The constant names, in declaration order. */
        public List<String> names() {
            return constants.stream().map(EnumConstant::name).toList();
        }

        /** Whether every constant's wire value is known at compile time. */
        public boolean valuesKnown() {
            return constants.stream().allMatch(c -> c.wireValue() != null);
        }

        /** The wire values in declaration order; only when {@link #valuesKnown()}. */
        public List<String> wireValues() {
            return constants.stream().map(EnumConstant::wireValue).toList();
        }

        /** Whether some constant is written differently from its name. */
        public boolean renamed() {
            return constants.stream().anyMatch(c -> !c.name().equals(c.wireValue()));
        }

        /** The constant whose wire value is {@code wire}, or {@code null}. */
        public String constantOf(String wire) {
            for (EnumConstant constant : constants) {
                if (wire.equals(constant.wireValue())) {
                    return constant.name();
                }
            }
            return null;
        }
    }

    /**
     * One enum constant.
     *
     * @param name      the Java name
     * @param wireValue how it is written and read, or {@code null} when only running code could tell
     * @param element   the constant
     */
    record EnumConstant(String name, String wireValue, VariableElement element) {}

    /**
     * {@code List<T>} or, when {@code set}, {@code Set<T>}; as the view of an {@link Opaque}, also an
     * array or another collection. {@code elementConstraints} are those written on the type argument
     * ({@code List<@Size(max = 5) String>}).
     */
    record ListShape(TypeShape element, boolean set, TypeMirror type, List<Constraint> elementConstraints)
            implements TypeShape {
        public ListShape {
            elementConstraints = List.copyOf(elementConstraints);
        }

        public ListShape(TypeShape element, boolean set, TypeMirror type) {
            this(element, set, type, List.of());
        }
    }

    /** {@code Optional<T>}; {@code valueConstraints} are those written on the type argument. */
    record OptionalShape(TypeShape value, TypeMirror type, List<Constraint> valueConstraints) implements TypeShape {
        public OptionalShape {
            valueConstraints = List.copyOf(valueConstraints);
        }

        public OptionalShape(TypeShape value, TypeMirror type) {
            this(value, type, List.of());
        }
    }

    /**
     * {@code Map<String, V>}: a JSON object with arbitrary keys; {@code key} is the key's shape (a string),
     * {@code keyConstraints} and {@code valueConstraints} those written on {@code K} and {@code V}.
     */
    record MapShape(
            TypeShape key,
            TypeShape value,
            TypeMirror type,
            List<Constraint> keyConstraints,
            List<Constraint> valueConstraints)
            implements TypeShape {
        public MapShape {
            keyConstraints = List.copyOf(keyConstraints);
            valueConstraints = List.copyOf(valueConstraints);
        }
    }

    /**
     * A record, bean or other class: its properties as Jackson reads and writes them, in Jackson's order
     * (with {@code @JsonPropertyOrder}), those only read or only written included.
     */
    sealed interface ObjectShape extends TypeShape permits RecordShape, BeanShape, PojoShape {
        TypeElement element();

        @Override
        List<Member> properties();

        /** The class's documentation ({@code @JsonClassDescription}, else Javadoc), or {@code null}. */
        String description();

        @Override
        List<JacksonUse> jackson();
    }

    /**
     * A record, bound through its canonical constructor.
     *
     * @param properties    the components, then getters Jackson also writes
     * @param jackson       Jackson annotations on the record that Kiln does not honour
     * @param ignoreUnknown {@code @JsonIgnoreProperties(ignoreUnknown = true)}: unknown members are never errors
     */
    record RecordShape(
            TypeElement element,
            List<Member> properties,
            TypeMirror type,
            String description,
            List<JacksonUse> jackson,
            boolean ignoreUnknown)
            implements ObjectShape {
        public RecordShape {
            properties = List.copyOf(properties);
            jackson = List.copyOf(jackson);
        }

        /** One member per record component, in declaration order: the constructor's arguments. */
        public List<Member> components() {
            return element.getRecordComponents().stream()
                    .map(this::componentMember)
                    .toList();
        }

        private Member componentMember(RecordComponentElement component) {
            for (Member member : properties) {
                if (member.element().equals(component)) {
                    return member;
                }
            }
            throw new IllegalStateException("no member for the component " + component);
        }
    }

    /**
     * A bean: a public no-arg constructor, public setters and fields, bound by Kiln.
     *
     * @param ignoreUnknown {@code @JsonIgnoreProperties(ignoreUnknown = true)}: unknown members are never errors
     */
    record BeanShape(
            TypeElement element,
            List<Member> properties,
            TypeMirror type,
            String description,
            List<JacksonUse> jackson,
            boolean ignoreUnknown)
            implements ObjectShape {
        public BeanShape {
            properties = List.copyOf(properties);
            jackson = List.copyOf(jackson);
        }
    }

    /**
     * Any other class with properties, as Jackson reads ({@code @JsonCreator} parameters, setters,
     * fields) and writes (getters, fields) it: only ever the view of an {@link Opaque}.
     */
    record PojoShape(
            TypeElement element, List<Member> properties, TypeMirror type, String description, List<JacksonUse> jackson)
            implements ObjectShape {
        public PojoShape {
            properties = List.copyOf(properties);
            jackson = List.copyOf(jackson);
        }
    }

    /** Jackson's {@code JsonNode}: any JSON value, as a tree. */
    record JsonNodeShape(TypeMirror type) implements TypeShape {}

    /** A record or bean that is already being described further up: a recursive type. */
    record Recursive(TypeElement element, TypeMirror type) implements TypeShape {}

    /**
     * Anything else: Kiln leaves reading it to Jackson.
     *
     * @param view what Jackson reads and writes, for the document ({@link PojoShape}, {@link WellKnown}, an
     *             array as a {@link ListShape}, ...); {@code null} for any JSON value
     */
    record Opaque(TypeMirror type, TypeShape view) implements TypeShape {
        public Opaque(TypeMirror type) {
            this(type, null);
        }
    }

    /** The record or bean class Kiln binds, or {@code null} for any other shape. */
    default TypeElement objectType() {
        if (this instanceof RecordShape record) {
            return record.element();
        }
        return this instanceof BeanShape bean ? bean.element() : null;
    }

    /** The members Kiln binds of a record or bean shape; empty for any other shape. */
    default List<Member> members() {
        if (this instanceof RecordShape record) {
            return record.components().stream().filter(Member::isRead).toList();
        }
        return this instanceof BeanShape bean
                ? bean.properties().stream().filter(Member::isRead).toList()
                : List.of();
    }

    /**
     * The properties of an object shape ({@link ObjectShape#properties()}), whether Kiln or Jackson reads
     * it; empty for other shapes.
     */
    default List<Member> properties() {
        return List.of();
    }

    /** Jackson annotations on this type (not on its members) that Kiln does not honour; none by default. */
    default List<JacksonUse> jackson() {
        return List.of();
    }

    /** The shapes Kiln binds directly inside this one: member shapes, or a collection's element or value. */
    default List<TypeShape> parts() {
        if (this instanceof ListShape list) {
            return List.of(list.element());
        }
        if (this instanceof OptionalShape optional) {
            return List.of(optional.value());
        }
        if (this instanceof MapShape map) {
            return List.of(map.value());
        }
        return members().stream().map(Member::shape).toList();
    }

    /**
     * The constraints written on the type arguments of this shape, with the shape each applies to:
     * a list's element, a map's key and value, an optional's value. Empty for other shapes.
     */
    default List<Constrained> partConstraints() {
        if (this instanceof ListShape list) {
            return List.of(new Constrained(list.element(), list.elementConstraints()));
        }
        if (this instanceof OptionalShape optional) {
            return List.of(new Constrained(optional.value(), optional.valueConstraints()));
        }
        if (this instanceof MapShape map) {
            return List.of(
                    new Constrained(map.key(), map.keyConstraints()),
                    new Constrained(map.value(), map.valueConstraints()));
        }
        return List.of();
    }

    /** A shape and the constraints on one use of it. */
    record Constrained(TypeShape shape, List<Constraint> constraints) {
        public Constrained {
            constraints = List.copyOf(constraints);
        }
    }

    /**
     * Whether a value of this shape can come from one string (path, query, header, cookie): a simple type
     * or an enum (one Kiln binds, or one Jackson reads from its {@code @JsonValue}).
     */
    default boolean isSimple() {
        return this instanceof Simple
                || this instanceof EnumShape
                || this instanceof Opaque opaque && opaque.view() instanceof EnumShape;
    }
}
