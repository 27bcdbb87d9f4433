package dev.kiln.openapi;

import static dev.kiln.openapi.JsonTrees.assertGolden;
import static dev.kiln.openapi.JsonTrees.assertValidOpenApi;
import static dev.kiln.openapi.JsonTrees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpenApiBuilderTest {

    private static JsonNode build(ApiDocument document) {
        OpenApiResult result = OpenApiBuilder.build(document);
        assertEquals(List.of(), result.problems());
        String json = result.json();
        assertValidOpenApi(json);
        return tree(json);
    }

    private static ApiOperation get(String path, String name, ApiSchema response) {
        return ApiOperation.builder("GET", path, name)
                .response(ApiResponse.json(200, response))
                .build();
    }

    private static ApiOperation post(String path, String name, ApiSchema body) {
        return ApiOperation.builder("POST", path, name)
                .requestBody(ApiRequestBody.json(true, body))
                .build();
    }

    private static ApiComponent component(String name, ApiSchema input, ApiSchema output) {
        return new ApiComponent("com.example." + name, name, "com__example__" + name, input, output);
    }

    @Test
    void itemsDocumentMatchesTheGoldenFileAndIsValid() {
        OpenApiResult result = OpenApiBuilder.build(Documents.items());
        assertEquals(List.of(), result.problems());
        assertValidOpenApi(result.json());
        assertGolden("golden/items.json", result.json());
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTheOrderOfOperationsAndComponents() {
        ApiDocument document = Documents.items();
        String first = OpenApiBuilder.build(document).json();
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            List<ApiOperation> operations = new ArrayList<>(document.operations());
            Collections.shuffle(operations, random);
            List<ApiComponent> components = new ArrayList<>(document.components());
            components.add(component("Unused", ApiSchema.string(), null));
            Collections.shuffle(components, random);
            assertEquals(
                    first,
                    OpenApiBuilder.build(new ApiDocument(operations, components))
                            .json());
        }
    }

    @Test
    void pathsAreSortedAndTheDocumentIsOpenApi31() {
        JsonNode json = build(Documents.items());
        assertEquals("3.1.0", json.get("openapi").asText());
        List<String> paths = new ArrayList<>();
        json.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of("/health", "/items", "/items/{itemId}"), paths);
        assertFalse(json.toString().contains("\"nullable\""), "3.1 writes null as a type, not 'nullable'");
    }

    @Test
    void validationErrorSchemasAreFastApis() {
        JsonNode schemas = build(Documents.items()).get("components").get("schemas");
        // As declared by fastapi.openapi.utils (current FastAPI, Pydantic v2 error fields included).
        assertEquals(tree("""
                {"title": "HTTPValidationError", "type": "object",
                 "properties": {"detail": {"title": "Detail", "type": "array",
                                           "items": {"$ref": "#/components/schemas/ValidationError"}}}}
                """), schemas.get("HTTPValidationError"));
        assertEquals(tree("""
                {"title": "ValidationError", "type": "object",
                 "properties": {
                   "loc": {"title": "Location", "type": "array",
                           "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                   "msg": {"title": "Message", "type": "string"},
                   "type": {"title": "Error Type", "type": "string"},
                   "input": {"title": "Input"},
                   "ctx": {"title": "Context", "type": "object"}},
                 "required": ["loc", "msg", "type"]}
                """), schemas.get("ValidationError"));
    }

    @Test
    void only422WhereThereIsSomethingToValidate() {
        JsonNode paths = build(Documents.items()).get("paths");
        assertTrue(paths.at("/~1items~1{itemId}/get/responses").has("422"));
        assertTrue(paths.at("/~1items/post/responses").has("422"));
        assertFalse(paths.at("/~1health/get/responses").has("422"));

        JsonNode noInput = build(new ApiDocument(List.of(get("/ping", "ping", ApiSchema.string())), List.of()));
        assertTrue(
                noInput.path("components")
                        .path("schemas")
                        .path("HTTPValidationError")
                        .isMissingNode(),
                "no validation error components when nothing validates");
    }

    @Test
    void noContentResponsesHaveNoContent() {
        ApiOperation delete = ApiOperation.builder("DELETE", "/items/{id}", "remove")
                .parameter(new ApiParameter("id", ParameterLocation.PATH, true, null, ApiSchema.integer("int64")))
                .response(ApiResponse.json(204, ApiSchema.string()))
                .build();
        JsonNode response =
                build(new ApiDocument(List.of(delete), List.of())).at("/paths/~1items~1{id}/delete/responses/204");
        assertEquals(tree("{\"description\": \"Successful Response\"}"), response);
    }

    @Test
    void anOperationWithoutAResponseModelDocumentsAnEmptySchema() {
        JsonNode json = build(new ApiDocument(List.of(get("/raw", "raw", null)), List.of()));
        assertEquals(tree("{}"), json.at("/paths/~1raw/get/responses/200/content/application~1json/schema"));
    }

    @Test
    void defaultOperationIdsAndSummariesFollowFastApi() {
        JsonNode operation = build(Documents.items()).at("/paths/~1items~1{itemId}/get");
        assertEquals("readItem_items__itemId__get", operation.get("operationId").asText());
        assertEquals("Read Item", operation.get("summary").asText());
        assertEquals("x_a_b_c__put", ApiOperation.defaultOperationId("x", "/a-b.c/", "PUT"));
    }

    @Test
    void duplicateOperationIdsAreReportedNotThrown() {
        ApiOperation first =
                ApiOperation.builder("GET", "/a", "a").operationId("same").build();
        ApiOperation second =
                ApiOperation.builder("GET", "/b", "b").operationId("same").build();
        OpenApiResult result = OpenApiBuilder.build(new ApiDocument(List.of(second, first), List.of()));
        assertEquals(1, result.problems().size());
        ApiProblem problem = result.problems().get(0);
        assertEquals(ApiProblem.Kind.DUPLICATE_OPERATION_ID, problem.kind());
        assertEquals(List.of(first, second), problem.operations());
        assertEquals("operationId 'same' is used by GET /a and GET /b", problem.message());
    }

    @Test
    void duplicateRoutesAreReported() {
        ApiOperation first = get("/a", "one", null);
        ApiOperation second = get("/a", "two", null);
        OpenApiResult result = OpenApiBuilder.build(new ApiDocument(List.of(first, second), List.of()));
        assertEquals(
                List.of(ApiProblem.Kind.DUPLICATE_ROUTE),
                result.problems().stream().map(ApiProblem::kind).toList());
        assertEquals(
                "one_a_get",
                tree(result.json()).at("/paths/~1a/get/operationId").asText());
    }

    @Test
    void aRefToAnUnknownComponentIsAProblem() {
        OpenApiResult result = OpenApiBuilder.build(new ApiDocument(
                List.of(get("/a", "a", ApiSchema.ref("com.example.Ghost", SchemaMode.OUTPUT))), List.of()));
        assertEquals(
                List.of(ApiProblem.Kind.MISSING_COMPONENT),
                result.problems().stream().map(ApiProblem::kind).toList());
        // and the parser would have rejected the document too: the check above is not decorative
        assertFalse(new OpenAPIParser()
                .readContents(result.json(), null, null)
                .getMessages()
                .isEmpty());
    }

    @Test
    void oneComponentWhenBothSidesAgree() {
        ApiSchema tag = ApiSchema.object(Map.of("label", ApiSchema.string()), List.of("label"))
                .withTitle("Tag");
        ApiDocument document = new ApiDocument(
                List.of(
                        post("/tags", "addTag", ApiSchema.ref("com.example.Tag", SchemaMode.INPUT)),
                        get(
                                "/tags",
                                "listTags",
                                ApiSchema.array(ApiSchema.ref("com.example.Tag", SchemaMode.OUTPUT), false))),
                List.of(component("Tag", tag, tag)));
        JsonNode json = build(document);
        assertEquals(List.of("HTTPValidationError", "Tag", "ValidationError"), names(json));
        assertEquals(
                "#/components/schemas/Tag",
                json.at("/paths/~1tags/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText());
    }

    @Test
    void oneSideUsedMeansNoSuffixEvenIfTheSidesWouldDiffer() {
        ApiComponent item = Documents.item();
        JsonNode json = build(new ApiDocument(
                List.of(post("/items", "create", ApiSchema.ref(item.id(), SchemaMode.INPUT))), List.of(item)));
        assertEquals(List.of("HTTPValidationError", "Item", "ValidationError"), names(json));
        assertEquals(tree("[\"name\", \"price\", \"tags\"]"), json.at("/components/schemas/Item/required"));
    }

    @Test
    void aDifferenceInANestedComponentSplitsItsContainersToo() {
        ApiComponent item = Documents.item();
        ApiSchema order = ApiSchema.object(Map.of("item", ApiSchema.ref(item.id(), SchemaMode.INPUT)), List.of("item"))
                .withTitle("Order");
        ApiSchema orderOut = ApiSchema.object(
                        Map.of("item", ApiSchema.ref(item.id(), SchemaMode.OUTPUT)), List.of("item"))
                .withTitle("Order");
        ApiDocument document = new ApiDocument(
                List.of(
                        post("/orders", "create", ApiSchema.ref("com.example.Order", SchemaMode.INPUT)),
                        get("/orders", "list", ApiSchema.ref("com.example.Order", SchemaMode.OUTPUT))),
                List.of(item, component("Order", order, orderOut)));
        JsonNode json = build(document);
        assertEquals(
                List.of(
                        "HTTPValidationError",
                        "Item-Input",
                        "Item-Output",
                        "Order-Input",
                        "Order-Output",
                        "ValidationError"),
                names(json));
        assertEquals(
                "#/components/schemas/Item-Output",
                json.at("/components/schemas/Order-Output/properties/item/$ref").asText());
    }

    @Test
    void recursiveComponentsAreReferencedNotExpanded() {
        ApiSchema node = ApiSchema.object(
                        new LinkedHashMap<>(Map.of(
                                "children",
                                ApiSchema.array(ApiSchema.ref("com.example.Node", SchemaMode.OUTPUT), false))),
                        List.of("children"))
                .withTitle("Node");
        JsonNode json = build(new ApiDocument(
                List.of(get("/tree", "tree", ApiSchema.ref("com.example.Node", SchemaMode.OUTPUT))),
                List.of(component("Node", null, node))));
        assertEquals(
                "#/components/schemas/Node",
                json.at("/components/schemas/Node/properties/children/items/$ref")
                        .asText());
    }

    @Test
    void componentsSharingANameUseTheirQualifiedNames() {
        ApiComponent a = new ApiComponent("a.Item", "Item", "a__Item", null, ApiSchema.object(Map.of(), List.of()));
        ApiComponent b = new ApiComponent("b.Item", "Item", "b__Item", null, ApiSchema.object(Map.of(), List.of()));
        JsonNode json = build(new ApiDocument(
                List.of(
                        get("/a", "a", ApiSchema.ref("a.Item", SchemaMode.OUTPUT)),
                        get("/b", "b", ApiSchema.ref("b.Item", SchemaMode.OUTPUT))),
                List.of(a, b)));
        assertEquals(List.of("a__Item", "b__Item"), names(json));
    }

    @Test
    void anInlineObjectBodyBecomesABodyComponentNamedAfterTheOperation() {
        ApiSchema embedded = ApiSchema.object(
                new LinkedHashMap<>(Map.of("item", ApiSchema.ref("com.example.Item", SchemaMode.INPUT))),
                List.of("item"));
        ApiOperation operation = ApiOperation.builder("PUT", "/items/{itemId}", "updateItem")
                .parameter(new ApiParameter("itemId", ParameterLocation.PATH, true, null, ApiSchema.integer("int32")))
                .requestBody(ApiRequestBody.json(true, embedded))
                .build();
        JsonNode json = build(new ApiDocument(List.of(operation), List.of(Documents.item())));
        assertEquals(
                "#/components/schemas/Body_updateItem_items__itemId__put",
                json.at("/paths/~1items~1{itemId}/put/requestBody/content/application~1json/schema/$ref")
                        .asText());
        JsonNode body = json.at("/components/schemas/Body_updateItem_items__itemId__put");
        assertEquals("Body_updateItem_items__itemId__put", body.get("title").asText());
        assertEquals(
                "#/components/schemas/Item", body.at("/properties/item/$ref").asText());
    }

    @Test
    void schemaKeywordsAreWrittenAsJsonSchema() {
        ApiSchema map =
                ApiSchema.map(ApiSchema.integer("int64")).withConstraints(ApiConstraints.NONE.withProperties(1, null));
        ApiSchema email = ApiSchema.string("email").withConstraints(ApiConstraints.NONE.plusPattern("^a"));
        ApiSchema limited = ApiSchema.integer("int32")
                .withDefault(10)
                .withConstraints(ApiConstraints.NONE
                        .withMinimum(java.math.BigDecimal.ONE)
                        .withMaximum(java.math.BigDecimal.TEN));
        ApiSchema color =
                ApiSchema.stringEnum(List.of("RED", "GREEN")).withNullable(true).withTitle("Color");
        ApiOperation operation = ApiOperation.builder("GET", "/k", "k")
                .parameter(new ApiParameter("m", ParameterLocation.QUERY, true, null, map))
                .parameter(new ApiParameter("e", ParameterLocation.HEADER, true, null, email))
                .parameter(new ApiParameter("l", ParameterLocation.COOKIE, false, null, limited))
                .parameter(new ApiParameter("c", ParameterLocation.QUERY, false, null, color, true))
                .build();
        JsonNode parameters =
                build(new ApiDocument(List.of(operation), List.of())).at("/paths/~1k/get/parameters");
        assertEquals(
                tree(
                        "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int64\"},\"minProperties\":1}"),
                parameters.get(0).get("schema"));
        assertEquals(
                tree("{\"type\":\"string\",\"format\":\"email\",\"pattern\":\"^a\"}"),
                parameters.get(1).get("schema"));
        assertEquals(
                tree("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":10,\"default\":10}"),
                parameters.get(2).get("schema"));
        assertEquals(
                tree(
                        "{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]},{\"type\":\"null\"}],\"title\":\"Color\"}"),
                parameters.get(3).get("schema"));
        assertTrue(parameters.get(3).get("deprecated").asBoolean());
    }

    private static List<String> names(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.get("components").get("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
