package dev.kiln.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an {@link ApiDocument} into Swagger Core's OpenAPI 3.1 model, the way FastAPI documents
 * its routes: a {@code "Successful Response"} with the operation's status, a 422
 * {@code "Validation Error"} on every operation that reads parameters or a body (FastAPI's
 * {@code HTTPValidationError}, or the app's own body when {@link ApiDocument#validationError()} says so), Pydantic-style
 * nullable fields and component names. Problems (duplicate operationIds or routes, missing
 * components) are returned with the model, never thrown.
 *
 * <p>The result is deterministic: paths sorted, methods in OpenAPI's order within a path,
 * components sorted by name, properties in declaration order, extensions sorted.
 */
// Swagger Core's Schema API takes and returns raw Schema types (Map<String, Schema>, Schema.items).
@SuppressWarnings({"rawtypes", "unchecked"})
public final class OpenApiBuilder {
    /** The prefix of a component reference. */
    public static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final ApiDocument document;
    private final List<ApiProblem> problems = new ArrayList<>();
    private final Map<String, Schema> bodySchemas = new TreeMap<>();
    private ComponentNames names;

    private OpenApiBuilder(ApiDocument document) {
        this.document = document;
    }

    /** Builds the OpenAPI model of {@code document}, with the problems found on the way. */
    public static OpenApiResult build(ApiDocument document) {
        return new OpenApiBuilder(document).build();
    }

    private OpenApiResult build() {
        List<ApiOperation> operations = distinctRoutes(sorted(document.operations()));
        checkOperationIds(operations);
        List<ApiRef> roots = rootRefs(operations);
        if (document.validationError() != null && operations.stream().anyMatch(OpenApiBuilder::validates)) {
            roots.addAll(document.validationError().refs());
        }
        names = new ComponentNames(document.components(), roots);
        for (ApiRef missing : names.missing()) {
            problems.add(new ApiProblem(
                    ApiProblem.Kind.MISSING_COMPONENT,
                    "no " + missing.mode().name().toLowerCase(java.util.Locale.ROOT) + " schema for component '"
                            + missing.componentId() + "'",
                    List.of()));
        }

        OpenAPI openApi = new OpenAPI(SpecVersion.V31).openapi("3.1.0").info(info(document.info()));
        Paths paths = new Paths();
        boolean anyValidation = false;
        for (ApiOperation operation : operations) {
            PathItem item = paths.computeIfAbsent(operation.path(), path -> new PathItem());
            item.operation(PathItem.HttpMethod.valueOf(operation.method()), operation(operation));
            anyValidation |= validates(operation);
        }
        openApi.paths(paths);

        Map<String, Schema> schemas = new TreeMap<>(bodySchemas);
        names.schemasByName().forEach((name, schema) -> schemas.put(name, schema(schema)));
        if (anyValidation && document.validationError() == null) {
            schemas.put(FastApiErrors.HTTP_VALIDATION_ERROR, FastApiErrors.httpValidationError());
            schemas.put(FastApiErrors.VALIDATION_ERROR, FastApiErrors.validationError());
        }
        Map<String, io.swagger.v3.oas.models.security.SecurityScheme> securitySchemes = securitySchemes(operations);
        if (!schemas.isEmpty() || !securitySchemes.isEmpty()) {
            Components components = new Components();
            if (!schemas.isEmpty()) {
                components.schemas(new LinkedHashMap<>(schemas));
            }
            if (!securitySchemes.isEmpty()) {
                components.securitySchemes(new LinkedHashMap<>(securitySchemes));
            }
            openApi.components(components);
        }
        return new OpenApiResult(openApi, problems);
    }

    private static Info info(ApiInfo info) {
        return new Info().title(info.title()).version(info.version()).description(info.description());
    }

    private static List<ApiOperation> sorted(List<ApiOperation> operations) {
        List<ApiOperation> sorted = new ArrayList<>(operations);
        sorted.sort(Comparator.comparing(ApiOperation::path)
                .thenComparing(operation -> ApiOperation.METHODS.indexOf(operation.method())));
        return sorted;
    }

    /** Keeps the first of operations that share a method and path, reporting the others. */
    private List<ApiOperation> distinctRoutes(List<ApiOperation> operations) {
        Map<String, List<ApiOperation>> byRoute = new LinkedHashMap<>();
        for (ApiOperation operation : operations) {
            byRoute.computeIfAbsent(operation.method() + " " + operation.path(), key -> new ArrayList<>())
                    .add(operation);
        }
        List<ApiOperation> distinct = new ArrayList<>();
        byRoute.forEach((route, same) -> {
            distinct.add(same.get(0));
            if (same.size() > 1) {
                problems.add(new ApiProblem(
                        ApiProblem.Kind.DUPLICATE_ROUTE,
                        route + " is declared by " + same.size()
                                + " operations ("
                                + String.join(
                                        ", ",
                                        same.stream().map(ApiOperation::name).toList())
                                + ")",
                        same));
            }
        });
        return distinct;
    }

    private void checkOperationIds(List<ApiOperation> operations) {
        Map<String, List<ApiOperation>> byId = new LinkedHashMap<>();
        for (ApiOperation operation : operations) {
            byId.computeIfAbsent(operation.effectiveOperationId(), id -> new ArrayList<>())
                    .add(operation);
        }
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                problems.add(new ApiProblem(
                        ApiProblem.Kind.DUPLICATE_OPERATION_ID,
                        "operationId '" + id + "' is used by "
                                + String.join(
                                        " and ",
                                        same.stream()
                                                .map(op -> op.method() + " " + op.path())
                                                .toList()),
                        same));
            }
        });
    }

    private static List<ApiRef> rootRefs(List<ApiOperation> operations) {
        List<ApiRef> refs = new ArrayList<>();
        for (ApiOperation operation : operations) {
            operation
                    .parameters()
                    .forEach(parameter -> refs.addAll(parameter.schema().refs()));
            if (operation.requestBody() != null) {
                refs.addAll(operation.requestBody().schema().refs());
            }
            if (operation.response().schema() != null) {
                refs.addAll(operation.response().schema().refs());
            }
        }
        return refs;
    }

    private static boolean validates(ApiOperation operation) {
        return !operation.parameters().isEmpty() || operation.requestBody() != null;
    }

    private Operation operation(ApiOperation source) {
        Operation operation = new Operation();
        if (!source.tags().isEmpty()) {
            operation.tags(new ArrayList<>(source.tags()));
        }
        operation.summary(source.effectiveSummary());
        operation.description(source.description());
        operation.operationId(source.effectiveOperationId());
        if (source.deprecated()) {
            operation.deprecated(true);
        }
        for (ApiParameter parameter : source.parameters()) {
            operation.addParametersItem(parameter(parameter));
        }
        if (source.requestBody() != null) {
            operation.requestBody(requestBody(source));
        }
        operation.responses(responses(source));
        for (ApiSecurityRequirement requirement : source.security()) {
            operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement()
                    .addList(requirement.scheme().name(), new ArrayList<>(requirement.scopes())));
        }
        if (!source.extensions().isEmpty()) {
            operation.extensions(new LinkedHashMap<>(source.extensions()));
        }
        return operation;
    }

    /** Every scheme the operations need, by name (the first definition of a name wins; the processor checks them). */
    private static Map<String, io.swagger.v3.oas.models.security.SecurityScheme> securitySchemes(
            List<ApiOperation> operations) {
        Map<String, io.swagger.v3.oas.models.security.SecurityScheme> schemes = new TreeMap<>();
        for (ApiOperation operation : operations) {
            for (ApiSecurityRequirement requirement : operation.security()) {
                schemes.computeIfAbsent(requirement.scheme().name(), n -> securityScheme(requirement.scheme()));
            }
        }
        return schemes;
    }

    private static io.swagger.v3.oas.models.security.SecurityScheme securityScheme(ApiSecurityScheme source) {
        io.swagger.v3.oas.models.security.SecurityScheme scheme =
                new io.swagger.v3.oas.models.security.SecurityScheme().description(source.description());
        switch (source.type()) {
            case OAUTH2 -> {
                io.swagger.v3.oas.models.security.Scopes scopes = new io.swagger.v3.oas.models.security.Scopes();
                source.scopes().forEach(scopes::addString);
                scheme.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.OAUTH2)
                        .flows(new io.swagger.v3.oas.models.security.OAuthFlows()
                                .password(new io.swagger.v3.oas.models.security.OAuthFlow()
                                        .tokenUrl(source.tokenUrl())
                                        .refreshUrl(source.refreshUrl())
                                        .scopes(scopes)));
            }
            case HTTP ->
                scheme.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                        .scheme(source.httpScheme())
                        .bearerFormat(source.bearerFormat());
            case API_KEY ->
                scheme.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.APIKEY)
                        .in(
                                switch (source.in()) {
                                    case QUERY -> io.swagger.v3.oas.models.security.SecurityScheme.In.QUERY;
                                    case COOKIE -> io.swagger.v3.oas.models.security.SecurityScheme.In.COOKIE;
                                    default -> io.swagger.v3.oas.models.security.SecurityScheme.In.HEADER;
                                })
                        .name(source.parameterName());
            case OPEN_ID_CONNECT ->
                scheme.type(io.swagger.v3.oas.models.security.SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(source.openIdConnectUrl());
        }
        return scheme;
    }

    private Parameter parameter(ApiParameter source) {
        Parameter parameter = new Parameter()
                .name(source.name())
                .in(source.in().wireName())
                .required(source.required())
                .schema(schema(source.schema()))
                .description(source.description());
        if (source.deprecated()) {
            parameter.deprecated(true);
        }
        return parameter;
    }

    private RequestBody requestBody(ApiOperation source) {
        ApiRequestBody body = source.requestBody();
        Schema<?> schema;
        if (body.schema().kind() == ApiSchema.Kind.OBJECT) {
            // FastAPI names the object that embeds several body parameters (or a form) after the operation.
            String name = "Body_" + source.effectiveOperationId();
            ApiSchema titled = body.schema().title() == null ? body.schema().withTitle(name) : body.schema();
            bodySchemas.put(name, schema(titled));
            schema = new JsonSchema().$ref(COMPONENT_PREFIX + name);
        } else {
            schema = schema(body.schema());
        }
        RequestBody requestBody =
                new RequestBody().content(new Content().addMediaType(body.mediaType(), new MediaType().schema(schema)));
        if (body.required()) {
            requestBody.required(true);
        }
        return requestBody;
    }

    private ApiResponses responses(ApiOperation source) {
        ApiResponse success = source.response();
        io.swagger.v3.oas.models.responses.ApiResponse response =
                new io.swagger.v3.oas.models.responses.ApiResponse().description(success.description());
        if (success.mediaType() != null && success.allowsBody()) {
            Schema<?> schema = success.schema() == null ? new JsonSchema() : schema(success.schema());
            MediaType media = new MediaType();
            if (success.items() == ApiResponse.Items.NONE) {
                media.schema(schema);
            } else {
                // OpenAPI 3.2's itemSchema, which Swagger's 3.1 model has no field for; FastAPI writes it under 3.1.
                Map<String, Object> itemSchema = new LinkedHashMap<>();
                itemSchema.put("itemSchema", success.items() == ApiResponse.Items.JSON_LINES ? schema : event(success));
                media.setExtensions(itemSchema);
            }
            response.content(new Content().addMediaType(success.mediaType(), media));
        }
        ApiResponses responses = new ApiResponses().addApiResponse(Integer.toString(success.status()), response);
        if (validates(source)) {
            responses.addApiResponse(
                    FastApiErrors.STATUS,
                    document.validationError() == null
                            ? FastApiErrors.response()
                            : FastApiErrors.response(schema(document.validationError())));
        }
        return responses;
    }

    /**
     * FastAPI's schema of one server-sent event ({@code fastapi.sse._SSE_EVENT_SCHEMA}): {@code data},
     * {@code event}, {@code id} strings and a non-negative {@code retry}; {@code data} holds the item's JSON
     * ({@code contentMediaType}, {@code contentSchema}) when its type is known, and is required for plain
     * items.
     */
    private Schema<Object> event(ApiResponse success) {
        Schema<Object> data = new JsonSchema().types(Set.of("string"));
        boolean typed = success.schema() != null && success.schema().kind() != ApiSchema.Kind.ANY;
        if (typed) {
            data.contentMediaType(ApiRequestBody.JSON).contentSchema(schema(success.schema()));
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("data", data);
        properties.put("event", new JsonSchema().types(Set.of("string")));
        properties.put("id", new JsonSchema().types(Set.of("string")));
        properties.put("retry", new JsonSchema().types(Set.of("integer")).minimum(java.math.BigDecimal.ZERO));
        Schema<Object> event = new JsonSchema().types(Set.of("object")).properties(properties);
        if (typed && success.items() == ApiResponse.Items.EVENTS) {
            event.required(new ArrayList<>(List.of("data")));
        }
        return event;
    }

    /**
     * One neutral schema as a JSON Schema of OpenAPI 3.1. A nullable schema becomes Pydantic's
     * {@code anyOf: [<schema>, {"type": "null"}]}, with title, description and default outside.
     */
    private Schema<Object> schema(ApiSchema source) {
        Schema<Object> core = new JsonSchema();
        switch (source.kind()) {
            case ANY -> {}
            case STRING -> core.types(Set.of("string"));
            case INTEGER -> core.types(Set.of("integer"));
            case NUMBER -> core.types(Set.of("number"));
            case BOOLEAN -> core.types(Set.of("boolean"));
            case ARRAY -> {
                core.types(Set.of("array")).items(schema(source.items()));
                if (source.uniqueItems()) {
                    core.uniqueItems(true);
                }
            }
            case MAP -> {
                core.types(Set.of("object")).additionalProperties(schema(source.additionalProperties()));
                if (source.propertyNames() != null) {
                    core.propertyNames(schema(source.propertyNames()));
                }
            }
            case FILE -> core.types(Set.of("string")).contentMediaType(ApiRequestBody.OCTET_STREAM);
            case OBJECT -> {
                core.types(Set.of("object"));
                if (!source.properties().isEmpty()) {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    source.properties().forEach((name, property) -> properties.put(name, schema(property)));
                    core.properties(properties);
                }
                if (!source.required().isEmpty()) {
                    core.required(new ArrayList<>(source.required()));
                    // Swagger sorts `required`; Pydantic lists it in property order, so put that order back.
                    core.getRequired().clear();
                    core.getRequired().addAll(source.required());
                }
            }
            case REF -> {
                String name = names.nameOf(source.ref());
                core.$ref(COMPONENT_PREFIX + (name == null ? source.ref().componentId() : name));
            }
        }
        core.format(source.format());
        if (!source.enumValues().isEmpty()) {
            core.setEnum(new ArrayList<>(source.enumValues()));
        }
        constrain(core, source.constraints());

        Schema<Object> outer = core;
        if (source.nullable() && source.kind() != ApiSchema.Kind.ANY) {
            outer = new JsonSchema().anyOf(List.of(core, new JsonSchema().types(Set.of("null"))));
        }
        outer.title(source.title());
        outer.description(source.description());
        if (source.defaultValue() != null) {
            outer.setDefault(source.defaultValue().value());
            outer.setDefaultSetFlag(true);
        }
        return outer;
    }

    private static void constrain(Schema<Object> schema, ApiConstraints constraints) {
        if (constraints.isEmpty()) {
            return;
        }
        schema.minimum(constraints.minimum());
        schema.maximum(constraints.maximum());
        schema.exclusiveMinimumValue(constraints.exclusiveMinimum());
        schema.exclusiveMaximumValue(constraints.exclusiveMaximum());
        schema.minLength(constraints.minLength());
        schema.maxLength(constraints.maxLength());
        List<String> patterns = constraints.patterns();
        if (!patterns.isEmpty()) {
            // JSON Schema has one `pattern`; a value that must match several meets each in an `allOf` member
            schema.pattern(patterns.get(0));
            for (String more : patterns.subList(1, patterns.size())) {
                schema.addAllOfItem(new JsonSchema().pattern(more));
            }
        }
        schema.minItems(constraints.minItems());
        schema.maxItems(constraints.maxItems());
        schema.minProperties(constraints.minProperties());
        schema.maxProperties(constraints.maxProperties());
    }
}
