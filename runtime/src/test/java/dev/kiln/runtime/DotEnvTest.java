package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code .env} files as python-dotenv reads them (its tests' cases, without variable expansion). */
class DotEnvTest {
    private static Map<String, String> parse(String text) {
        return DotEnv.parse(text).values();
    }

    @Test
    void keysAndValuesWithSpacesExportAndComments() {
        assertEquals(Map.of("A", "b", "C", "d", "E", "f g", "H", "i", "EMPTY", ""), parse("""
                        # a comment
                        A=b
                          C = d
                        export E=f g   # a comment after whitespace
                        H=i

                        EMPTY=
                        """));
    }

    @Test
    void aHashWithoutWhitespaceBeforeItIsPartOfAnUnquotedValue() {
        assertEquals(Map.of("URL", "http://x/#anchor"), parse("URL=http://x/#anchor"));
    }

    @Test
    void singleQuotesKeepTheValueAsWritten() {
        assertEquals(
                Map.of("A", "b # not a comment", "B", "c\\nd", "C", "it's"),
                parse("A='b # not a comment'\nB='c\\nd'\nC='it\\'s'\n"));
    }

    @Test
    void doubleQuotesDecodeEscapesAndMaySpanLines() {
        assertEquals(
                Map.of("A", "line1\nline2", "B", "say \"hi\"", "C", "first\nsecond", "D", "tab\there"),
                parse("A=\"line1\\nline2\"\nB=\"say \\\"hi\\\"\"  # comment\nC=\"first\nsecond\"\nD=\"tab\\there\"\n"));
    }

    @Test
    void aKeyWithoutEqualsHasNoValueAndALaterLineWins() {
        assertEquals(Map.of("B", "2"), parse("A=1\nA\nB=1\nB=2\n"));
    }

    @Test
    void variablesAreNotExpanded() {
        assertEquals(Map.of("A", "${HOME}/x"), parse("A=${HOME}/x"));
    }

    @Test
    void windowsLineEndings() {
        assertEquals(Map.of("A", "1", "B", "2"), parse("A=1\r\nB=2\r\n"));
    }

    @Test
    void linesThatAreNoStatementAreSkippedByNumber() {
        DotEnv.Parsed parsed = DotEnv.parse("A=1\nnot a statement\nB='unclosed\nC=\"x\" trailing\nD=4\n");
        assertEquals(Map.of("A", "1", "D", "4"), parsed.values());
        assertEquals(List.of(2, 3, 4), parsed.badLines());
    }
}
