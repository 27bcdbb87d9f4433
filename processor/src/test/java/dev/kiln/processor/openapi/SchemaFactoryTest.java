package dev.kiln.processor.openapi;

import static dev.kiln.processor.openapi.Probe.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                   "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Note"},
                   "tags": {"type": "array", "items": {"type": "string"}, "title": "Tags"},
                   "codes": {"type": "array", "items": {"type": "integer", "format": "int32"}, "uniqueItems": true,
                             "title": "Codes"},
                   "counts": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"},
                              "title": "Counts"},
                   "rank": {"type": "integer", "format": "int32", "title": "Rank", "default": 3,
                            "description": "where it is listed"}
                 },
                 "required": ["name", "quantity", "price", "tags", "codes", "counts"]}
                """), probe.component("Item-Input"));
        assertEquals(
                tree("[\"name\", \"quantity\", \"price\", \"note\", \"tags\", \"codes\", \"counts\", \"rank\"]"),
                probe.component("Item-Output").get("required"));
        assertEquals(
                "#/components/schemas/Item-Input",
                probe.input("inCreate.item").get("$ref").asText());
        assertEquals(
                "#/components/schemas/Item-Output",
                probe.output("outRead").get("$ref").asText());
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
        assertEquals(
                tree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Item\"}}"),
                probe.output("outList"));
    }

    @Test
    void aBeanIsSeenAsJacksonSeesIt() {
        Probe probe = Probe.compile("com.example.Customer", """
                package com.example;
                import com.fasterxml.jackson.annotation.*;
                import jakarta.validation.constraints.NotNull;
                public class Customer {
                    @NotNull private String id;
                    /** The name on the card. */
                    @JsonProperty("full_name") private String name;
                    public int age;
                    private String hidden;
                    public String getId() { return id; }
                    public void setId(String id) { this.id = id; }
                    public String getName() { return name; }
                    @JsonIgnore public String getSecret() { return ""; }
                    public boolean isActive() { return true; }
                    public String getURL() { return ""; }
                    public static String getStatic() { return ""; }
                }
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inSave(Customer customer) {}
                    public Customer outLoad() { return null; }
                }
                """);
        assertEquals(List.of("Customer-Input", "Customer-Output"), probe.componentNames());
        assertEquals(tree("""
                {"type": "object", "title": "Customer",
                 "properties": {
                   "id": {"type": "string", "title": "Id"},
                   "full_name": {"type": "string", "title": "Name", "description": "The name on the card."},
                   "age": {"type": "integer", "format": "int32", "title": "Age"},
                   "active": {"type": "boolean", "title": "Active"},
                   "url": {"type": "string", "title": "Url"}},
                 "required": ["id", "full_name", "age", "active", "url"]}
                """), probe.component("Customer-Output"));
        // Kiln binds the bean itself, through its public setters and fields: the private field that
        // @JsonProperty makes Jackson read is out of reach (a warning), and a member is required unless it
        // may be absent, as everywhere else
        assertEquals(tree("""
                {"type": "object", "title": "Customer",
                 "properties": {
                   "id": {"type": "string", "title": "Id"},
                   "age": {"type": "integer", "format": "int32", "title": "Age"}},
                 "required": ["id", "age"]}
                """), probe.component("Customer-Input"));
    }

    @Test
    void aBeansContainerElementConstraintsAreReadFromEachOfItsDeclarations() {
        Probe probe = Probe.compile("com.example.Account", """
                package com.example;
                import jakarta.validation.constraints.*;
                import java.util.*;
                public class Account {
                    @Size(max = 5) private List<@Size(max = 10) String> tags;
                    private Map<String, @Email String> contacts;
                    private Optional<@Min(1) Integer> rank = Optional.empty();
                    private List<List<@NotBlank String>> grid;
                    public List<String> getTags() { return tags; }
                    public void setTags(List<@Pattern(regexp = "[a-z]+") String> tags) { this.tags = tags; }
                    public Map<String, String> getContacts() { return contacts; }
                    public void setContacts(Map<String, String> contacts) { this.contacts = contacts; }
                    public Optional<Integer> getRank() { return rank; }
                    public void setRank(Optional<@Min(1) Integer> rank) { this.rank = rank; }
                    public List<List<String>> getGrid() { return grid; }
                    public void setGrid(List<List<String>> grid) { this.grid = grid; }
                }
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inSave(Account account) {}
                }
                """);
        // the setter's and the field's element constraints both hold (as Bean Validation checks the field's),
        // and one written on both is one rule
        String[][] expected = {
            {
                "tags",
                "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":10,\"pattern\":\"^(?:[a-z]+)$\"},"
                        + "\"maxItems\":5}"
            },
            {"contacts", "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\",\"format\":\"email\"}}"},
            {"rank", "{\"anyOf\":[{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1},{\"type\":\"null\"}]}"},
            {
                "grid",
                "{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":"
                        + "{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"}}}"
            },
        };
        assertPropertiesWithoutTitles(probe.component("Account"), expected);
    }

    @Test
    void aBeansConstraintsOnEachDeclarationAllHoldAndTheTightestIsDocumented() {
        Probe probe = Probe.compile("com.example.Order", """
                package com.example;
                import jakarta.validation.constraints.*;
                public class Order {
                    @Size(max = 10) private String name;
                    @Max(10) private int count;
                    @DecimalMin(value = "5", inclusive = false) private double price;
                    public String getName() { return name; }
                    public void setName(@Size(min = 2) String name) { this.name = name; }
                    @Max(20) public int getCount() { return count; }
                    public void setCount(@Positive int count) { this.count = count; }
                    public double getPrice() { return price; }
                    public void setPrice(@Positive double price) { this.price = price; }
                    @Pattern(regexp = "[a-z]+") private String code;
                    public String getCode() { return code; }
                    public void setCode(@Pattern(regexp = "\\\\w{3}") @Pattern(regexp = "[a-z]+") String code) { this.code = code; }
                }
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inSave(Order order) {}
                }
                """);
        String[][] expected = {
            {"name", "{\"type\":\"string\",\"minLength\":2,\"maxLength\":10}"},
            {"count", "{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0,\"maximum\":10}"},
            {"price", "{\"type\":\"number\",\"format\":\"double\",\"exclusiveMinimum\":5}"},
            // JSON Schema's one `pattern`, and an `allOf` member for the other one (the same one twice is one)
            {"code", "{\"type\":\"string\",\"pattern\":\"^(?:[a-z]+)$\",\"allOf\":[{\"pattern\":\"^(?:\\\\w{3})$\"}]}"},
        };
        assertPropertiesWithoutTitles(probe.component("Order"), expected);
    }

    @Test
    void jacksonCreatorsIgnoredPropertiesAndInclusionAreHonoured() {
        Probe probe = Probe.compile("com.example.Point", """
                package com.example;
                import com.fasterxml.jackson.annotation.*;
                import java.util.Optional;
                @JsonIgnoreProperties({"debug"})
                @JsonInclude(JsonInclude.Include.NON_ABSENT)
                @JsonPropertyOrder({"y", "x"})
                public class Point {
                    private final int x;
                    private final int y;
                    @JsonCreator
                    public Point(@JsonProperty("x") int x, @JsonProperty(value = "y", required = true) int y) {
                        this.x = x;
                        this.y = y;
                    }
                    public int getX() { return x; }
                    public int getY() { return y; }
                    public Optional<String> getLabel() { return Optional.empty(); }
                    public String getDebug() { return ""; }
                }
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inPlace(Point point) {}
                    public Point outWhere() { return null; }
                }
                """);
        assertEquals(tree("""
                {"type": "object", "title": "Point",
                 "properties": {"y": {"type": "integer", "format": "int32", "title": "Y"},
                                "x": {"type": "integer", "format": "int32", "title": "X"}},
                 "required": ["y"]}
                """), probe.component("Point-Input"));
        // NON_ABSENT: an empty Optional is left out, so label may be missing but is never null
        assertEquals(tree("""
                {"type": "object", "title": "Point",
                 "properties": {"y": {"type": "integer", "format": "int32", "title": "Y"},
                                "x": {"type": "integer", "format": "int32", "title": "X"},
                                "label": {"type": "string", "title": "Label"}},
                 "required": ["y", "x"]}
                """), probe.component("Point-Output"));
    }

    @Test
    void enumsAreStringEnumComponentsSharedByBothSides() {
        Probe probe = Probe.compile("com.example.Color", """
                package com.example;
                /** A paint colour. */
                public enum Color { RED, @com.fasterxml.jackson.annotation.JsonProperty("green") GREEN, BLUE }
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inPaint(Color color) {}
                    public java.util.Set<Color> outColors() { return null; }
                }
                """);
        assertEquals(List.of("Color"), probe.componentNames());
        assertEquals(tree("""
                {"type": "string", "enum": ["RED", "green", "BLUE"], "title": "Color", "description": "A paint colour."}
                """), probe.component("Color"));
        assertEquals(
                tree(
                        "{\"type\": \"array\", \"uniqueItems\": true, \"items\": {\"$ref\": \"#/components/schemas/Color\"}}"),
                probe.output("outColors"));
    }

    @Test
    void recursiveTypesReferToThemselves() {
        Probe probe = Probe.compile("com.example.Node", """
                package com.example;
                public record Node(String label, java.util.List<Node> children, java.util.Optional<Node> parent) {}
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public Node outTree() { return null; }
                }
                """);
        assertEquals(tree("""
                {"type": "object", "title": "Node",
                 "properties": {
                   "label": {"type": "string", "title": "Label"},
                   "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}, "title": "Children"},
                   "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]}},
                 "required": ["label", "children", "parent"]}
                """), probe.component("Node"));
    }

    @Test
    void genericTypesGetOneComponentPerArgumentNamedLikePydantic() {
        Probe probe = Probe.compile("com.example.Page", """
                package com.example;
                public record Page<T>(java.util.List<T> items, int total) {}
                """, "com.example.Item", """
                package com.example;
                public record Item(String name) {}
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public Page<Item> outItems() { return null; }
                    public Page<String> outNames() { return null; }
                }
                """);
        assertEquals(List.of("Item", "Page_Item_", "Page_String_"), probe.componentNames());
        assertEquals(tree("""
                {"type": "object", "title": "Page[Item]",
                 "properties": {
                   "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}, "title": "Items"},
                   "total": {"type": "integer", "format": "int32", "title": "Total"}},
                 "required": ["items", "total"]}
                """), probe.component("Page_Item_"));
        assertEquals(
                tree("{\"type\": \"string\"}"), probe.component("Page_String_").at("/properties/items/items"));
    }

    @Test
    void scalarTypesHaveFastApiTypesAndFormats() {
        Probe probe = Probe.compile("com.example.Kinds", """
                package com.example;
                import java.math.*;
                import java.time.*;
                import java.util.*;
                public record Kinds(UUID id, LocalDate day, LocalDateTime at, OffsetDateTime offset, Instant instant,
                        LocalTime time, BigDecimal amount, BigInteger big, long count, Long boxedCount, float ratio,
                        Double boxedRatio, short small, byte[] data, com.fasterxml.jackson.databind.JsonNode json,
                        Object anything, boolean flag, Boolean boxedFlag, int[] numbers, OptionalInt maybe) {}
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public Kinds outKinds() { return null; }
                }
                """);
        String[][] expected = {
            {"id", "{\"type\":\"string\",\"format\":\"uuid\"}"},
            {"day", "{\"type\":\"string\",\"format\":\"date\"}"},
            {"at", "{\"type\":\"string\",\"format\":\"date-time\"}"},
            {"offset", "{\"type\":\"string\",\"format\":\"date-time\"}"},
            {"instant", "{\"type\":\"string\",\"format\":\"date-time\"}"},
            {"time", "{\"type\":\"string\",\"format\":\"time\"}"},
            {"amount", "{\"type\":\"number\"}"},
            {"big", "{\"type\":\"integer\"}"},
            {"count", "{\"type\":\"integer\",\"format\":\"int64\"}"},
            {"boxedCount", "{\"type\":\"integer\",\"format\":\"int64\"}"},
            {"ratio", "{\"type\":\"number\",\"format\":\"float\"}"},
            {"boxedRatio", "{\"type\":\"number\",\"format\":\"double\"}"},
            {"small", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":-32768,\"maximum\":32767}"},
            {"data", "{\"type\":\"string\",\"format\":\"byte\"}"},
            {"json", "{}"},
            {"anything", "{}"},
            {"flag", "{\"type\":\"boolean\"}"},
            {"boxedFlag", "{\"type\":\"boolean\"}"},
            {"numbers", "{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"format\":\"int32\"}}"},
            {"maybe", "{\"anyOf\":[{\"type\":\"integer\",\"format\":\"int32\"},{\"type\":\"null\"}]}"},
        };
        assertPropertiesWithoutTitles(probe.component("Kinds"), expected);
    }

    @Test
    void jakartaConstraintsBecomeJsonSchemaKeywords() {
        Probe probe = Probe.compile("com.example.Signup", """
                package com.example;
                import jakarta.validation.constraints.*;
                import java.math.BigDecimal;
                import java.util.*;
                public record Signup(
                        @NotBlank @Size(max = 20) String user,
                        @Email String email,
                        @Min(18) @Max(130) int age,
                        @Positive BigDecimal deposit,
                        @PositiveOrZero long credits,
                        @Negative int debt,
                        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("2.5") double ratio,
                        @Size(min = 1, max = 3) List<String> tags,
                        @Pattern(regexp = "^[a-z]+$") String code,
                        @Pattern(regexp = "\\\\d{5}") String zip,
                        @Pattern(regexp = "^a|b$") String either,
                        @NotBlank @Pattern(regexp = "[a-z ]*") String phrase,
                        Map<@Size(max = 3) String, @Min(0) Integer> counts,
                        @NotEmpty Map<String, String> meta,
                        @Size(max = 5) Optional<String> nick,
                        List<@Email String> cc,
                        @Min(1) @DecimalMin("not a number") @Size(max = 3) int misplaced) {}
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inSignup(Signup signup) {}
                }
                """);
        String[][] expected = {
            {"user", "{\"type\":\"string\",\"minLength\":1,\"maxLength\":20,\"pattern\":\"\\\\S\"}"},
            {"email", "{\"type\":\"string\",\"format\":\"email\"}"},
            {"age", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":18,\"maximum\":130}"},
            {"deposit", "{\"type\":\"number\",\"exclusiveMinimum\":0}"},
            {"credits", "{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":0}"},
            {"debt", "{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMaximum\":0}"},
            {"ratio", "{\"type\":\"number\",\"format\":\"double\",\"exclusiveMinimum\":0.5,\"maximum\":2.5}"},
            {"tags", "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":3}"},
            {"code", "{\"type\":\"string\",\"pattern\":\"^[a-z]+$\"}"},
            // Bean Validation matches the whole value, JSON Schema any part: the document anchors the expression
            {"zip", "{\"type\":\"string\",\"pattern\":\"^(?:\\\\d{5})$\"}"},
            {"either", "{\"type\":\"string\",\"pattern\":\"^(?:^a|b$)$\"}"},
            {
                "phrase",
                "{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\",\"allOf\":[{\"pattern\":\"^(?:[a-z ]*)$\"}]}"
            },
            {"meta", "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"},\"minProperties\":1}"},
            {"nick", "{\"anyOf\":[{\"type\":\"string\",\"maxLength\":5},{\"type\":\"null\"}]}"},
            {"cc", "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"email\"}}"},
            {
                "counts",
                "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int32\","
                        + "\"minimum\":0},\"propertyNames\":{\"type\":\"string\",\"maxLength\":3}}"
            },
            // a bound that is not a number, and a size on a number, are not claimed
            {"misplaced", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1}"},
        };
        assertPropertiesWithoutTitles(probe.component("Signup"), expected);
    }

    @Test
    void bytesAndShortsCarryTheirOwnRangeWhichOnlyATighterConstraintReplaces() {
        Probe probe = Probe.compile("com.example.Ranges", """
                package com.example;
                import jakarta.validation.constraints.*;
                import java.util.*;
                public record Ranges(
                        byte any,
                        Short boxed,
                        @Min(1) byte atLeastOne,
                        @Max(200) byte beyondTheType,
                        @Positive short positive,
                        @Min(-40000) @DecimalMax(value = "10", inclusive = false) short mixed,
                        @DecimalMin(value = "-128", inclusive = false) byte justInside,
                        Optional<@Max(5) Byte> maybe,
                        List<Byte> list) {}
                """, "com.example.Api", """
                package com.example;
                public class Api {
                    public void inRanges(Ranges ranges) {}
                }
                """);
        String byteRange = "\"minimum\":-128,\"maximum\":127";
        String[][] expected = {
            {"any", "{\"type\":\"integer\",\"format\":\"int32\"," + byteRange + "}"},
            {"boxed", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":-32768,\"maximum\":32767}"},
            {"atLeastOne", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":127}"},
            // the byte refuses 128 before @Max(200) is asked: the type's bound is the one a client meets
            {"beyondTheType", "{\"type\":\"integer\",\"format\":\"int32\"," + byteRange + "}"},
            {"positive", "{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0,\"maximum\":32767}"},
            {"mixed", "{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":-32768,\"exclusiveMaximum\":10}"},
            {"justInside", "{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":-128,\"maximum\":127}"},
            {
                "maybe",
                "{\"anyOf\":[{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":-128,\"maximum\":5},"
                        + "{\"type\":\"null\"}]}"
            },
            {"list", "{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"format\":\"int32\"," + byteRange + "}}"},
        };
        assertPropertiesWithoutTitles(probe.component("Ranges"), expected);
    }

    @Test
    void parametersHaveTitlesDefaultsAndConstraints() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                import dev.kiln.Default;
                import jakarta.validation.constraints.*;
                import java.util.*;
                public class Api {
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
                    @interface Nullable {}
                    /**
                     * Searches.
                     * @param q the words to look for
                     */
                    public void paramSearch(@Size(max = 50) String q, Optional<Integer> page, @Default("10") @Max(100) int limit,
                            List<String> tag, @Nullable String userAgent, @Default("RED") Color color) {}
                    public enum Color { RED, GREEN }
                }
                """);
        var parameters = probe.parameters("paramSearch");
        assertEquals(tree("""
                [{"name": "q", "in": "query", "required": true, "description": "the words to look for",
                  "schema": {"type": "string", "maxLength": 50, "title": "Q"}},
                 {"name": "page", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "integer", "format": "int32"}, {"type": "null"}], "title": "Page"}},
                 {"name": "limit", "in": "query", "required": false,
                  "schema": {"type": "integer", "format": "int32", "maximum": 100, "title": "Limit", "default": 10}},
                 {"name": "tag", "in": "query", "required": false,
                  "schema": {"type": "array", "items": {"type": "string"}, "title": "Tag", "default": []}},
                 {"name": "userAgent", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "User Agent"}},
                 {"name": "color", "in": "query", "required": false,
                  "schema": {"$ref": "#/components/schemas/Color", "default": "RED"}}]
                """), parameters);
    }

    @Test
    void responsesAreUnwrappedFromFuturesAndResponseAndVoidHasNone() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                import java.util.*;
                import java.util.concurrent.CompletionStage;
                public class Api {
                    public record Item(String name) {}
                    public io.vertx.core.Future<Item> outAsync() { return null; }
                    public CompletionStage<List<Item>> outStage() { return null; }
                    public dev.kiln.Response<Item> outResponse() { return null; }
                    public void outNothing() {}
                    public io.vertx.core.Future<Void> outAsyncNothing() { return null; }
                }
                """);
        assertEquals(
                "#/components/schemas/Item",
                probe.output("outAsync").get("$ref").asText());
        assertEquals(
                "#/components/schemas/Item",
                probe.output("outStage").at("/items/$ref").asText());
        assertEquals(
                "#/components/schemas/Item",
                probe.output("outResponse").get("$ref").asText());
        assertNull(probe.recorded.outputs.get("outNothing"));
        assertNull(probe.recorded.outputs.get("outAsyncNothing"));
    }

    @Test
    void typesSharingASimpleNameAreTellApartByPackage() {
        Probe probe = Probe.compile(
                "a.Item",
                "package a; public record Item(String x) {}",
                "b.Item",
                "package b; public record Item(int y) {}",
                "com.example.Api",
                """
                package com.example;
                public class Api {
                    public a.Item outA() { return null; }
                    public b.Item outB() { return null; }
                }
                """);
        assertEquals(List.of("a__Item", "b__Item"), probe.componentNames());
    }

    @Test
    void severalBodyParametersAreEmbeddedByNameInABodyComponent() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                import java.util.Optional;
                public class Api {
                    public record Item(String name) {}
                    public record User(String login) {}
                    public void bodyUpdate(Item item, User user, @jakarta.validation.constraints.Min(1) Optional<Integer> importance) {}
                }
                """);
        JsonNode body = probe.input("bodyUpdate");
        assertEquals(
                "#/components/schemas/Body_in_in_bodyUpdate_post",
                body.get("$ref").asText());
        assertEquals(tree("""
                {"type": "object", "title": "Body_in_in_bodyUpdate_post",
                 "properties": {
                   "item": {"$ref": "#/components/schemas/Item"},
                   "user": {"$ref": "#/components/schemas/User"},
                   "importance": {"anyOf": [{"type": "integer", "format": "int32", "minimum": 1}, {"type": "null"}],
                                  "title": "Importance"}},
                 "required": ["item", "user"]}
                """), probe.component("Body_in_in_bodyUpdate_post"));
    }

    @Test
    void theComponentsOfAQueryRecordAreParametersWithTheirConstraints() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                import jakarta.validation.constraints.*;
                public class Api {
                    public record Paging(@Min(0) int skip, @dev.kiln.Default("20") @Max(100) int limit,
                                         java.util.Optional<String> sort) {}
                    public void queryList(@dev.kiln.Query Paging paging) {}
                }
                """);
        assertEquals(tree("""
                [{"name": "skip", "in": "query", "required": true,
                  "schema": {"type": "integer", "format": "int32", "minimum": 0, "title": "Skip"}},
                 {"name": "limit", "in": "query", "required": false,
                  "schema": {"type": "integer", "format": "int32", "maximum": 100, "title": "Limit", "default": 20}},
                 {"name": "sort", "in": "query", "required": false,
                  "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Sort"}}]
                """), probe.parameters("queryList"));
    }

    @Test
    void parameterDescriptionsComeFromTheMethodsJavadoc() {
        Probe probe = Probe.compile("com.example.Api", """
                package com.example;
                public class Api {
                    /**
                     * Reads one item.
                     *
                     * @param itemId the id of the
                     *        item to read
                     */
                    public void paramRead(int itemId, String q) {}
                }
                """);
        assertEquals(
                "the id of the item to read",
                probe.parameters("paramRead").get(0).get("description").asText());
        assertNull(probe.parameters("paramRead").get(1).get("description"));
    }

    /** Compares each named property of {@code component} with its expected JSON, titles aside. */
    private static void assertPropertiesWithoutTitles(JsonNode component, String[][] expected) {
        for (String[] property : expected) {
            ObjectNode actual = component.get("properties").get(property[0]).deepCopy();
            actual.remove("title");
            assertEquals(tree(property[1]), actual, property[0]);
        }
        assertEquals(expected.length, component.get("properties").size(), "every property is checked");
    }
}
