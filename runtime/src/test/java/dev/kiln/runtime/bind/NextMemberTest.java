package dev.kiln.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Binders#nextMember} gives, member after member, the names {@code JsonParser.nextFieldName} gives,
 * whatever the order sent and whichever member is expected next, on every kind of parser a body is read from.
 */
class NextMemberTest {
    private static final SerializableString[] EXPECTED = Binders.memberNames("name", "price", "tags");

    private static final List<String> BODIES = List.of(
            "{}",
            "{\"name\":\"a\",\"price\":1,\"tags\":[\"x\"]}",
            "{\"tags\":[],\"price\":1,\"name\":\"a\"}",
            "{\"name\":\"a\",\"other\":{\"name\":1},\"price\":2}",
            "{\"n\\u0061me\":\"escaped\",\"price\":1}",
            "{\"name\":\"a\",\"name\":\"b\",\"price\":1,\"price\":2}",
            "{\"nam\":1,\"namex\":2,\"Name\":3,\"pric\":4,\"tags\":5,\"extra\":6}",
            "{\"\":1,\"name\":null}",
            "{ \"name\" : \"spaced\" ,\n \"price\" : 3 }",
            "{\"ñame\":1,\"name\":\"ü\"}");

    /** The names of the object's members by {@code nextFieldName}, skipping each value. */
    private static List<String> byNextFieldName(JsonParser p) throws IOException {
        List<String> names = new ArrayList<>();
        p.nextToken();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            names.add(name);
            p.nextToken();
            p.skipChildren();
        }
        return names;
    }

    /**
     * The same by {@code nextMember}, expecting next either the member after the last one found (as a
     * generated reader does) or always {@code fixed}.
     */
    private static List<String> byNextMember(JsonParser p, int fixed) throws IOException {
        List<String> names = new ArrayList<>();
        p.nextToken();
        int next = fixed < 0 ? 0 : fixed;
        for (String name = Binders.nextMember(p, EXPECTED, next);
                name != null;
                name = Binders.nextMember(p, EXPECTED, next)) {
            names.add(name);
            p.nextToken();
            p.skipChildren();
            if (fixed < 0) {
                int found = List.of("name", "price", "tags").indexOf(name);
                next = found < 0 ? next : found + 1;
            }
        }
        assertEquals(JsonToken.END_OBJECT, p.currentToken());
        return names;
    }

    @Test
    void givesTheNamesNextFieldNameGivesOnEveryParser() throws IOException {
        for (String body : BODIES) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            List<String> expected = byNextFieldName(Json.bodyParser(bytes));
            // a tree keeps the last of a repeated member only
            List<String> inTree = byNextFieldName(Json.mapper().readTree(body).traverse());
            for (int fixed = -1; fixed <= EXPECTED.length + 1; fixed++) {
                assertEquals(expected, byNextMember(Json.bodyParser(bytes), fixed), body + ", next " + fixed);
                // a parser over characters, and one over a tree, as other bodies are read
                assertEquals(expected, byNextMember(Json.mapper().createParser(body), fixed), body + " (chars)");
                assertEquals(inTree, byNextMember(Json.mapper().readTree(body).traverse(), fixed), body + " (tree)");
            }
        }
    }

    @Test
    void aNameFoundAsExpectedIsTheExpectedString() throws IOException {
        JsonParser p = Json.bodyParser("{\"price\":1}".getBytes(StandardCharsets.UTF_8));
        p.nextToken();
        // the switch of a generated reader compares it: the very constant, no String made
        assertSame(EXPECTED[1].getValue(), Binders.nextMember(p, EXPECTED, 1));
    }
}
