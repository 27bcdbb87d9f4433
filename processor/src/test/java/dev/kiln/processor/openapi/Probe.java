package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.openapi.ApiDocument;
import dev.kiln.openapi.ApiOperation;
import dev.kiln.openapi.ApiRequestBody;
import dev.kiln.openapi.ApiResponse;
import dev.kiln.openapi.OpenApiBuilder;
import dev.kiln.openapi.OpenApiResult;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles sources with {@link SchemaProbe} and turns what it recorded into an OpenAPI document:
 * one {@code POST /in/<method.param>} per request body, one {@code GET /out/<method>} per response,
 * one {@code GET /param/<method>} per parameter list. The document must be clean and valid.
 */
final class Probe {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final SchemaProbe recorded;
    final JsonNode document;

    private Probe(SchemaProbe recorded, JsonNode document) {
        this.recorded = recorded;
        this.document = document;
    }

    /** Compiles {@code sources} given as (fully qualified class name, source text) pairs. */
    static Probe compile(String... namesAndSources) {
        List<javax.tools.JavaFileObject> files = new ArrayList<>();
        for (int i = 0; i < namesAndSources.length; i += 2) {
            files.add(JavaFileObjects.forSourceString(namesAndSources[i], namesAndSources[i + 1]));
        }
        SchemaProbe probe = new SchemaProbe();
        Compilation compilation = Compiler.javac().withProcessors(probe).compile(files);
        assertThat(compilation).succeeded();

        List<ApiOperation> operations = new ArrayList<>();
        probe.inputs.forEach((key, schema) -> operations.add(ApiOperation.builder("POST", "/in/" + key, "in")
                .requestBody(ApiRequestBody.json(true, schema))
                .build()));
        probe.outputs.forEach((key, schema) -> operations.add(ApiOperation.builder("GET", "/out/" + key, "out")
                .response(ApiResponse.json(200, schema))
                .build()));
        probe.parameters.forEach((method, read) -> {
            ApiOperation.Builder operation = ApiOperation.builder("GET", "/param/" + method, "param");
            read.forEach(operation::parameter);
            operations.add(operation.build());
        });
        OpenApiResult result = OpenApiBuilder.build(new ApiDocument(operations, probe.components));
        assertEquals(List.of(), result.problems());
        String json = result.json();
        SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, null);
        assertTrue(
                parsed.getMessages() == null || parsed.getMessages().isEmpty(),
                () -> "swagger-parser: " + parsed.getMessages() + "\n" + json);
        try {
            return new Probe(probe, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component schema written under {@code name}. */
    JsonNode component(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertTrue(!schema.isMissingNode(), () -> "no component " + name + " in " + componentNames());
        return schema;
    }

    /** The names of the components written, except FastAPI's two validation error schemas. */
    List<String> componentNames() {
        List<String> names = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!name.equals("HTTPValidationError") && !name.equals("ValidationError")) {
                names.add(name);
            }
        });
        return names;
    }

    /** The schema of the response of {@code method}. */
    JsonNode output(String method) {
        return document.at(
                "/paths/" + escape("/out/" + method) + "/get/responses/200/content/application~1json/schema");
    }

    /** The schema of the request body {@code method.parameter}. */
    JsonNode input(String key) {
        return document.at("/paths/" + escape("/in/" + key) + "/post/requestBody/content/application~1json/schema");
    }

    /** The parameters of {@code method}, as written. */
    JsonNode parameters(String method) {
        return document.at("/paths/" + escape("/param/" + method) + "/get/parameters");
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
