package dev.kiln.bench.vertx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The four benchmark endpoints written by hand against Vert.x core, shared by the raw server and the
 * vertx-web server so that the two differ only in how a request reaches them. They do the same work
 * the Kiln app asks Kiln to do: Jackson writes every JSON body per request, the path id is parsed,
 * the query string is read, and the item body is checked field by field with every error collected
 * into a FastAPI-shaped 422.
 */
final class Endpoints {
    static final String HELLO = "Hello, World!";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader TREE_READER = MAPPER.reader();
    private static final ObjectWriter MESSAGE_WRITER = MAPPER.writerFor(Message.class);
    private static final ObjectWriter ITEM_ECHO_WRITER = MAPPER.writerFor(ItemEcho.class);
    private static final ObjectWriter ITEM_WRITER = MAPPER.writerFor(Item.class);
    private static final ObjectWriter ERRORS_WRITER = MAPPER.writer();

    // Constant header names and values encoded once, as the Vert.x TechEmpower entry does.
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("content-type");
    private static final CharSequence TEXT_PLAIN = HttpHeaders.createOptimized("text/plain; charset=utf-8");
    private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");
    // TechEmpower allows the plaintext body to be precomputed; the floor takes every allowance.
    private static final Buffer HELLO_BODY = Buffer.buffer(HELLO);

    private static final Pattern SKU = Pattern.compile("^[A-Z]{3}-[0-9]{4}$");

    private Endpoints() {
    }

    /** The body of {@code GET /json}. */
    record Message(String message) {
    }

    /** The body of {@code GET /items/{id}}: the bound parameters echoed. */
    record ItemEcho(int id, String q) {
    }

    /** The body of {@code POST /items}, echoed once valid. */
    record Item(String name, double price, int quantity, List<String> tags, boolean active, String sku) {
    }

    /** {@code GET /plaintext}. */
    static void plaintext(HttpServerResponse response) {
        response.putHeader(CONTENT_TYPE, TEXT_PLAIN).end(HELLO_BODY);
    }

    /** {@code GET /json}: a new object serialised per request. */
    static void json(HttpServerResponse response) {
        sendJson(response, 200, MESSAGE_WRITER, new Message(HELLO));
    }

    /** {@code GET /json}'s body, made where the caller runs (a worker, for {@code GET /worker/json}). */
    static byte[] jsonBytes() throws JsonProcessingException {
        return MESSAGE_WRITER.writeValueAsBytes(new Message(HELLO));
    }

    /** Sends a JSON body already written. */
    static void sendJsonBytes(HttpServerResponse response, int status, byte[] bytes) {
        response.setStatusCode(status).putHeader(CONTENT_TYPE, APPLICATION_JSON).end(Buffer.buffer(bytes));
    }

    /** {@code GET /items/{id}?q=}: a path int and an optional query string, echoed. */
    static void item(HttpServerResponse response, String rawId, String q) {
        int id;
        try {
            id = Integer.parseInt(rawId);
        } catch (NumberFormatException e) {
            List<Map<String, Object>> errors = new ArrayList<>(1);
            errors.add(error("int_parsing", List.of("path", "id"),
                    "Input should be a valid integer, unable to parse string as an integer", rawId));
            reject(response, errors);
            return;
        }
        sendJson(response, 200, ITEM_ECHO_WRITER, new ItemEcho(id, q));
    }

