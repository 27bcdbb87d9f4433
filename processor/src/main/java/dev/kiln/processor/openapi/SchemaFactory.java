package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiComponent;
import dev.kiln.openapi.ApiConstraints;
import dev.kiln.openapi.ApiParameter;
import dev.kiln.openapi.ApiRequestBody;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.ApiSchema.Kind;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.openapi.SchemaMode;
import dev.kiln.openapi.Titles;
import dev.kiln.processor.model.Constraint;
import dev.kiln.processor.model.DefaultLiterals;
import dev.kiln.processor.model.DefaultValue;
import dev.kiln.processor.model.FileKind;
import dev.kiln.processor.model.Include;
import dev.kiln.processor.model.Member;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.Presence;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.TypeShape;
import dev.kiln.processor.model.WellKnownKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The model's shapes as JSON Schemas, the way FastAPI documents the equivalent Pydantic types.
 * Everything comes from the model ({@link TypeShape}, {@link Member}, {@link Parameter},
 * {@link Constraint}, {@link DefaultValue}), read once in {@code read} for binding and checks too, so
 * the document says what the generated code binds and what Jackson writes. Records, beans, other
 * classes and enums become named components referred to by {@code $ref} (so recursion is fine); each
 * is described once per side of the wire it is used on, and {@link dev.kiln.openapi.OpenApiBuilder}
 * names them {@code Item} or {@code Item-Input} / {@code Item-Output} as FastAPI does.
 *
 * <p>Use one factory per document: ask for the schemas of every parameter, body and response, then
 * take {@link #components()}.
 *
 * <table>
 *   <caption>Shape mapping</caption>
 *   <tr><td>{@code boolean}, {@code Boolean}</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code int}, {@code Integer}</td><td>{@code integer}, {@code int32}</td></tr>
 *   <tr><td>{@code byte short} and boxes</td><td>{@code integer}, {@code int32}, with the type's own
 *       {@code minimum} and {@code maximum} (Kiln refuses a value beyond them with a 422)</td></tr>
 *   <tr><td>{@code long}, {@code Long}</td><td>{@code integer}, {@code int64}</td></tr>
 *   <tr><td>{@code float}, {@code double} and boxes</td><td>{@code number}, {@code float} / {@code double}</td></tr>
 *   <tr><td>{@code BigInteger}; {@code BigDecimal}</td><td>{@code integer}; {@code number} (Jackson writes a JSON number)</td></tr>
 *   <tr><td>{@code String}, {@code char}</td><td>{@code string}</td></tr>
 *   <tr><td>{@code UUID}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime OffsetDateTime ZonedDateTime Instant}</td>
 *       <td>{@code string} with {@code uuid}, {@code date}, {@code time}, {@code date-time}; a
 *       {@code @JsonFormat(pattern)} as the format</td></tr>
 *   <tr><td>{@code byte[]}</td><td>{@code string}, {@code byte} (base64, as Jackson writes it)</td></tr>
 *   <tr><td>{@code Optional<T>}, {@code @Nullable T}</td><td>{@code anyOf: [T, null]}, not required on input</td></tr>
 *   <tr><td>{@code List<T>}, arrays; {@code Set<T>}</td><td>{@code array}; with {@code uniqueItems}</td></tr>
 *   <tr><td>{@code Map<String, V>}</td><td>{@code object} with {@code additionalProperties} (and {@code propertyNames} for a constrained key)</td></tr>
 *   <tr><td>{@code Object}, {@code JsonNode}, unknown JDK types</td><td>{@code {}}: any value</td></tr>
 *   <tr><td>enum</td><td>a string-enum component of the wire values</td></tr>
 *   <tr><td>record, class</td><td>an object component; a generic {@code Page<Item>} is {@code Page_Item_}</td></tr>
 * </table>
 */
public final class SchemaFactory {
    private final Map<String, ComponentState> components = new TreeMap<>();

    /** The schema of a value a client sends as a request body of this shape. */
    public ApiSchema input(TypeShape shape) {
        return schema(shape, SchemaMode.INPUT);
    }

    /** The schema of a response body of this shape. */
    public ApiSchema output(TypeShape shape) {
        return schema(shape, SchemaMode.OUTPUT);
    }

    /** The schema of what an operation answers; {@code null} when the response has no body. */
    public ApiSchema output(ReturnShape returns) {
        return returns.bodyShape() == null ? null : output(returns.bodyShape());
    }

