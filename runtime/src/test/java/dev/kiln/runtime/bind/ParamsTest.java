package dev.kiln.runtime.bind;

import static dev.kiln.runtime.bind.BindersTest.errorsOf;
import static dev.kiln.runtime.bind.BindersTest.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.Upload;
import io.vertx.core.buffer.Buffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parameter binding as generated code calls it. */
class ParamsTest {
    private final ValidationErrors errors = new ValidationErrors();

    private void assertErrors(String expected) {
        assertEquals(json(expected), json(errorsOf(errors).toString()));
    }

    @Test
    void requiredOptionalNullableAndDefault() {
        assertEquals(3, Params.required("3", Binders.INT, Loc.query("a"), errors));
        assertEquals(Optional.empty(), Params.optional(null, Binders.INT, Loc.query("b"), errors));
        assertEquals(Optional.of(4), Params.optional("4", Binders.INT, Loc.query("b"), errors));
        assertNull(Params.nullable(null, Binders.INT, Loc.query("c"), errors));
        assertEquals(10, Params.orDefault(null, Binders.INT, Loc.query("d"), errors, 10));
        assertEquals(11, Params.orDefault("11", Binders.INT, Loc.query("d"), errors, 10));
        assertTrue(errors.isEmpty(), errors::toString);

        assertNull(Params.required(null, Binders.INT, Loc.path("itemId"), errors));
        assertNull(Params.optional("x", Binders.INT, Loc.query("b"), errors));
        assertNull(Params.orDefault("", Binders.INT, Loc.header("x-limit"), errors, 10));
        assertErrors("""
                [{"type":"missing","loc":["path","itemId"],"msg":"Field required","input":null},
                 {"type":"int_parsing","loc":["query","b"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"},
                 {"type":"int_parsing","loc":["header","x-limit"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":""}]""");
    }

    @Test
    void repeatedValues() {
        assertEquals(List.of(), Params.list(List.of(), Binders.INT, Loc.query("tag"), errors));
        assertEquals(List.of(1, 2), Params.list(List.of("1", "2"), Binders.INT, Loc.query("tag"), errors));
        assertEquals(Set.of("a"), Params.set(List.of("a", "a"), Binders.STRING, Loc.query("tag"), errors));
        assertTrue(errors.isEmpty());
        assertNull(Params.list(List.of("1", "x"), Binders.INT, Loc.query("tag"), errors));
        assertErrors("""
                [{"type":"int_parsing","loc":["query","tag",1],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"}]""");
    }

