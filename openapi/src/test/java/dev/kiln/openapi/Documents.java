package dev.kiln.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Neutral documents shared by the tests: a small items API in the shape of FastAPI's tutorial. */
final class Documents {
    private Documents() {}

    static ApiComponent item() {
        Map<String, ApiSchema> properties = new LinkedHashMap<>();
        properties.put(
                "name", ApiSchema.string().withTitle("Name").withConstraints(ApiConstraints.NONE.withLength(1, 50)));
        properties.put(
                "price",
                ApiSchema.number("double")
                        .withTitle("Price")
                        .withConstraints(ApiConstraints.NONE.withExclusiveMinimum(BigDecimal.ZERO)));
        properties.put("note", ApiSchema.string().withNullable(true).withTitle("Note"));
        properties.put("tags", ApiSchema.array(ApiSchema.string(), true).withTitle("Tags"));
        ApiSchema input =
                ApiSchema.object(properties, List.of("name", "price", "tags")).withTitle("Item");
        ApiSchema output = input.withRequired(List.of("name", "price", "note", "tags"));
        return new ApiComponent("com.example.Item", "Item", "com__example__Item", input, output);
    }

    static ApiDocument items() {
        ApiOperation read = ApiOperation.builder("GET", "/items/{itemId}", "readItem")
                .tags(List.of("items"))
                .description("Looks the item up by id.")
                .parameter(new ApiParameter(
                        "itemId",
                        ParameterLocation.PATH,
                        true,
                        "the item's id",
                        ApiSchema.integer("int32").withTitle("Item Id")))
                .parameter(new ApiParameter(
                        "q",
                        ParameterLocation.QUERY,
                        false,
                        null,
                        ApiSchema.string().withNullable(true).withTitle("Q")))
                .response(ApiResponse.json(200, ApiSchema.ref("com.example.Item", SchemaMode.OUTPUT)))
                .extension("x-kiln-dispatch", "event-loop")
                .build();
        ApiOperation create = ApiOperation.builder("POST", "/items", "createItem")
                .tags(List.of("items"))
                .requestBody(ApiRequestBody.json(true, ApiSchema.ref("com.example.Item", SchemaMode.INPUT)))
                .response(ApiResponse.json(201, ApiSchema.ref("com.example.Item", SchemaMode.OUTPUT)))
                .extension("x-kiln-dispatch", "worker[default]")
                .build();
        ApiOperation delete = ApiOperation.builder("DELETE", "/items/{itemId}", "deleteItem")
                .tags(List.of("items"))
                .deprecated(true)
                .parameter(new ApiParameter(
                        "itemId",
                        ParameterLocation.PATH,
                        true,
                        null,
                        ApiSchema.integer("int32").withTitle("Item Id")))
                .response(ApiResponse.empty(204))
                .build();
        ApiOperation health = ApiOperation.builder("GET", "/health", "health")
                .summary("Health check")
                .response(ApiResponse.text(200, "text/plain"))
                .build();
        return new ApiDocument(List.of(read, create, delete, health), List.of(item()));
    }
}
