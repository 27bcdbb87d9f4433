package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What Kiln knows about a Java type it binds or writes: enough to generate a binder without loading
 * the class, and for the OpenAPI schema. Every shape keeps its {@link TypeMirror}.
 */
public sealed interface TypeShape {
    /** The Java type as declared. */
    TypeMirror type();

    /** A simple type (primitive, box, {@code String}, {@code UUID}, number or date-time class). */
    record Simple(SimpleKind kind, TypeMirror type) implements TypeShape {}

    /** An enum, bound by constant name. */
    record EnumShape(TypeElement element, List<String> constants, TypeMirror type) implements TypeShape {
        public EnumShape {
            constants = List.copyOf(constants);
        }
    }

    /**
     * {@code List<T>} or, when {@code set}, {@code Set<T>}; {@code elementConstraints} are those written on
     * the type argument ({@code List<@Size(max = 5) String>}).
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

    /** {@code Map<String, V>}: a JSON object with arbitrary keys; {@code valueConstraints} are those on {@code V}. */
    record MapShape(TypeShape value, TypeMirror type, List<Constraint> valueConstraints) implements TypeShape {
        public MapShape {
            valueConstraints = List.copyOf(valueConstraints);
        }

        public MapShape(TypeShape value, TypeMirror type) {
            this(value, type, List.of());
        }
    }

    /** A record, bound through its canonical constructor; components in declaration order. */
    record RecordShape(TypeElement element, List<Member> components, TypeMirror type) implements TypeShape {
        public RecordShape {
            components = List.copyOf(components);
        }
    }

    /** A bean: a public no-arg constructor and setters; properties in declaration order. */
    record BeanShape(TypeElement element, List<Member> properties, TypeMirror type) implements TypeShape {
        public BeanShape {
            properties = List.copyOf(properties);
        }
    }

    /** Jackson's {@code JsonNode}: any JSON value, as a tree. */
    record JsonNodeShape(TypeMirror type) implements TypeShape {}

    /** A record or bean that is already being described further up: a recursive type. */
    record Recursive(TypeElement element, TypeMirror type) implements TypeShape {}

    /** Anything else: Kiln leaves it to Jackson. */
    record Opaque(TypeMirror type) implements TypeShape {}

    /** The record or bean class of an object shape, or {@code null} for any other shape. */
    default TypeElement objectType() {
        if (this instanceof RecordShape record) {
            return record.element();
        }
        return this instanceof BeanShape bean ? bean.element() : null;
    }

    /** The members of a record or bean shape; empty for any other shape. */
    default List<Member> members() {
        if (this instanceof RecordShape record) {
            return record.components();
        }
        return this instanceof BeanShape bean ? bean.properties() : List.of();
    }

    /** The shapes directly inside this one: member shapes, or a collection's element or value. */
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
     * a list's element, a map's value, an optional's value. Empty for other shapes.
     */
    default List<Constrained> partConstraints() {
        if (this instanceof ListShape list) {
            return List.of(new Constrained(list.element(), list.elementConstraints()));
        }
        if (this instanceof OptionalShape optional) {
            return List.of(new Constrained(optional.value(), optional.valueConstraints()));
        }
        if (this instanceof MapShape map) {
            return List.of(new Constrained(map.value(), map.valueConstraints()));
        }
        return List.of();
    }

    /** A shape and the constraints on one use of it. */
    record Constrained(TypeShape shape, List<Constraint> constraints) {
        public Constrained {
            constraints = List.copyOf(constraints);
        }
    }

    /** Whether a value of this shape can come from one string (path, query, header, cookie). */
    default boolean isSimple() {
        return this instanceof Simple || this instanceof EnumShape;
    }
}
