package dev.kiln.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON Schema in Kiln's neutral form: no javac and no Swagger types, so the processor can build it
 * and {@link OpenApiBuilder} can write it. Immutable; build one with the static factories and the
 * {@code with...} methods: {@code ApiSchema.string().withFormat("email").withTitle("Email")}.
 *
 * <p>{@code nullable} is written the way Pydantic v2 writes {@code Optional[T]}:
 * {@code {"anyOf": [<the schema>, {"type": "null"}]}} with title, description and default kept on
 * the outside.
 *
 * @param kind                 what sort of value
 * @param format               OpenAPI format ({@code int32}, {@code date-time}, {@code uuid}, {@code email}, ...)
 * @param title                a human title (FastAPI gives every property and parameter one)
 * @param description          a description
 * @param enumValues           allowed values of a string enum, in declaration order; empty otherwise
 * @param items                the item schema of an {@link Kind#ARRAY}
 * @param uniqueItems          whether an {@link Kind#ARRAY} is a set
 * @param additionalProperties the value schema of a {@link Kind#MAP}
 * @param propertyNames        the schema every key of a {@link Kind#MAP} meets, or {@code null} for any string
 * @param properties           the properties of an {@link Kind#OBJECT}, in declaration order
 * @param required             the required property names of an {@link Kind#OBJECT}, in property order
 * @param ref                  the component a {@link Kind#REF} points at
 * @param nullable             whether JSON null is also allowed
 * @param defaultValue         the default, or {@code null} for none
 * @param constraints          validation keywords, never {@code null}
 */
public record ApiSchema(
        Kind kind,
        String format,
        String title,
        String description,
        List<String> enumValues,
        ApiSchema items,
        boolean uniqueItems,
        ApiSchema additionalProperties,
        ApiSchema propertyNames,
        Map<String, ApiSchema> properties,
        List<String> required,
        ApiRef ref,
        boolean nullable,
        ApiDefault defaultValue,
        ApiConstraints constraints) {

    /** The sort of value a schema describes; {@link #ANY} is the empty schema {@code {}}. */
    public enum Kind {
        ANY,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        ARRAY,
        MAP,
        OBJECT,
        REF,
        /**
         * An uploaded file in a form: {@code {"type": "string", "contentMediaType": "application/octet-stream"}},
         * as FastAPI writes {@code UploadFile} and {@code bytes} files in OpenAPI 3.1.
         */
        FILE
    }

    /** Checks the shape and freezes the collections. */
    public ApiSchema {
        Objects.requireNonNull(kind, "kind");
        enumValues = List.copyOf(enumValues == null ? List.of() : enumValues);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = List.copyOf(required == null ? List.of() : required);
        constraints = constraints == null ? ApiConstraints.NONE : constraints;
        if (kind == Kind.ARRAY && items == null) {
            throw new IllegalArgumentException("an array schema needs an item schema");
        }
        if (kind == Kind.MAP && additionalProperties == null) {
            throw new IllegalArgumentException("a map schema needs a value schema");
        }
        if (kind == Kind.REF && ref == null) {
            throw new IllegalArgumentException("a ref schema needs a component reference");
        }
        for (String name : required) {
            if (!properties.containsKey(name)) {
                throw new IllegalArgumentException("required property '" + name + "' is not a property");
            }
        }
    }

    private static ApiSchema of(Kind kind, String format) {
        return new ApiSchema(
                kind, format, null, null, null, null, false, null, null, null, null, null, false, null, null);
    }

    /** Any JSON value: {@code {}}. */
    public static ApiSchema any() {
        return of(Kind.ANY, null);
    }

    /** {@code {"type": "string"}}. */
    public static ApiSchema string() {
        return of(Kind.STRING, null);
    }

    /** {@code {"type": "string", "format": format}}. */
    public static ApiSchema string(String format) {
        return of(Kind.STRING, format);
    }

    /** {@code {"type": "integer", "format": format}}; {@code format} may be {@code null}. */
    public static ApiSchema integer(String format) {
        return of(Kind.INTEGER, format);
    }

    /** {@code {"type": "number", "format": format}}; {@code format} may be {@code null}. */
    public static ApiSchema number(String format) {
        return of(Kind.NUMBER, format);
    }

    /** A file of a multipart form: {@code {"type": "string", "contentMediaType": "application/octet-stream"}}. */
    public static ApiSchema file() {
        return of(Kind.FILE, null);
    }

    /** {@code {"type": "boolean"}}. */
    public static ApiSchema bool() {
        return of(Kind.BOOLEAN, null);
    }

    /** A string enum with these values, in this order. */
    public static ApiSchema stringEnum(List<String> values) {
        return new ApiSchema(
                Kind.STRING, null, null, null, values, null, false, null, null, null, null, null, false, null, null);
    }

    /** {@code {"type": "array", "items": items}}; {@code unique} for a {@code Set}. */
    public static ApiSchema array(ApiSchema items, boolean unique) {
        return new ApiSchema(
                Kind.ARRAY, null, null, null, null, items, unique, null, null, null, null, null, false, null, null);
    }

    /** {@code {"type": "object", "additionalProperties": values}}: a {@code Map<String, V>}. */
    public static ApiSchema map(ApiSchema values) {
        return new ApiSchema(
                Kind.MAP, null, null, null, null, null, false, values, null, null, null, null, false, null, null);
    }

    /** An object with these properties (in this order) of which {@code required} are required. */
    public static ApiSchema object(Map<String, ApiSchema> properties, List<String> required) {
        return new ApiSchema(
                Kind.OBJECT,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                properties,
                required,
                null,
                false,
                null,
                null);
    }

    /** A {@code $ref} to the component {@code componentId}, as used on the side {@code mode}. */
    public static ApiSchema ref(String componentId, SchemaMode mode) {
        return new ApiSchema(
                Kind.REF,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                new ApiRef(componentId, mode),
                false,
                null,
                null);
    }

    /** A copy with this format. */
    public ApiSchema withFormat(String value) {
        return new ApiSchema(
                kind,
                value,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy whose keys (it is a {@link Kind#MAP}) each meet {@code keys}: {@code propertyNames}. */
    public ApiSchema withPropertyNames(ApiSchema keys) {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                keys,
                properties,
                required,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy with this title. */
    public ApiSchema withTitle(String value) {
        return new ApiSchema(
                kind,
                format,
                value,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy with this description. */
    public ApiSchema withDescription(String value) {
        return new ApiSchema(
                kind,
                format,
                title,
                value,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy that also allows JSON null (or not). */
    public ApiSchema withNullable(boolean value) {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                value,
                defaultValue,
                constraints);
    }

    /** A copy with a default value; see {@link ApiDefault} for the allowed values. */
    public ApiSchema withDefault(Object value) {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                new ApiDefault(value),
                constraints);
    }

    /** A copy without a default value. */
    public ApiSchema withoutDefault() {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                null,
                constraints);
    }

    /** A copy with these constraints. */
    public ApiSchema withConstraints(ApiConstraints value) {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                required,
                ref,
                nullable,
                defaultValue,
                value);
    }

    /** A copy with these required properties (an {@link Kind#OBJECT} only). */
    public ApiSchema withRequired(List<String> value) {
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                properties,
                value,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy of this object schema with one more property, required or not, appended. */
    public ApiSchema withProperty(String name, ApiSchema schema, boolean isRequired) {
        Map<String, ApiSchema> newProperties = new LinkedHashMap<>(properties);
        newProperties.put(name, schema);
        List<String> newRequired = new ArrayList<>(required);
        if (isRequired && !newRequired.contains(name)) {
            newRequired.add(name);
        }
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items,
                uniqueItems,
                additionalProperties,
                propertyNames,
                newProperties,
                newRequired,
                ref,
                nullable,
                defaultValue,
                constraints);
    }

    /** A copy with every reference, here and nested, rewritten by {@code mapper}. */
    public ApiSchema mapRefs(java.util.function.UnaryOperator<ApiRef> mapper) {
        Map<String, ApiSchema> newProperties = new LinkedHashMap<>();
        properties.forEach((name, schema) -> newProperties.put(name, schema.mapRefs(mapper)));
        return new ApiSchema(
                kind,
                format,
                title,
                description,
                enumValues,
                items == null ? null : items.mapRefs(mapper),
                uniqueItems,
                additionalProperties == null ? null : additionalProperties.mapRefs(mapper),
                null,
                newProperties,
                required,
                ref == null ? null : mapper.apply(ref),
                nullable,
                defaultValue,
                constraints);
    }

    /** Every reference in this schema and its children, in document order. */
    public List<ApiRef> refs() {
        List<ApiRef> found = new ArrayList<>();
        collectRefs(found);
        return found;
    }

    private void collectRefs(List<ApiRef> found) {
        if (ref != null) {
            found.add(ref);
        }
        if (items != null) {
            items.collectRefs(found);
        }
        if (additionalProperties != null) {
            additionalProperties.collectRefs(found);
        }
        properties.values().forEach(schema -> schema.collectRefs(found));
    }
}