    /** {@code POST /items}: the six-field body checked (every error collected) and echoed. */
    static void createItem(HttpServerResponse response, Buffer body) {
        List<Map<String, Object>> errors = new ArrayList<>(0);
        JsonNode json;
        try {
            json = TREE_READER.readTree(body.getBytes());
        } catch (IOException e) {
            errors.add(error("json_invalid", List.of("body"), "JSON decode error", null));
            reject(response, errors);
            return;
        }
        if (json == null || !json.isObject()) {
            errors.add(error("model_attributes_type", List.of("body"),
                    "Input should be a valid dictionary or object to extract fields from", null));
            reject(response, errors);
            return;
        }

        String name = null;
        JsonNode nameNode = json.get("name");
        if (nameNode == null) {
            errors.add(missing("name"));
        } else if (!nameNode.isTextual()) {
            errors.add(error("string_type", List.of("body", "name"), "Input should be a valid string", nameNode));
        } else if (nameNode.asText().isBlank()) {
            errors.add(error("string_too_short", List.of("body", "name"),
                    "String should have at least 1 character", nameNode.asText()));
        } else {
            name = nameNode.asText();
        }

        double price = 0;
        JsonNode priceNode = json.get("price");
        if (priceNode == null) {
            errors.add(missing("price"));
        } else if (!priceNode.isNumber()) {
            errors.add(error("float_parsing", List.of("body", "price"),
                    "Input should be a valid number, unable to parse string as a number", priceNode));
        } else if (priceNode.asDouble() < 0) {
            errors.add(error("greater_than_equal", List.of("body", "price"),
                    "Input should be greater than or equal to 0", priceNode));
        } else {
            price = priceNode.asDouble();
        }

        int quantity = 0;
        JsonNode quantityNode = json.get("quantity");
        if (quantityNode == null) {
            errors.add(missing("quantity"));
        } else if (!quantityNode.isIntegralNumber() || !quantityNode.canConvertToInt()) {
            errors.add(error("int_parsing", List.of("body", "quantity"),
                    "Input should be a valid integer, unable to parse string as an integer", quantityNode));
        } else {
            quantity = quantityNode.intValue();
        }

        List<String> tags = null;
        JsonNode tagsNode = json.get("tags");
        if (tagsNode == null) {
            errors.add(missing("tags"));
        } else if (!tagsNode.isArray()) {
            errors.add(error("list_type", List.of("body", "tags"), "Input should be a valid list", tagsNode));
        } else {
            tags = new ArrayList<>(tagsNode.size());
            for (int i = 0; i < tagsNode.size(); i++) {
                JsonNode tag = tagsNode.get(i);
                if (tag.isTextual()) {
                    tags.add(tag.asText());
                } else {
                    errors.add(error("string_type", List.of("body", "tags", i), "Input should be a valid string", tag));
                }
            }
        }

        boolean active = false;
        JsonNode activeNode = json.get("active");
        if (activeNode == null) {
            errors.add(missing("active"));
        } else if (!activeNode.isBoolean()) {
            errors.add(error("bool_parsing", List.of("body", "active"),
                    "Input should be a valid boolean, unable to interpret input", activeNode));
        } else {
            active = activeNode.booleanValue();
        }

        String sku = null;
        JsonNode skuNode = json.get("sku");
        if (skuNode == null) {
            errors.add(missing("sku"));
        } else if (!skuNode.isTextual()) {
            errors.add(error("string_type", List.of("body", "sku"), "Input should be a valid string", skuNode));
        } else if (!SKU.matcher(skuNode.asText()).matches()) {
            errors.add(error("string_pattern_mismatch", List.of("body", "sku"),
                    "String should match pattern '" + SKU.pattern() + "'", skuNode.asText()));
        } else {
            sku = skuNode.asText();
        }

        if (!errors.isEmpty()) {
            reject(response, errors);
            return;
        }
        sendJson(response, 200, ITEM_WRITER, new Item(name, price, quantity, tags, active, sku));
    }

    /** Answers 404 the way FastAPI does. */
    static void notFound(HttpServerResponse response) {
        response.setStatusCode(404).putHeader(CONTENT_TYPE, APPLICATION_JSON).end("{\"detail\":\"Not Found\"}");
    }

    /** Answers 405 the way FastAPI does. */
    static void methodNotAllowed(HttpServerResponse response, String allow) {
        response.setStatusCode(405).putHeader(CONTENT_TYPE, APPLICATION_JSON).putHeader("allow", allow)
                .end("{\"detail\":\"Method Not Allowed\"}");
    }

    private static void reject(HttpServerResponse response, List<Map<String, Object>> errors) {
        sendJson(response, 422, ERRORS_WRITER, Map.of("detail", errors));
    }

    private static Map<String, Object> missing(String field) {
        return error("missing", List.of("body", field), "Field required", null);
    }

    private static Map<String, Object> error(String type, List<Object> loc, String msg, Object input) {
        // Map.of has no iteration order; FastAPI writes type, loc, msg, input in this order.
        var entry = new java.util.LinkedHashMap<String, Object>(8);
        entry.put("type", type);
        entry.put("loc", loc);
        entry.put("msg", msg);
        entry.put("input", input);
        return entry;
    }

    private static void sendJson(HttpServerResponse response, int status, ObjectWriter writer, Object value) {
        byte[] bytes;
        try {
            bytes = writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
            return;
        }
        sendJsonBytes(response, status, bytes);
    }
}
