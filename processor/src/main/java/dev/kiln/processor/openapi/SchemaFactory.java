package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiComponent;
import dev.kiln.openapi.ApiParameter;
import dev.kiln.openapi.ApiRequestBody;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.ApiSchema.Kind;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.openapi.SchemaMode;
import dev.kiln.openapi.Titles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java types as JSON Schemas, the way FastAPI documents the equivalent Pydantic types, with
 * Jackson's view of Java objects. Records, beans and enums become named components referred to by
 * {@code $ref} (so recursion is fine); each is described once per side of the wire it is used on,
 * and {@link dev.kiln.openapi.OpenApiBuilder} names them {@code Item} or {@code Item-Input} /
 * {@code Item-Output} as FastAPI does.
 *
 * <p>Use one factory per document (per compilation, in the round that writes the document): ask
 * for the schemas of every parameter, body and response, then take {@link #components()}.
 *
 * <table>
 *   <caption>Type mapping</caption>
 *   <tr><td>{@code boolean}, {@code Boolean}</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code byte short int} and boxes</td><td>{@code integer}, {@code int32}</td></tr>
 *   <tr><td>{@code long}, {@code Long}</td><td>{@code integer}, {@code int64}</td></tr>
 *   <tr><td>{@code float}, {@code double} and boxes</td><td>{@code number}, {@code float} / {@code double}</td></tr>
 *   <tr><td>{@code BigInteger}; {@code BigDecimal}</td><td>{@code integer}; {@code number} (Jackson writes a JSON number)</td></tr>
 *   <tr><td>{@code String}, {@code char}</td><td>{@code string}</td></tr>
 *   <tr><td>{@code UUID}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime OffsetDateTime ZonedDateTime Instant}</td>
 *       <td>{@code string} with {@code uuid}, {@code date}, {@code time}, {@code date-time}</td></tr>
 *   <tr><td>{@code byte[]}</td><td>{@code string}, {@code byte} (base64, as Jackson writes it)</td></tr>
 *   <tr><td>{@code Optional<T>}, {@code @Nullable T}</td><td>{@code anyOf: [T, null]}, not required on input</td></tr>
 *   <tr><td>{@code List<T>}, arrays; {@code Set<T>}</td><td>{@code array}; with {@code uniqueItems}</td></tr>
 *   <tr><td>{@code Map<String, V>}</td><td>{@code object} with {@code additionalProperties}</td></tr>
 *   <tr><td>{@code Object}, {@code JsonNode}, unknown JDK types</td><td>{@code {}}: any value</td></tr>
 *   <tr><td>enum</td><td>a string-enum component (constant names, or {@code @JsonProperty} values)</td></tr>
 *   <tr><td>record, class</td><td>an object component; a generic {@code Page<Item>} is {@code Page_Item_}</td></tr>
 * </table>
 */
public final class SchemaFactory {
    private static final String DEFAULT_ANNOTATION = "dev.kiln.Default";
    private static final Map<String, Supplier<ApiSchema>> SCALARS = scalars();

    private final Elements elements;
    private final Types types;
    private final BeanProperties beans;
    private final Map<String, ComponentState> components = new TreeMap<>();

    /** A factory reading types through this compilation's utilities. */
    public SchemaFactory(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.beans = new BeanProperties(types, elements);
    }

    /** The schema of a value a client sends: a request body of this type. */
    public ApiSchema input(TypeMirror type) {
        return schema(type, SchemaMode.INPUT);
    }

    /**
     * The schema of what an operation returning {@code returnType} answers: {@code Future<T>},
     * {@code CompletionStage<T>} and {@code Response<T>} are unwrapped to {@code T}. {@code null} for
     * {@code void} and {@code Void}: the response has no body.
     */
    public ApiSchema output(TypeMirror returnType) {
        TypeMirror body = unwrapResponse(returnType);
        return body == null ? null : schema(body, SchemaMode.OUTPUT);
    }

    /**
     * The schema of a path, query, header or cookie parameter, or of a component of a
     * {@code @Query}/{@code @Header}/{@code @Cookie} record: the type's input schema with the
     * element's constraints, FastAPI's title made from the wire name ({@code user-agent} →
     * {@code User-Agent}), its {@code @Default} parsed, and an empty-list default for a repeated
     * query parameter (absent means empty).
     *
     * @param parameter a method parameter ({@code VariableElement}) or a record component
     * @param wireName  the name on the wire
     */
    public ApiSchema parameter(Element parameter, String wireName) {
        ApiSchema schema = valueSchema(parameter.asType(), wireName, annotationsOf(parameter), SchemaMode.INPUT);
        if (schema.defaultValue() == null && schema.kind() == Kind.ARRAY) {
            schema = schema.withDefault(List.of());
        }
        return schema;
    }

