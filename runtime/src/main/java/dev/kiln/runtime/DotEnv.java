package dev.kiln.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .env} file read as python-dotenv reads it (what pydantic-settings uses), without variable
 * expansion:
 *
 * <ul>
 *   <li>one {@code KEY=value} a line, spaces around {@code =} allowed, an optional {@code export } before
 *       the key; blank lines and lines starting with {@code #} are skipped;
 *   <li>a value in single quotes is taken as written ({@code \\} and {@code \'} aside); in double quotes,
 *       the escapes {@code \n \t \r \" \\ ...} are decoded; a quoted value may span lines; after the
 *       closing quote only a {@code # comment} may follow;
 *   <li>an unquoted value ends at the line's end or at a {@code #} that follows whitespace, and is
 *       trimmed;
 *   <li>a key without {@code =} has no value (it counts as not set); a later line wins over an earlier one;
 *       {@code ${VAR}} is kept as written (python-dotenv would expand it);
 *   <li>a line that is none of these is skipped, and its number reported (never its content).
 * </ul>
 */
final class DotEnv {
    /** The values by key, and the numbers (1-based) of the lines that could not be read. */
    record Parsed(Map<String, String> values, List<Integer> badLines) {}

    private final String text;
    private int at;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Integer> badLines = new ArrayList<>();

    private DotEnv(String text) {
        this.text = text;
    }

    static Parsed parse(String text) {
        DotEnv reader = new DotEnv(text);
        reader.read();
        return new Parsed(reader.values, reader.badLines);
    }

    private void read() {
        while (at < text.length()) {
            int lineStart = at;
            skipBlanks();
            if (at >= text.length()) {
                return;
            }
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                at++;
                continue;
            }
            if (c == '#') {
                skipLine();
                continue;
            }
            if (!statement()) {
                badLines.add(lineOf(lineStart));
                at = lineStart;
                skipLine();
            }
        }
    }

    /** One {@code [export] KEY[=value]}; {@code false} when it is malformed. */
    private boolean statement() {
        if (text.startsWith("export", at)
                && at + 6 < text.length()
                && (text.charAt(at + 6) == ' ' || text.charAt(at + 6) == '\t')) {
            at += 6;
            skipBlanks();
        }
        int keyStart = at;
        while (at < text.length() && !isSpace(text.charAt(at)) && text.charAt(at) != '=' && !isEnd(text.charAt(at))) {
            at++;
        }
        String key = text.substring(keyStart, at);
        if (key.isEmpty() || key.startsWith("#")) {
            return false;
        }
        skipBlanks();
        if (at >= text.length() || isEnd(text.charAt(at))) {
            // a key alone: python-dotenv gives it no value
            values.remove(key);
            return true;
        }
        if (text.charAt(at) != '=') {
            return false;
        }
        at++;
        skipBlanks();
        String value;
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            value = quoted(text.charAt(at));
            if (value == null || !restIsComment()) {
                return false;
            }
        } else {
            value = unquoted();
        }
        values.put(key, value);
        return true;
    }

    /** A value between {@code quote}s (the index on the opening one), escapes decoded; {@code null} when unclosed. */
    private String quoted(char quote) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\' && at < text.length()) {
                char next = text.charAt(at);
                String decoded = quote == '\'' ? singleQuoted(next) : doubleQuoted(next);
                if (decoded != null) {
                    value.append(decoded);
                    at++;
                    continue;
                }
            }
            value.append(c);
        }
        return null;
    }

    private static String singleQuoted(char c) {
        return c == '\\' || c == '\'' ? String.valueOf(c) : null;
    }

    private static String doubleQuoted(char c) {
        return switch (c) {
            case '\\', '\'', '"' -> String.valueOf(c);
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'v' -> "\u000b";
            default -> null;
        };
    }

    /** Whether the rest of the line is blank or a comment; moves past the line. */
    private boolean restIsComment() {
        skipBlanks();
        boolean ok = at >= text.length() || isEnd(text.charAt(at)) || text.charAt(at) == '#';
        skipLine();
        return ok;
    }

    /** The rest of the line, without a {@code #} comment that follows whitespace, trimmed. */
    private String unquoted() {
        int start = at;
        skipLine();
        String line = text.substring(start, at).stripTrailing();
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && isSpace(line.charAt(i - 1))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }

    private void skipBlanks() {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
    }

    /** Moves past the end of the current line. */
    private void skipLine() {
        while (at < text.length() && !isEnd(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
    }

    private int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000b';
    }

    private static boolean isEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