    /**
     * A path, query, header or cookie parameter, or a component of a {@code @Query}/{@code @Header}/
     * {@code @Cookie} record: the input schema of its shape with its constraints, FastAPI's title made
     * from the wire name ({@code user-agent} → {@code User-Agent}), its {@code @Default}, and an
     * empty-list default for a repeated query parameter (absent means empty). Required: a path parameter
     * always; otherwise when absence is an error and there is no default.
     */
    public ApiParameter parameter(Parameter parameter, ParameterLocation in) {
        ApiSchema schema = valueSchema(
                parameter.shape(),
                parameter.presence(),
                parameter.constraints(),
                parameter.defaultValue(),
                parameter.wireName(),
                SchemaMode.INPUT);
        if (schema.defaultValue() == null && schema.kind() == Kind.ARRAY) {
            schema = schema.withDefault(List.of());
        }
        boolean required = in == ParameterLocation.PATH
                || parameter.presence() == Presence.REQUIRED && schema.defaultValue() == null;
        return new ApiParameter(parameter.wireName(), in, required, parameter.description(), schema);
    }

    /**
     * The JSON request body read into one parameter: the input schema with the parameter's constraints
     * (and a title when it is not a component, as FastAPI gives {@code items: List[Item]}), required unless
     * it may be absent.
     */
    public ApiRequestBody requestBody(Parameter body) {
        ApiSchema schema = valueSchema(
                body.shape(),
                body.presence(),
                body.constraints(),
                body.defaultValue(),
                body.javaName(),
                SchemaMode.INPUT);
        return ApiRequestBody.json(body.presence() == Presence.REQUIRED, schema);
    }

    /** The JSON request body of several body parameters embedded by name: required when any of them is. */
    public ApiRequestBody embeddedRequestBody(List<Parameter> bodies) {
        ApiSchema schema = embeddedBody(bodies);
        return ApiRequestBody.json(!schema.required().isEmpty(), schema);
    }