    /**
     * A whole OpenAPI parameter: {@link #parameter}'s schema, {@code required} by Kiln's rule (a
     * path parameter always; otherwise unless it {@link #mayBeAbsent} or has a default, which
     * includes a repeated query parameter).
     *
     * @param parameter   a method parameter or a record component
     * @param wireName    the name on the wire
     * @param in          where it is read from
     * @param description its description (Javadoc {@code @param}), or {@code null}
     */
    public ApiParameter parameterOf(Element parameter, String wireName, ParameterLocation in, String description) {
        ApiSchema schema = parameter(parameter, wireName);
        boolean required = in == ParameterLocation.PATH || !mayBeAbsent(parameter) && schema.defaultValue() == null;
        return new ApiParameter(wireName, in, required, description, schema);
    }

    /**
     * The JSON request body read into one parameter: the type's input schema with the parameter's
     * constraints (and a title when it is not a component, as FastAPI gives {@code items: List[Item]}),
     * required unless the parameter {@link #mayBeAbsent}.
     */
    public ApiRequestBody requestBody(Element parameter) {
        String name = parameter.getSimpleName().toString();
        ApiSchema schema = valueSchema(parameter.asType(), name, annotationsOf(parameter), SchemaMode.INPUT);
        return ApiRequestBody.json(!mayBeAbsent(parameter), schema);
    }

    /**
     * The JSON request body of several body parameters embedded by name: {@link #embeddedBody},
     * required when any of them is.
     */
    public ApiRequestBody embeddedRequestBody(Map<String, ? extends Element> parametersByName) {
        ApiSchema schema = embeddedBody(parametersByName);
        return ApiRequestBody.json(!schema.required().isEmpty(), schema);
    }

    /**
     * The schema of the object that embeds several body parameters by name
     * ({@code {"item": {...}, "user": {...}}}), as FastAPI builds it; {@link dev.kiln.openapi.OpenApiBuilder}
     * names it {@code Body_<operationId>}. A parameter is required unless it {@link #mayBeAbsent}.
     *
     * @param parametersByName the body parameters by wire name, in declaration order
     */
    public ApiSchema embeddedBody(Map<String, ? extends Element> parametersByName) {
        Map<String, ApiSchema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        parametersByName.forEach((name, parameter) -> {
            ApiSchema schema = valueSchema(parameter.asType(), name, annotationsOf(parameter), SchemaMode.INPUT);
            properties.put(name, schema);
            if (!mayBeAbsent(parameter)) {
                required.add(name);
            }
        });
        return ApiSchema.object(properties, required);
    }

    /**
     * Whether a request may leave this parameter out: {@code Optional}, {@code @Nullable} (any
     * annotation of that simple name) or {@code @Default}. For a non-body parameter,
     * {@code required = !mayBeAbsent(p) && parameter(p, name).defaultValue() == null}, which also
     * makes a repeated query parameter optional (absent means empty).
     */
    public boolean mayBeAbsent(Element parameter) {
        AnnotationSet annotations = annotationsOf(parameter);
        return isOptional(parameter.asType())
                || annotations.hasSimpleName("Nullable")
                || annotations.get(DEFAULT_ANNOTATION).isPresent();
    }

    /** The annotations of a parameter, or of a record component with those javac moved to its field and accessor. */
    private static AnnotationSet annotationsOf(Element element) {
        if (element instanceof RecordComponentElement component) {
            VariableElement field =
                    ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements()).stream()
                            .filter(candidate -> candidate.getSimpleName().contentEquals(component.getSimpleName()))
                            .findFirst()
                            .orElse(null);
            return AnnotationSet.of(component, component.getAccessor(), field, component.asType());
        }
        return AnnotationSet.of(element, element.asType());
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

    // ---- types -------------------------------------------------------------------------------

    private ApiSchema schema(TypeMirror type, SchemaMode mode) {
        return Constraints.apply(bare(type, mode), AnnotationSet.of(type));
    }

