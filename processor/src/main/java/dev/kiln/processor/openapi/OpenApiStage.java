package dev.kiln.processor.openapi;

import com.palantir.javapoet.ClassName;
import dev.kiln.openapi.ApiDocument;
import dev.kiln.openapi.ApiOperation;
import dev.kiln.openapi.ApiProblem;
import dev.kiln.openapi.ApiResponse;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.OpenApiBuilder;
import dev.kiln.openapi.OpenApiResult;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.processor.PipelineExtension;
import dev.kiln.processor.ResourceWriter;
import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Report;
import dev.kiln.processor.graph.OperationSecurity;
import dev.kiln.processor.graph.PlannedOperation;
import dev.kiln.processor.graph.RouteGraph;
import dev.kiln.processor.model.ExceptionHandlerMethod;
import dev.kiln.processor.model.ModuleResources;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ReturnShape;
import dev.kiln.processor.model.Source;
import dev.kiln.processor.model.StreamShape;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Writes the OpenAPI 3.1 document of the compilation's operations when the route module is written,
 * to {@code META-INF/kiln/openapi/<module>.json}: the route module names it for the runtime, which
 * serves it (with the app's title, version and description merged in at startup). One name per
 * compilation, so a shaded jar keeps every module's document.
 */
public final class OpenApiStage implements PipelineExtension {
    private final ProcessingEnvironment env;

    public OpenApiStage(ProcessingEnvironment env) {
        this.env = env;
    }

    @Override
    public Report compilationFinished(ClassName module, List<RouteGraph> rounds, ResourceWriter files) {
        SchemaFactory schemas = new SchemaFactory();
        Map<ApiOperation, Element> origins = new IdentityHashMap<>();
        List<ApiOperation> operations = new ArrayList<>();
        List<Element> classes = new ArrayList<>();
        List<Map<String, Object>> webSockets = new ArrayList<>();
        for (RouteGraph graph : rounds) {
            graph.routeClasses().forEach(c -> classes.add(c.element()));
            for (PlannedOperation planned : graph.operations()) {
                if (planned.operation().isWebSocket()) {
                    webSockets.add(WebSocketsExtension.entry(planned));
                    continue;
                }
                ApiOperation operation = document(planned, schemas);
                operations.add(operation);
                origins.put(operation, planned.operation().element());
            }
        }
        ApiSchema validationError = validationErrorBody(rounds, schemas);
        OpenApiResult result = OpenApiBuilder.build(
                new ApiDocument(operations, schemas.components()).withValidationError(validationError));
        Report report = new Report();
        for (ApiProblem problem : result.problems()) {
            if (problem.kind() == ApiProblem.Kind.DUPLICATE_ROUTE) {
                continue; // the route table reported it already, on both methods
            }
            // a missing component is a defect in Kiln's schema factory, not in the user's code
            DiagnosticId id = problem.kind() == ApiProblem.Kind.DUPLICATE_OPERATION_ID
                    ? DiagnosticId.DuplicateOperationId
                    : DiagnosticId.InternalError;
            for (ApiOperation operation : problem.operations()) {
                report.error(id, inThisRound(origins.get(operation)), problem.message() + ".");
            }
        }
        WebSocketsExtension.add(result.openApi(), webSockets);
        if (report.isClean()) {
            files.writeResource(ModuleResources.openapi(module.reflectionName()), result.json(), classes);
        }
        return report;
    }

    /**
     * What every 422 answers when the compilation's handler for {@code RequestValidationException}
     * declares its body ({@code Response<Problem>}): that type's schema; else {@code null}, FastAPI's
     * {@code HTTPValidationError}.
     */
    private static ApiSchema validationErrorBody(List<RouteGraph> rounds, SchemaFactory schemas) {
        for (RouteGraph graph : rounds) {
            for (ExceptionHandlerMethod handler : graph.exceptionHandlers()) {
                if (handler.handlesValidationFailures() && handler.declaredBody() != null) {
                    return schemas.output(handler.declaredBody());
                }
            }
        }
        return null;
    }

    /**
     * The same method as seen by the current round: this stage runs in a later round than the one
     * that read the method, and javac only places messages on elements of the current round.
     */
    private Element inThisRound(Element method) {
        TypeElement owner =
                env.getElementUtils().getTypeElement(((TypeElement) method.getEnclosingElement()).getQualifiedName());
        if (owner == null) {
            return method;
        }
        return owner.getEnclosedElements().stream()
                .<Element>map(e -> e)
                .filter(e -> e.getKind() == method.getKind()
                        && e.getSimpleName().equals(method.getSimpleName())
                        && e.asType().toString().equals(method.asType().toString()))
                .findFirst()
                .orElse(method);
    }

    private static ApiOperation document(PlannedOperation planned, SchemaFactory schemas) {
        Operation op = planned.operation();
        TypeElement owner = planned.routeClass().element();
        ApiOperation.Builder builder = ApiOperation.builder(
                        op.method().name(), op.path().template(), op.javaName())
                .operationId(op.operationId())
                .summary(op.summary())
                .description(op.description())
                .tags(op.tags())
                .deprecated(op.deprecated())
                .extension(
                        "x-kiln-dispatch",
                        planned.plan().dispatch().isEventLoop()
                                ? "event-loop"
                                : "worker[" + planned.plan().dispatch().pool() + "]")
                .extension("x-kiln-java-method", owner.getSimpleName() + "." + op.javaName());
        // the schemes its graph reaches; what they read is theirs, never also a plain parameter
        List<String> readBySchemes = new ArrayList<>();
        for (OperationSecurity.Requirement requirement :
                planned.plan().security().requirements()) {
            builder.security(SecurityDocument.requirement(requirement));
            readBySchemes.add(SecurityDocument.readKey(requirement.scheme()));
        }
        // the operation's request values and its providers', as FastAPI documents a dependency's parameters
        List<Parameter> bodies = new ArrayList<>();
        List<Parameter> form = new ArrayList<>();
        Parameter raw = null;
        for (Parameter parameter : planned.plan().requestParameters()) {
            if (parameter.source() == Source.BODY) {
                bodies.add(parameter);
                continue;
            }
            if (parameter.source() == Source.FORM || parameter.source() == Source.FILE) {
                form.addAll(parameter.flattened() ? parameter.members() : List.of(parameter));
                continue;
            }
            if (parameter.source() == Source.RAW_BODY) {
                raw = parameter;
                continue;
            }
            List<Parameter> bound = parameter.flattened() ? parameter.members() : List.of(parameter);
            for (Parameter p : bound) {
                ParameterLocation in = location(p.source());
                if (in != null && !readBySchemes.contains(SecurityDocument.readKey(p.source(), p.wireName()))) {
                    builder.parameter(schemas.parameter(p, in));
                }
            }
        }
        if (!form.isEmpty()) {
            builder.requestBody(schemas.formRequestBody(form));
        } else if (raw != null) {
            builder.requestBody(schemas.rawRequestBody(raw));
        } else if (bodies.size() == 1 && !bodies.get(0).embedded()) {
            builder.requestBody(schemas.requestBody(bodies.get(0)));
        } else if (!bodies.isEmpty()) {
            builder.requestBody(schemas.embeddedRequestBody(bodies));
        }
        builder.response(response(op, schemas));
        return builder.build();
    }

    /** The success response, with the status the generated code answers. */
    private static ApiResponse response(Operation op, SchemaFactory schemas) {
        ReturnShape returns = op.returns();
        int status = op.successStatus();
        return switch (returns.kind()) {
            case EMPTY -> ApiResponse.empty(status);
            case TEXT -> ApiResponse.text(status, op.produces());
            // a Response under a media type of the operation's own is sent with it (Answers.response):
            // documented as FastAPI documents a response_class that is not JSON, {"type": "string"}
            case RESPONSE ->
                !op.produces().contains("json")
                        ? ApiResponse.text(status, op.produces())
                        : output(returns, status, schemas);
            case JSON -> output(returns, status, schemas);
            case STREAM ->
                returns.stream().format() == StreamShape.Format.EVENT_STREAM
                        ? ApiResponse.eventStream(
                                status,
                                schemas.output(returns),
                                returns.stream().events())
                        : ApiResponse.jsonLines(status, schemas.output(returns));
        };
    }

    /** A JSON body of the returned type's schema; no content when it has none ({@code Response<Void>}). */
    private static ApiResponse output(ReturnShape returns, int status, SchemaFactory schemas) {
        ApiSchema schema = schemas.output(returns);
        return schema == null ? ApiResponse.empty(status) : ApiResponse.json(status, schema);
    }

    private static ParameterLocation location(Source source) {
        return switch (source) {
            case PATH -> ParameterLocation.PATH;
            case QUERY -> ParameterLocation.QUERY;
            case HEADER -> ParameterLocation.HEADER;
            case COOKIE -> ParameterLocation.COOKIE;
            case BODY, RAW_BODY, FORM, FILE, INJECTED, DEPENDENCY, SECURITY -> null;
        };
    }
}