    @Test
    void jsonBodies() {
        assertNull(Params.json(null, errors));
        assertNull(Params.json(Buffer.buffer(), errors));
        assertEquals(json("{\"a\":[1]}"), Params.json(Buffer.buffer("{\"a\":[1]}"), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void malformedJsonIsReportedOnceWithPythonsWording() {
        // Python: "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)".
        JsonNode parsed = Params.json(Buffer.buffer("{\"a\": 1,}"), errors);
        assertNull(Params.body(parsed, Binders.JSON_NODE, true, errors));
        assertErrors("""
                [{"type":"json_invalid","loc":["body",8],"msg":"JSON decode error","input":{},
                  "ctx":{"error":"Expecting property name enclosed in double quotes"}}]""");
    }

    @Test
    void jsonErrorWordingForCommonMistakes() {
        assertEquals("Expecting value", jsonError("{\"a\": }"));
        assertEquals("Expecting ',' delimiter", jsonError("[1 2]"));
        assertEquals("Expecting ':' delimiter", jsonError("{\"a\" 1}"));
        assertEquals("Extra data", jsonError("{} {}"));
        assertEquals("Expecting value", jsonError("{\"a\": 1"));
    }

    private static String jsonError(String body) {
        ValidationErrors errors = new ValidationErrors();
        Params.json(Buffer.buffer(body), errors);
        assertEquals(1, errors.size(), body);
        return (String) errors.list().get(0).ctx().get("error");
    }

    /** {@code [0,0,...]} with {@code zeros} zeros: {@code zeros + 2} tokens. */
    private static Buffer zeros(int zeros) {
        StringBuilder text = new StringBuilder(zeros * 2 + 2).append('[');
        for (int i = 0; i < zeros; i++) {
            text.append(i == 0 ? "0" : ",0");
        }
        return Buffer.buffer(text.append(']').toString());
    }

    @Test
    void aBodyOfMoreTokensThanTheCapIsRejectedBeforeItBecomesAHugeTree() {
        // 10 MiB of "0," was a 24 MB tree, 10 MiB of {"a":0} a 257 MB one: the token cap bounds both.
        int cap = (int) dev.kiln.runtime.json.Json.MAX_TOKEN_COUNT;
        assertNull(Params.json(zeros(cap - 1), errors));
        assertEquals("json_invalid", errors.list().get(0).type());
        assertEquals(
                Map.of("error", "Document too large or too deeply nested"),
                errors.list().get(0).ctx());
        ValidationErrors fine = new ValidationErrors();
        assertEquals(cap - 2, Params.json(zeros(cap - 2), fine).size());
        assertTrue(fine.isEmpty(), fine::toString);
    }

    @Test
    void tooDeeplyNestedJsonIsRejected() {
        String deep = "[".repeat(600) + "]".repeat(600);
        assertNull(Params.json(Buffer.buffer(deep), errors));
        assertEquals("json_invalid", errors.list().get(0).type());
        ValidationErrors fine = new ValidationErrors();
        Params.json(Buffer.buffer("[".repeat(500) + "]".repeat(500)), fine);
        assertTrue(fine.isEmpty());
    }

    @Test
    void bodyAbsentOrNullIsMissingWhenRequired() {
        assertNull(Params.body(null, Binders.INT, false, errors));
        assertTrue(errors.isEmpty());
        assertNull(Params.body(json("null"), Binders.INT, true, errors));
        assertErrors("""
                [{"type":"missing","loc":["body"],"msg":"Field required","input":null}]""");
    }

    @Test
    void embeddedBodyMembers() {
        JsonNode body = json("{\"item\": {\"name\": \"x\"}, \"count\": \"two\"}");
        assertEquals(json("{\"name\":\"x\"}"), Params.member(body, Field.required("item", Binders.JSON_NODE), errors));
        assertNull(Params.member(body, Field.required("count", Binders.INT), errors));
        assertNull(Params.member(body, Field.required("user", Binders.JSON_NODE), errors));
        assertEquals(Optional.empty(), Params.member(body, Field.optional("note", Binders.STRING), errors));
        assertErrors("""
                [{"type":"int_parsing","loc":["body","count"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"two"},
                 {"type":"missing","loc":["body","user"],"msg":"Field required",
                  "input":{"item":{"name":"x"},"count":"two"}}]""");

        ValidationErrors none = new ValidationErrors();
        Params.member(null, Field.required("item", Binders.JSON_NODE), none);
        assertEquals(
                json("[{\"type\":\"missing\",\"loc\":[\"body\",\"item\"],\"msg\":\"Field required\",\"input\":null}]"),
                json(errorsOf(none).toString()));
    }

    @Test
    void aJsonBodyIsParsedOnlyWhenItsContentTypeSaysJson() {
        for (String json : List.of(
                "application/json",
                "application/json; charset=utf-8",
                "  Application/JSON  ",
                "application/geo+json",
                "application/vnd.api+json;v=1",
                "application/+json")) {
            assertTrue(Params.isJson(json), json);
        }
        for (String other : Arrays.asList(
                null,
                "",
                "text/plain",
                "text/json",
                "application/jsonx",
                "application/json-seq",
                "application/geo+json-seq",
                "application/json/x",
                "application /json",
                "applicationx/json",
                "json")) {
            assertFalse(Params.isJson(other), String.valueOf(other));
        }
        Buffer body = Buffer.buffer("{\"a\":1}");
        assertEquals(json("{\"a\":1}"), Params.json(body, "application/json", errors));
        // Another type: the text, as FastAPI hands the raw bytes to validation.
        assertEquals(TextNode.valueOf("{\"a\":1}"), Params.json(body, "text/plain", errors));
        assertEquals(TextNode.valueOf("{\"a\":1}"), Params.json(body, null, errors));
        assertNull(Params.json(Buffer.buffer(), "text/plain", errors));
        assertNull(Params.json(null, null, errors));
        // Not parsed, so never malformed JSON.
        assertEquals(TextNode.valueOf("{oops"), Params.json(Buffer.buffer("{oops"), "text/plain", errors));
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void rawBodies() {
        assertArrayEquals(new byte[] {1, 2}, Params.bytes(Buffer.buffer(new byte[] {1, 2}), true, errors));
        assertEquals("é", Params.text(Buffer.buffer("é"), true, errors));
        assertNull(Params.bytes(null, false, errors));
        assertNull(Params.text(Buffer.buffer(), false, errors));
        assertTrue(errors.isEmpty());
        assertNull(Params.bytes(Buffer.buffer(), true, errors));
        assertNull(Params.text(null, true, errors));
        assertErrors("""
                [{"type":"missing","loc":["body"],"msg":"Field required","input":null},
                 {"type":"missing","loc":["body"],"msg":"Field required","input":null}]""");
    }

    @Test
    void filesAsFastApiBindsUploadFile() {
        Upload upload = new Upload() {
            public String filename() {
                return "a.txt";
            }

            public String contentType() {
                return "text/plain";
            }

            public long size() {
                return 0;
            }

            public Map<String, String> headers() {
                return Map.of();
            }

            public java.nio.file.Path path() {
                return java.nio.file.Path.of("/nowhere");
            }

            public byte[] bytes() {
                return new byte[0];
            }

            public java.io.InputStream open() {
                return java.io.InputStream.nullInputStream();
            }
        };
        assertSame(upload, Params.file(upload, "ignored", Loc.body("f"), errors));
        assertEquals(Optional.of(upload), Params.optionalFile(upload, null, Loc.body("f"), errors));
        assertEquals(Optional.empty(), Params.optionalFile(null, null, Loc.body("f"), errors));
        assertEquals(List.of(upload), Params.files(List.of(upload), List.of("x"), Loc.body("f"), errors));
        assertTrue(errors.isEmpty());

        assertNull(Params.file(null, null, Loc.body("a"), errors));
        assertNull(Params.file(null, "text", Loc.body("b"), errors));
        assertNull(Params.optionalFile(null, "text", Loc.body("c"), errors));
        assertNull(Params.files(List.of(), List.of(), Loc.body("d"), errors));
        assertNull(Params.files(List.of(), List.of("x", "y"), Loc.body("e"), errors));
        String notAFile = "\"msg\":\"Value error, Expected UploadFile, received: <class 'str'>\","
                + "\"ctx\":{\"error\":\"Expected UploadFile, received: <class 'str'>\"}";
        assertErrors("[{\"type\":\"missing\",\"loc\":[\"body\",\"a\"],\"msg\":\"Field required\",\"input\":null},"
                + "{\"type\":\"value_error\",\"loc\":[\"body\",\"b\"],\"input\":\"text\"," + notAFile + "},"
                + "{\"type\":\"value_error\",\"loc\":[\"body\",\"c\"],\"input\":\"text\"," + notAFile + "},"
                + "{\"type\":\"missing\",\"loc\":[\"body\",\"d\"],\"msg\":\"Field required\",\"input\":null},"
                + "{\"type\":\"value_error\",\"loc\":[\"body\",\"e\",0],\"input\":\"x\"," + notAFile + "},"
                + "{\"type\":\"value_error\",\"loc\":[\"body\",\"e\",1],\"input\":\"y\"," + notAFile + "}]");
    }

    @Test
    void locations() {
        assertEquals(
                List.of("body", "tags", 2, "name"),
                Loc.body().field("tags").index(2).field("name").parts());
        assertEquals(List.of("header", "user-agent"), Loc.header("user-agent").parts());
        assertEquals(Loc.query("a").index(1), Loc.query("a").index(1));
    }
}