    private ApiSchema bare(TypeMirror type, SchemaMode mode) {
        return switch (type.getKind()) {
            case BOOLEAN -> ApiSchema.bool();
            case BYTE, SHORT, INT -> ApiSchema.integer("int32");
            case LONG -> ApiSchema.integer("int64");
            case FLOAT -> ApiSchema.number("float");
            case DOUBLE -> ApiSchema.number("double");
            case CHAR -> character();
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                yield component.getKind() == TypeKind.BYTE
                        ? ApiSchema.string("byte")
                        : ApiSchema.array(schema(component, mode), false);
            }
            case DECLARED -> declared((DeclaredType) type, mode);
            case TYPEVAR -> {
                TypeMirror bound = ((TypeVariable) type).getUpperBound();
                yield isObject(bound) ? ApiSchema.any() : schema(bound, mode);
            }
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield bound == null ? ApiSchema.any() : schema(bound, mode);
            }
            default -> ApiSchema.any();
        };
    }

    private ApiSchema declared(DeclaredType type, SchemaMode mode) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Supplier<ApiSchema> scalar = SCALARS.get(name);
        if (scalar != null) {
            return scalar.get();
        }
        switch (name) {
            case "java.util.Optional":
                return argument(type, 0, mode).withNullable(true);
            case "java.util.OptionalInt":
                return ApiSchema.integer("int32").withNullable(true);
            case "java.util.OptionalLong":
                return ApiSchema.integer("int64").withNullable(true);
            case "java.util.OptionalDouble":
                return ApiSchema.number("double").withNullable(true);
            case "com.fasterxml.jackson.databind.node.ObjectNode":
                return ApiSchema.map(ApiSchema.any());
            case "com.fasterxml.jackson.databind.node.ArrayNode":
                return ApiSchema.array(ApiSchema.any(), false);
            default:
                break;
        }
        if (isResponseWrapper(name)) {
            return argument(type, 0, mode);
        }
        // A JDK collection's own type arguments are used as written: walking to the supertype
        // (List<@Email String> -> Collection<String>) would lose their type-use annotations.
        boolean jdk = name.startsWith("java.util.");
        Optional<DeclaredType> collection = supertype(type, "java.util.Collection");
        if (collection.isPresent()) {
            DeclaredType elements = jdk && type.getTypeArguments().size() == 1 ? type : collection.get();
            return ApiSchema.array(
                    argument(elements, 0, mode),
                    supertype(type, "java.util.Set").isPresent());
        }
        Optional<DeclaredType> map = supertype(type, "java.util.Map");
        if (map.isPresent()) {
            DeclaredType entries = jdk && type.getTypeArguments().size() == 2 ? type : map.get();
            return ApiSchema.map(argument(entries, 1, mode));
        }
        if (name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("com.fasterxml.jackson.")) {
            // JDK and Jackson types are not beans to expose (JsonNode, Object, Temporal, ...): any JSON value.
            return ApiSchema.any();
        }
        return component(type, element, mode);
    }

    private ApiSchema argument(DeclaredType type, int index, SchemaMode mode) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        return index < arguments.size() ? schema(arguments.get(index), mode) : ApiSchema.any();
    }

    /** {@code type} seen as {@code qualifiedName} (a supertype), with its type arguments, if it is one. */
    private Optional<DeclaredType> supertype(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName)) {
            return Optional.of(declared);
        }
        for (TypeMirror direct : types.directSupertypes(type)) {
            Optional<DeclaredType> found = supertype(direct, qualifiedName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isResponseWrapper(String qualifiedName) {
        return qualifiedName.equals("io.vertx.core.Future")
                || qualifiedName.equals("java.util.concurrent.CompletionStage")
                || qualifiedName.equals("java.util.concurrent.CompletableFuture")
                || qualifiedName.equals("dev.kiln.Response");
    }

    private TypeMirror unwrapResponse(TypeMirror type) {
        if (type.getKind() == TypeKind.VOID) {
            return null;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name =
                    ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (name.equals("java.lang.Void")) {
                return null;
            }
            if (isResponseWrapper(name) && !declared.getTypeArguments().isEmpty()) {
                return unwrapResponse(declared.getTypeArguments().get(0));
            }
        }
        return type;
    }

    private static boolean isObject(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.Object");
    }

    private static boolean isOptional(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement())
                .getQualifiedName()
                .toString();
        return name.startsWith("java.util.Optional");
    }

    private static ApiSchema character() {
        return ApiSchema.string().withConstraints(dev.kiln.openapi.ApiConstraints.NONE.withLength(1, 1));
    }

    private static Map<String, Supplier<ApiSchema>> scalars() {
        Map<String, Supplier<ApiSchema>> scalars = new LinkedHashMap<>();
        scalars.put("java.lang.String", ApiSchema::string);
        scalars.put("java.lang.CharSequence", ApiSchema::string);
        scalars.put("java.lang.Character", SchemaFactory::character);
        scalars.put("java.lang.Boolean", ApiSchema::bool);
        scalars.put("java.lang.Byte", () -> ApiSchema.integer("int32"));
        scalars.put("java.lang.Short", () -> ApiSchema.integer("int32"));
        scalars.put("java.lang.Integer", () -> ApiSchema.integer("int32"));
        scalars.put("java.lang.Long", () -> ApiSchema.integer("int64"));
        scalars.put("java.lang.Float", () -> ApiSchema.number("float"));
        scalars.put("java.lang.Double", () -> ApiSchema.number("double"));
        scalars.put("java.lang.Number", () -> ApiSchema.number(null));
        scalars.put("java.math.BigInteger", () -> ApiSchema.integer(null));
        scalars.put("java.math.BigDecimal", () -> ApiSchema.number(null));
        scalars.put("java.util.UUID", () -> ApiSchema.string("uuid"));
        scalars.put("java.time.LocalDate", () -> ApiSchema.string("date"));
        scalars.put("java.time.LocalTime", () -> ApiSchema.string("time"));
        scalars.put("java.time.OffsetTime", () -> ApiSchema.string("time"));
        scalars.put("java.time.LocalDateTime", () -> ApiSchema.string("date-time"));
        scalars.put("java.time.OffsetDateTime", () -> ApiSchema.string("date-time"));
        scalars.put("java.time.ZonedDateTime", () -> ApiSchema.string("date-time"));
        scalars.put("java.time.Instant", () -> ApiSchema.string("date-time"));
        scalars.put("java.time.Duration", () -> ApiSchema.string("duration"));
        scalars.put("java.net.URI", () -> ApiSchema.string("uri"));
        scalars.put("java.net.URL", () -> ApiSchema.string("uri"));
        return Map.copyOf(scalars);
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

    private ApiSchema component(DeclaredType type, TypeElement element, SchemaMode mode) {
        String id = TypeNames.id(type);
        ComponentState state = components.computeIfAbsent(
                id,
                key -> new ComponentState(
                        key,
                        TypeNames.componentName(TypeNames.title(type, false)),
                        TypeNames.qualifiedComponentName(type)));
        if (state.started.add(mode)) {
            String title = TypeNames.title(type, false);
            String description = JavadocText.of(elements, element).fullText();
            ApiSchema schema = switch (element.getKind()) {
                case ENUM -> enumSchema(element, mode);
                case RECORD -> objectSchema(recordProperties(type, element), element, mode, true);
                default -> objectSchema(beans.of(type, element, mode), element, mode, false);
            };
            state.schemas.put(mode, schema.withTitle(title).withDescription(description));
        }
        return ApiSchema.ref(id, mode);
    }

    private ApiSchema enumSchema(TypeElement element, SchemaMode mode) {
        for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
            if (AnnotationSet.of(method).jackson("JsonValue").isPresent()) {
                // Jackson writes what the @JsonValue method returns; its values are only known at run time.
                return bare(method.getReturnType(), mode);
            }
        }
        List<String> values = new ArrayList<>();
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                values.add(BeanProperties.explicitName(AnnotationSet.of(member))
                        .orElse(member.getSimpleName().toString()));
            }
        }
        return ApiSchema.stringEnum(values);
    }

    private List<Property> recordProperties(DeclaredType type, TypeElement element) {
        JavadocText doc = JavadocText.of(elements, element);
        List<Property> properties = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            String javaName = component.getSimpleName().toString();
            AnnotationSet annotations = annotationsOf(component);
            if (annotations.jackson("JsonIgnore").isPresent()) {
                continue;
            }
            // asMemberOf resolves type variables but drops type-use annotations (List<@Email String>):
            // only a generic record needs it.
            TypeMirror propertyType = element.getTypeParameters().isEmpty()
                    ? component.asType()
                    : ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            String jsonName = BeanProperties.explicitName(annotations).orElse(javaName);
            properties.add(new Property(javaName, jsonName, propertyType, annotations, doc.param(javaName)));
        }
        return properties;
    }

    /**
     * An object schema from properties. On input a record property is required unless it may be
     * absent ({@code Optional}, {@code @Nullable}, {@code @Default}); a bean property only when
     * demanded ({@code @NotNull}, {@code @JsonProperty(required = true)}), as Jackson fills beans.
     * On output every property is required, as Jackson always writes it, unless
     * {@code @JsonInclude} lets Jackson leave it out.
     */
    private ApiSchema objectSchema(List<Property> properties, TypeElement owner, SchemaMode mode, boolean record) {
        Optional<String> classInclusion = inclusion(AnnotationSet.of(owner));
        Map<String, ApiSchema> schemas = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property property : properties) {
            ApiSchema schema = valueSchema(property.type(), property.javaName(), property.annotations(), mode);
            schema = schema.withDescription(property.description());
            schemas.put(property.jsonName(), schema);

            boolean mayBeAbsent = schema.nullable() || schema.defaultValue() != null;
            boolean isRequired;
            if (mode == SchemaMode.INPUT) {
                isRequired = record
                        ? !mayBeAbsent
                        : Constraints.demandsValue(property.annotations()) || requiredByJackson(property.annotations());
            } else {
                String include = inclusion(property.annotations())
                        .or(() -> classInclusion)
                        .orElse("ALWAYS");
                isRequired = !omittable(include, schema);
            }
            if (isRequired) {
                required.add(property.jsonName());
            }
        }
        return ApiSchema.object(schemas, required);
    }

    private static boolean requiredByJackson(AnnotationSet annotations) {
        return annotations
                .jackson("JsonProperty")
                .map(mirror -> Boolean.TRUE.equals(AnnotationSet.value(mirror, "required")))
                .orElse(false);
    }

    private static Optional<String> inclusion(AnnotationSet annotations) {
        return annotations
                .jackson("JsonInclude")
                .map(mirror -> AnnotationSet.string(mirror, "value"))
                .filter(value -> !value.equals("USE_DEFAULTS"));
    }

    /** Whether Jackson may leave a property out under {@code @JsonInclude(include)}. */
    private static boolean omittable(String include, ApiSchema schema) {
        boolean emptiable = schema.kind() == Kind.ARRAY || schema.kind() == Kind.MAP || schema.kind() == Kind.STRING;
        return switch (include) {
            case "NON_NULL", "NON_ABSENT" -> schema.nullable();
            case "NON_EMPTY" -> schema.nullable() || emptiable;
            case "NON_DEFAULT", "CUSTOM" -> true;
            default -> false;
        };
    }

    /**
     * The schema of a declared value (parameter or property): its type's schema, {@code @Nullable}
     * as null allowed, Jakarta constraints, title from {@code name} and {@code @Default}.
     */
    private ApiSchema valueSchema(TypeMirror type, String name, AnnotationSet annotations, SchemaMode mode) {
        ApiSchema schema = schema(type, mode);
        if (annotations.hasSimpleName("Nullable")) {
            schema = schema.withNullable(true);
        }
        schema = Constraints.apply(schema, annotations);
        if (schema.kind() != Kind.REF) {
            // FastAPI titles every field except a reference, nullable or not: the component has its own title
            schema = schema.withTitle(Titles.fromName(name));
        }
        Optional<AnnotationMirror> explicitDefault = annotations.get(DEFAULT_ANNOTATION);
        if (explicitDefault.isPresent()) {
            Object value = defaultValue(AnnotationSet.string(explicitDefault.get(), "value"), schema, type);
            if (value != null) {
                schema = schema.withDefault(value);
            }
        }
        return schema;
    }

    /**
     * A {@code @Default} text as the JSON value the schema expects, or {@code null} when it does not
     * parse (reporting a bad default is the validation stage's job; the document just omits it).
     */
    private Object defaultValue(String text, ApiSchema schema, TypeMirror type) {
        try {
            return switch (schema.kind()) {
                case INTEGER -> {
                    long value = Long.parseLong(text.strip());
                    yield value == (int) value ? (Object) (int) value : (Object) value;
                }
                case NUMBER -> new BigDecimal(text.strip());
                case BOOLEAN ->
                    text.equalsIgnoreCase("true")
                            ? Boolean.TRUE
                            : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
                case STRING -> text;
                case REF -> isEnum(type) ? text : null;
                default -> null;
            };
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private boolean isEnum(TypeMirror type) {
        TypeMirror value = type;
        if (isOptional(type) && !((DeclaredType) type).getTypeArguments().isEmpty()) {
            value = ((DeclaredType) type).getTypeArguments().get(0);
        }
        Element element = types.asElement(value);
        return element != null && element.getKind() == ElementKind.ENUM;
    }
}
