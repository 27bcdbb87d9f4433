package dev.kiln.processor.openapi;

import dev.kiln.openapi.ApiDocument;
import dev.kiln.openapi.ApiOperation;
import dev.kiln.openapi.ApiProblem;
import dev.kiln.openapi.ApiResponse;
import dev.kiln.openapi.ApiSchema;
import dev.kiln.openapi.OpenApiBuilder;
import dev.kiln.openapi.OpenApiResult;
import dev.kiln.openapi.ParameterLocation;
import dev.kiln.processor.diag.DiagnosticId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * A test-only stand-in for the real processor, to prove the glue the lead writes between Kiln's
 * model and this package: it reads {@code @Get/@Post/@Put/@Delete} and {@code @Router} by name with a
 * deliberately naive idea of where a parameter comes from ({@code {name}} in the path, {@code @Header},
 * a record is the body, anything else the query), builds the document with {@link SchemaFactory},
 * {@link JavadocText} and {@link OpenApiBuilder}, reports problems as errors on the methods, and
 * writes {@code META-INF/kiln/openapi.json}.
 */
final class GlueExampleProcessor extends AbstractProcessor {
    private static final List<String> VERBS = List.of("Get", "Post", "Put", "Delete", "Patch");

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.kiln.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        SchemaFactory schemas = new SchemaFactory(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        List<ApiOperation> operations = new ArrayList<>();
        Map<ApiOperation, ExecutableElement> origins = new IdentityHashMap<>();
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            Optional<AnnotationMirror> router = annotation(type, "Router");
            String prefix = router.map(r -> AnnotationSet.string(r, "prefix")).orElse("");
            List<String> tags =
                    router.map(r -> AnnotationSet.strings(r, "tags")).orElse(List.of());
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                for (String verb : VERBS) {
                    annotation(method, verb).ifPresent(mapping -> {
                        ApiOperation operation = operation(schemas, verb, prefix, tags, method, mapping);
                        operations.add(operation);
                        origins.put(operation, method);
                    });
                }
            }
        }
        if (operations.isEmpty()) {
            return false;
        }
        // ---- the glue, as the lead would write it ----
        OpenApiResult result = OpenApiBuilder.build(new ApiDocument(operations, schemas.components()));
        for (ApiProblem problem : result.problems()) {
            for (ApiOperation operation : problem.operations()) {
                processingEnv
                        .getMessager()
                        .printMessage(
                                Diagnostic.Kind.ERROR,
                                DiagnosticId.DuplicateOperationId.format(problem.message(), null),
                                origins.get(operation));
            }
        }
        if (result.problems().isEmpty()) {
            try (Writer out = processingEnv
                    .getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/kiln/openapi.json")
                    .openWriter()) {
                out.write(result.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private ApiOperation operation(
            SchemaFactory schemas,
            String verb,
            String prefix,
            List<String> tags,
            ExecutableElement method,
            AnnotationMirror mapping) {
        String path = prefix + AnnotationSet.string(mapping, "value");
        int status = (Integer) AnnotationSet.value(mapping, "status");
        JavadocText doc = JavadocText.of(processingEnv.getElementUtils(), method);
        ApiOperation.Builder operation = ApiOperation.builder(
                        verb,
                        path.isEmpty() ? "/" : path,
                        method.getSimpleName().toString())
                .operationId(AnnotationSet.string(mapping, "operationId"))
                .summary(orElse(AnnotationSet.string(mapping, "summary"), doc.summary()))
                .description(orElse(AnnotationSet.string(mapping, "description"), doc.description()))
                .tags(tags)
                .tags(AnnotationSet.strings(mapping, "tags"))
                .deprecated(Boolean.TRUE.equals(AnnotationSet.value(mapping, "deprecated")))
                .extension("x-kiln-dispatch", "worker[default]");
        for (VariableElement parameter : method.getParameters()) {
            String name = parameter.getSimpleName().toString();
            if (path.contains("{" + name + "}")) {
                operation.parameter(schemas.parameterOf(parameter, name, ParameterLocation.PATH, doc.param(name)));
            } else if (annotation(parameter, "Header").isPresent()) {
                String wireName = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
                operation.parameter(
                        schemas.parameterOf(parameter, wireName, ParameterLocation.HEADER, doc.param(name)));
            } else if (processingEnv.getTypeUtils().asElement(parameter.asType()) instanceof TypeElement element
                    && element.getKind() == ElementKind.RECORD) {
                operation.requestBody(schemas.requestBody(parameter));
            } else {
                operation.parameter(schemas.parameterOf(parameter, name, ParameterLocation.QUERY, doc.param(name)));
            }
        }
        ApiSchema body = schemas.output(method.getReturnType());
        operation.response(
                body == null ? ApiResponse.empty(status == 200 ? 204 : status) : ApiResponse.json(status, body));
        return operation.build();
    }

    private static Optional<AnnotationMirror> annotation(javax.lang.model.element.Element element, String simpleName) {
        return AnnotationSet.of(element).get("dev.kiln." + simpleName);
    }

    private static String orElse(String explicit, String fallback) {
        return explicit == null || explicit.isEmpty() ? fallback : explicit;
    }
}
