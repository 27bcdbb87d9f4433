package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a Javadoc comment into FastAPI's summary (first sentence) and description (the rest). */
final class Javadoc {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal) ([^}]*)}");

    /** The summary and description of a comment; either may be {@code null}. */
    record Text(String summary, String description) {}

    private Javadoc() {}

    static Text split(String comment) {
        if (comment == null) {
            return new Text(null, null);
        }
        List<String> lines = new ArrayList<>();
        for (String line : comment.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                break; // block tags (@param, @return, ...) are not part of the description
            }
            lines.add(trimmed);
        }
        String text =
                INLINE_TAG.matcher(String.join("\n", lines)).replaceAll("$1").strip();
        if (text.isEmpty()) {
            return new Text(null, null);
        }
        int end = sentenceEnd(text);
        String summary = text.substring(0, end).replaceAll("\\s+", " ").strip();
        String description = text.substring(end).strip();
        return new Text(summary, description.isEmpty() ? null : description);
    }

    /** The end of the first sentence: a period followed by white space, a blank line, or the end. */
    private static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
