package dev.kiln.processor.openapi;

import static dev.kiln.processor.openapi.Probe.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFactoryTest {

    private static final String ITEM = """
            package com.example;
            import java.util.*;
            import dev.kiln.Default;
            /**
             * Something for sale.
             *
             * @param name what it is called
             * @param rank where it is listed
             */
            public record Item(String name, int quantity, double price, Optional<String> note, List<String> tags,
                               Set<Integer> codes, Map<String, Long> counts, @Default("3") int rank) {}
            """;

    @Test
    void aRecordUsedOnBothSidesIsDocumentedTwiceBecauseDefaultsAreRequiredInOutput() {
        Probe probe = Probe.compile("com.example.Item", ITEM, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inCreate(Item item) {}
                    public Item outRead() { return null; }
                }
                """);
        assertEquals(List.of("Item-Input", "Item-Output"), probe.componentNames());
        assertEquals(tree("""
                {"type": "object", "title": "Item", "description": "Something for sale.",
                 "properties": {
                   "name": {"type": "string", "title": "Name", "description": "what it is called"},
                   "quantity": {"type": "integer", "format": "int32", "title": "Quantity"},
                   "price": {"type": "number", "format": "double", "title": "Price"},
                   "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Note", "default": null},
                   "tags": {"type": "array", "items": {"type": "string"}, "title": "Tags"},
                   "codes": {"type": "array", "items": {"type": "integer", "format": "int32"}, "uniqueItems": true,
                             "title": "Codes"},
                   "counts": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"},
                              "title": "Counts"},
                   "rank": {"type": "integer", "format": "int32", "title": "Rank", "default": 3,
                            "description": "where it is listed"}
                 },
                 "required": ["codes", "counts", "name", "price", "quantity", "tags"]}
                """), probe.component("Item-Input"));
        assertEquals(tree("[\"codes\", \"counts\", \"name\", \"note\", \"price\", \"quantity\", \"rank\", \"tags\"]"),
                probe.component("Item-Output").get("required"));
        assertEquals("#/components/schemas/Item-Input", probe.input("inCreate.item").get("$ref").asText());
        assertEquals("#/components/schemas/Item-Output", probe.output("outRead").get("$ref").asText());
    }

    @Test
    void aRecordUsedOnOneSideHasNoSuffix() {
        Probe probe = Probe.compile("com.example.Item", ITEM, "com.example.Api", """
                package com.example;
                public class Api {
                    public java.util.List<Item> outList() { return null; }
                }
                """);
        assertEquals(List.of("Item"), probe.componentNames());
        assertEquals(tree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Item\"}}"),
                probe.output("outList"));
    }
}
