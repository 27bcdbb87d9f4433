package dev.kiln.openapi;

import static dev.kiln.openapi.JsonTrees.assertValidOpenApi;
import static dev.kiln.openapi.JsonTrees.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The neutral model of FastAPI's "separate input and output schemas" example (an {@code Item} with
 * an optional {@code SubItem}, posted, posted as a list and listed) must give the document FastAPI
 * gives for it. The expected JSON is what FastAPI answers on {@code /openapi.json} for that app;
 * only the {@code ValidationError} schema is left out of the comparison, as current FastAPI adds
 * {@code input} and {@code ctx} to it (checked in {@link OpenApiBuilderTest}).
 */
class FastApiParityTest {

    private static ApiComponent component(
            String name, Map<String, ApiSchema> properties, List<String> inputRequired, List<String> outputRequired) {
        ApiSchema input = ApiSchema.object(properties, inputRequired).withTitle(name);
        return new ApiComponent(name, name, name, input, input.withRequired(outputRequired));
    }

    private static ApiDocument separateInputOutputApp() {
        Map<String, ApiSchema> sub = new LinkedHashMap<>();
        sub.put("subname", ApiSchema.string().withTitle("Subname"));
        sub.put("sub_description", ApiSchema.string().withNullable(true).withTitle("Sub Description"));
        sub.put(
                "tags",
                ApiSchema.array(ApiSchema.string(), false).withTitle("Tags").withDefault(List.of()));
        Map<String, ApiSchema> item = new LinkedHashMap<>();
        item.put("name", ApiSchema.string().withTitle("Name"));
        item.put("description", ApiSchema.string().withNullable(true).withTitle("Description"));
        item.put("sub", ApiSchema.ref("SubItem", SchemaMode.INPUT).withNullable(true));
        ApiComponent subItem =
                component("SubItem", sub, List.of("subname"), List.of("subname", "sub_description", "tags"));
        ApiSchema itemInput = ApiSchema.object(item, List.of("name")).withTitle("Item");
        ApiSchema itemOutput = itemInput
                .mapRefs(ref -> new ApiRef(ref.componentId(), SchemaMode.OUTPUT))
                .withRequired(List.of("name", "description", "sub"));

        ApiOperation readItems = ApiOperation.builder("GET", "/items/", "read_items")
                .response(ApiResponse.json(
                        200,
                        ApiSchema.array(ApiSchema.ref("Item", SchemaMode.OUTPUT), false)
                                .withTitle("Response Read Items Items  Get")))
                .build();
        ApiOperation createItem = ApiOperation.builder("POST", "/items/", "create_item")
                .requestBody(ApiRequestBody.json(true, ApiSchema.ref("Item", SchemaMode.INPUT)))
                .build();
        ApiOperation createItemList = ApiOperation.builder("POST", "/items-list/", "create_item_list")
                .requestBody(ApiRequestBody.json(
                        true,
                        ApiSchema.array(ApiSchema.ref("Item", SchemaMode.INPUT), false)
                                .withTitle("Item")))
                .build();
        return new ApiDocument(
                new ApiInfo("FastAPI", "0.1.0", null),
                List.of(readItems, createItem, createItemList),
                List.of(subItem, new ApiComponent("Item", "Item", "Item", itemInput, itemOutput)));
    }

    @Test
    void separateInputAndOutputSchemasAsFastApiWritesThem() throws IOException {
        OpenApiResult result = OpenApiBuilder.build(separateInputOutputApp());
        assertEquals(List.of(), result.problems());
        assertValidOpenApi(result.json());
        JsonNode actual = tree(result.json());
        ((ObjectNode) actual.get("components").get("schemas"))
                .remove(List.of("ValidationError", "HTTPValidationError"));
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/fastapi/separate_input_output.json")) {
            expected = JsonTrees.MAPPER.readTree(in);
        }
        assertEquals(expected, actual);
    }
}