    /**
     * The object that embeds several body parameters by their wire names
     * ({@code {"item": {...}, "user": {...}}}), as FastAPI builds it; {@link dev.kiln.openapi.OpenApiBuilder}
     * names it {@code Body_<operationId>}.
     */
    public ApiSchema embeddedBody(List<Parameter> bodies) {
        Map<String, ApiSchema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Parameter body : bodies) {
            properties.put(
                    body.wireName(),
                    valueSchema(
                            body.shape(),
                            body.presence(),
                            body.constraints(),
                            body.defaultValue(),
                            body.wireName(),
                            SchemaMode.INPUT));
            if (body.presence() == Presence.REQUIRED) {
                required.add(body.wireName());
            }
        }
        return ApiSchema.object(properties, required);
    }

    /**
     * A form body ({@code @Form} fields, the components of {@code @Form} records, {@code @File}s): one
     * object of its fields by wire name, which {@link dev.kiln.openapi.OpenApiBuilder} names
     * {@code Body_<operationId>}; {@code multipart/form-data} when it has a file, else
     * {@code application/x-www-form-urlencoded}, as FastAPI documents forms. Required: the required fields
     * (a {@code List<Upload>} is, as FastAPI's {@code list[UploadFile]}); the body is required when any is.
     */
    public ApiRequestBody formRequestBody(List<Parameter> fields) {
        Map<String, ApiSchema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        boolean files = false;
        for (Parameter field : fields) {
            ApiSchema schema;
            if (field.source() == Source.FILE) {
                files = true;
                FileKind kind = FileKind.of(field.shape());
                schema = switch (kind) {
                    case UPLOAD, BYTES -> ApiSchema.file();
                    case OPTIONAL -> ApiSchema.file().withNullable(true);
                    case LIST -> ApiSchema.array(ApiSchema.file(), false);
                };
                schema = schema.withTitle(Titles.fromName(field.wireName()));
                if (field.description() != null) {
                    schema = schema.withDescription(field.description());
                }
                if (kind != FileKind.OPTIONAL) {
                    required.add(field.wireName());
                }
            } else {
                schema = valueSchema(
                        field.shape(),
                        field.presence(),
                        field.constraints(),
                        field.defaultValue(),
                        field.wireName(),
                        SchemaMode.INPUT);
                if (schema.defaultValue() == null && schema.kind() == Kind.ARRAY) {
                    schema = schema.withDefault(List.of());
                }
                if (field.description() != null) {
                    schema = schema.withDescription(field.description());
                }
                if (field.presence() == Presence.REQUIRED && schema.defaultValue() == null) {
                    required.add(field.wireName());
                }
            }
            properties.put(field.wireName(), schema);
        }
        return ApiRequestBody.form(!required.isEmpty(), files, ApiSchema.object(properties, required));
    }

    /**
     * The raw body ({@code @Body byte[]}, {@code @Body String}): any bytes as
     * {@code application/octet-stream}, text as {@code text/plain}.
     */
    public ApiRequestBody rawRequestBody(Parameter body) {
        boolean bytes = FileKind.of(body.shape()) == FileKind.BYTES;
        return new ApiRequestBody(
                body.presence() == Presence.REQUIRED,
                bytes ? ApiRequestBody.OCTET_STREAM : ApiRequestBody.TEXT,
                bytes ? ApiSchema.file() : ApiSchema.string());
    }

    /** The components met so far, sorted by id; pass them to {@link dev.kiln.openapi.ApiDocument}. */
    public List<ApiComponent> components() {
        List<ApiComponent> result = new ArrayList<>();
        for (ComponentState state : components.values()) {
            result.add(new ApiComponent(
                    state.id,
                    state.name,
                    state.qualifiedName,
                    state.schemas.get(SchemaMode.INPUT),
                    state.schemas.get(SchemaMode.OUTPUT)));
        }
        return result;
    }

    // ---- shapes ------------------------------------------------------------------------------

    private ApiSchema schema(TypeShape shape, SchemaMode mode) {
        if (shape instanceof TypeShape.Simple simple) {
            ApiSchema schema = simple(simple);
            return simple.pattern() == null ? schema : schema.withFormat(simple.pattern());
        }
        if (shape instanceof TypeShape.WellKnown known) {
            ApiSchema schema = wellKnown(known.kind());
            return known.pattern() == null ? schema : schema.withFormat(known.pattern());
        }
        if (shape instanceof TypeShape.ListShape list) {
            return ApiSchema.array(constrained(list.element(), list.elementConstraints(), mode), list.set());
        }
        if (shape instanceof TypeShape.OptionalShape optional) {
            return constrained(optional.value(), optional.valueConstraints(), mode)
                    .withNullable(true);
        }
        if (shape instanceof TypeShape.MapShape map) {
            ApiSchema schema = ApiSchema.map(constrained(map.value(), map.valueConstraints(), mode));
            // a constrained key: {"propertyNames": {"type": "string", "maxLength": 3}}
            return map.keyConstraints().isEmpty()
                    ? schema
                    : schema.withPropertyNames(constrained(map.key(), map.keyConstraints(), mode));
        }
        if (shape instanceof TypeShape.Opaque opaque) {
            return opaque.view() == null ? ApiSchema.any() : schema(opaque.view(), mode);
        }
        if (shape instanceof TypeShape.JsonNodeShape) {
            return ApiSchema.any();
        }
        if (shape instanceof TypeShape.Recursive recursive) {
            // the component is being described further up
            return ApiSchema.ref(TypeNames.id(recursive.type()), mode);
        }
        return component(shape, mode);
    }

    private ApiSchema constrained(TypeShape shape, List<Constraint> constraints, SchemaMode mode) {
        return Constraints.apply(schema(shape, mode), constraints);
    }

    private static ApiSchema simple(TypeShape.Simple simple) {
        return switch (simple.kind()) {
            case BOOLEAN -> ApiSchema.bool();
            case BYTE -> ApiSchema.integer("int32").withConstraints(range(Byte.MIN_VALUE, Byte.MAX_VALUE));
            case SHORT -> ApiSchema.integer("int32").withConstraints(range(Short.MIN_VALUE, Short.MAX_VALUE));
            case INT -> ApiSchema.integer("int32");
            case LONG -> ApiSchema.integer("int64");
            case FLOAT -> ApiSchema.number("float");
            case DOUBLE -> ApiSchema.number("double");
            case CHAR -> ApiSchema.string().withConstraints(ApiConstraints.NONE.withLength(1, 1));
            case STRING -> ApiSchema.string();
            case UUID -> ApiSchema.string("uuid");
            case BIG_DECIMAL -> ApiSchema.number(null);
            case BIG_INTEGER -> ApiSchema.integer(null);
            case LOCAL_DATE -> ApiSchema.string("date");
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> ApiSchema.string("date-time");
        };
    }

    /** A whole-number type's own range, which {@code int32} alone does not say for a byte or a short. */
    private static ApiConstraints range(long min, long max) {
        return ApiConstraints.NONE.withMinimum(BigDecimal.valueOf(min)).withMaximum(BigDecimal.valueOf(max));
    }

    private static ApiSchema wellKnown(WellKnownKind kind) {
        return switch (kind) {
            case CHAR_SEQUENCE -> ApiSchema.string();
            case NUMBER -> ApiSchema.number(null);
            case LOCAL_TIME, OFFSET_TIME -> ApiSchema.string("time");
            case ZONED_DATE_TIME -> ApiSchema.string("date-time");
            case DURATION -> ApiSchema.string("duration");
            case URI, URL -> ApiSchema.string("uri");
            case OPTIONAL_INT -> ApiSchema.integer("int32").withNullable(true);
            case OPTIONAL_LONG -> ApiSchema.integer("int64").withNullable(true);
            case OPTIONAL_DOUBLE -> ApiSchema.number("double").withNullable(true);
            case OBJECT_NODE -> ApiSchema.map(ApiSchema.any());
            case ARRAY_NODE -> ApiSchema.array(ApiSchema.any(), false);
            case BYTES -> ApiSchema.string("byte");
        };
    }

    /**
     * The schema of a declared value (parameter or property): its shape's schema, {@code @Nullable} as null
     * allowed, its constraints, FastAPI's title from {@code name} and its {@code @Default}.
     */
    private ApiSchema valueSchema(
            TypeShape shape,
            Presence presence,
            List<Constraint> constraints,
            DefaultValue defaultValue,
            String name,
            SchemaMode mode) {
        ApiSchema schema = schema(shape, mode);
        if (presence == Presence.NULLABLE) {
            schema = schema.withNullable(true);
        }
        schema = Constraints.apply(schema, constraints);
        if (schema.kind() != Kind.REF) {
            // FastAPI titles every field except a reference, nullable or not: the component has its own title
            schema = schema.withTitle(Titles.fromName(name));
        }
        if (defaultValue != null) {
            Object value = defaultValue(defaultValue, shape);
            if (value != null) {
                schema = schema.withDefault(value);
            }
        }
        return schema;
    }

    /**
     * A {@code @Default} as the JSON value the schema shows: numbers and booleans as such, anything else
     * (strings, dates, enum wire values) as written; {@code null} when it does not parse (the validation
     * stage reports a bad default; the document just omits it).
     */
    private static Object defaultValue(DefaultValue defaultValue, TypeShape shape) {
        TypeShape value = shape instanceof TypeShape.OptionalShape optional ? optional.value() : shape;
        DefaultLiterals.Result result = DefaultLiterals.parse(defaultValue.text(), value);
        if (!result.ok()) {
            return null;
        }
        Object parsed = result.parsed().value();
        if (parsed instanceof Boolean) {
            return parsed;
        }
        if (parsed instanceof Byte || parsed instanceof Short || parsed instanceof Integer || parsed instanceof Long) {
            long whole = ((Number) parsed).longValue();
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        }
        if (parsed instanceof BigInteger big) {
            return big.bitLength() < 32 ? (Object) big.intValue() : big.bitLength() < 64 ? big.longValue() : big;
        }
        if (parsed instanceof Float || parsed instanceof Double || parsed instanceof BigDecimal) {
            return new BigDecimal(defaultValue.text().strip());
        }
        return defaultValue.text();
    }

    // ---- components --------------------------------------------------------------------------

    /** A named schema being built: started per side, so that recursion finds the reference. */
    private static final class ComponentState {
        final String id;
        final String name;
        final String qualifiedName;
        final Set<SchemaMode> started = EnumSet.noneOf(SchemaMode.class);
        final Map<SchemaMode, ApiSchema> schemas = new EnumMap<>(SchemaMode.class);

        ComponentState(String id, String name, String qualifiedName) {
            this.id = id;
            this.name = name;
            this.qualifiedName = qualifiedName;
        }
    }

    /** A record, bean, other class or enum: a component, described on first use per side. */
    private ApiSchema component(TypeShape shape, SchemaMode mode) {
        String id = TypeNames.id(shape.type());
        ComponentState state = components.computeIfAbsent(
                id,
                key -> new ComponentState(
                        key,
                        TypeNames.componentName(TypeNames.title(shape.type(), false)),
                        TypeNames.qualifiedComponentName(shape.type())));
        if (state.started.add(mode)) {
            ApiSchema schema;
            String description;
            if (shape instanceof TypeShape.EnumShape enumShape) {
                schema = enumSchema(enumShape, mode);
                description = enumShape.description();
            } else {
                TypeShape.ObjectShape object = (TypeShape.ObjectShape) shape;
                schema = objectSchema(object, mode);
                description = object.description();
            }
            state.schemas.put(
                    mode, schema.withTitle(TypeNames.title(shape.type(), false)).withDescription(description));
        }
        return ApiSchema.ref(id, mode);
    }

    /**
     * The wire values as a string enum; an enum whose {@code @JsonValue} values only running code can tell
     * is documented as the value's type.
     */
    private ApiSchema enumSchema(TypeShape.EnumShape shape, SchemaMode mode) {
        if (shape.valuesKnown()) {
            return ApiSchema.stringEnum(shape.wireValues());
        }
        return shape.valueShape() == null ? ApiSchema.string() : schema(shape.valueShape(), mode);
    }

    /**
     * An object schema from the members read on side {@code mode}. On input a member Kiln binds is
     * required unless it may be absent ({@code Optional}, {@code @Nullable}, {@code @Default}); a member of
     * a class Jackson reads only when demanded ({@code @JsonProperty(required = true)}, {@code @NotNull}).
     * On output a member is required unless its {@code @JsonInclude} lets Jackson leave it out, and
     * {@code null} is allowed only where Jackson writes it.
     */
    private ApiSchema objectSchema(TypeShape.ObjectShape shape, SchemaMode mode) {
        boolean boundByKiln = !(shape instanceof TypeShape.PojoShape);
        Map<String, ApiSchema> schemas = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Member member : shape.properties()) {
            boolean isRequired;
            String name;
            ApiSchema schema;
            if (mode == SchemaMode.INPUT) {
                if (member.input() == null) {
                    continue;
                }
                name = member.input().name();
                schema = valueSchema(
                        member.shape(),
                        member.presence(),
                        member.constraints(),
                        member.defaultValue(),
                        member.javaName(),
                        mode);
                isRequired = boundByKiln
                        ? member.presence() == Presence.REQUIRED
                        : member.input().required() || Constraints.demandsValue(member.constraints());
            } else {
                if (member.output() == null) {
                    continue;
                }
                name = member.output().name();
                schema = valueSchema(
                        member.output().shape(),
                        member.presence(),
                        member.constraints(),
                        member.defaultValue(),
                        member.javaName(),
                        mode);
                Include include = member.output().include();
                boolean optional = isOptional(member.output().shape());
                isRequired = !omitted(include, schema, optional);
                if (nullsLeftOut(include, optional)) {
                    schema = schema.withNullable(false);
                }
            }
            schemas.put(name, schema.withDescription(member.description()));
            if (isRequired) {
                required.add(name);
            }
        }
        return ApiSchema.object(schemas, required);
    }

    /**
     * Whether Jackson may leave a property with this schema out under {@code include}; {@code optional}: the
     * value is an {@code Optional}, whose empty value is no null reference (NON_NULL still writes it, as
     * {@code null}).
     */
    private static boolean omitted(Include include, ApiSchema schema, boolean optional) {
        boolean emptiable = schema.kind() == Kind.ARRAY || schema.kind() == Kind.MAP || schema.kind() == Kind.STRING;
        return switch (include) {
            case ALWAYS -> false;
            case NON_NULL -> schema.nullable() && !optional;
            case NON_ABSENT -> schema.nullable();
            case NON_EMPTY -> schema.nullable() || emptiable;
            case NON_DEFAULT, CUSTOM -> true;
        };
    }

    /** Whether Jackson never writes {@code null} for a property under {@code include}. */
    private static boolean nullsLeftOut(Include include, boolean optional) {
        return switch (include) {
            case NON_NULL -> !optional;
            case NON_ABSENT, NON_EMPTY -> true;
            default -> false;
        };
    }

    /** An {@code Optional} (or {@code OptionalInt}, ...): Jackson writes an empty one as {@code null}. */
    private static boolean isOptional(TypeShape shape) {
        if (shape instanceof TypeShape.Opaque opaque && opaque.view() != null) {
            return isOptional(opaque.view());
        }
        return shape instanceof TypeShape.OptionalShape
                || shape instanceof TypeShape.WellKnown known
                        && (known.kind() == WellKnownKind.OPTIONAL_INT
                                || known.kind() == WellKnownKind.OPTIONAL_LONG
                                || known.kind() == WellKnownKind.OPTIONAL_DOUBLE);
    }
}
