package dev.kiln.processor.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The documentation parts of a Javadoc comment: the first sentence (an operation's summary), the
 * rest of the main text (its description) and the {@code @param} texts by parameter name. Inline
 * tags become Markdown, as OpenAPI descriptions are CommonMark: {@code {@code x}} and
 * {@code {@link X}} become {@code `x`} and {@code `X`}; {@code <p>} starts a paragraph.
 *
 * @param summary     the first sentence, or {@code null} without a comment
 * @param description the main text after the first sentence, or {@code null} when there is none
 * @param params      {@code @param} texts by parameter name, in comment order
 * @param returns     the {@code @return} text, or {@code null}
 */
public record JavadocText(String summary, String description, Map<String, String> params, String returns) {
    /** No comment at all. */
    public static final JavadocText EMPTY = new JavadocText(null, null, Map.of(), null);

    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
    // The end of the first sentence as javadoc sees it: a period followed by white space, or a paragraph.
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s)|\\n\\s*\\n");

    /** Freezes the parameters. */
    public JavadocText {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The comment of {@code element}, or {@link #EMPTY}. */
    public static JavadocText of(Elements elements, Element element) {
        return parse(elements.getDocComment(element));
    }

    /** Parses the text of a doc comment as {@link Elements#getDocComment} returns it. */
    public static JavadocText parse(String comment) {
        if (comment == null || comment.isBlank()) {
            return EMPTY;
        }
        String text = markdown(comment.replace("\r\n", "\n"));
        Matcher block = BLOCK_TAG.matcher(text);
        String main = block.find() ? text.substring(0, block.start()) : text;
        Map<String, String> params = new LinkedHashMap<>();
        String returns = null;
        if (block.find(0)) {
            String tags = text.substring(block.start());
            for (String tag : tags.split("(?m)^\\s*(?=@\\w)")) {
                tag = tag.strip();
                if (tag.startsWith("@param")) {
                    String[] nameAndText =
                            tag.substring("@param".length()).strip().split("\\s+", 2);
                    if (!nameAndText[0].isEmpty()) {
                        params.put(nameAndText[0], nameAndText.length > 1 ? oneLine(nameAndText[1]) : "");
                    }
                } else if (tag.startsWith("@return")) {
                    returns = oneLine(tag.substring("@return".length()));
                }
            }
        }
        main = paragraphs(main);
        if (main.isEmpty()) {
            return new JavadocText(null, null, params, returns);
        }
        Matcher end = SENTENCE_END.matcher(main);
        String summary;
        String description;
        if (end.find()) {
            boolean period = main.charAt(end.start()) == '.';
            summary = main.substring(0, end.start() + (period ? 1 : 0));
            description = main.substring(end.end()).strip();
        } else {
            summary = main;
            description = "";
        }
        return new JavadocText(oneLine(summary), description.isEmpty() ? null : description, params, returns);
    }

    /** The text of {@code @param name}, or {@code null}. */
    public String param(String name) {
        String text = params.get(name);
        return text == null || text.isEmpty() ? null : text;
    }

    /** The whole main text, summary and description, or {@code null}. */
    public String fullText() {
        if (summary == null) {
            return null;
        }
        return description == null ? summary : summary + "\n\n" + description;
    }

    private static String markdown(String text) {
        Matcher inline = INLINE_TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (inline.find()) {
            String tag = inline.group(1);
            String body = inline.group(2).strip();
            String replacement = switch (tag) {
                case "code", "link", "linkplain" -> {
                    // {@link Type#member label} shows the label when there is one
                    String[] targetAndLabel = body.split("\\s+", 2);
                    String shown = tag.equals("code")
                            ? body
                            : targetAndLabel.length > 1 ? targetAndLabel[1] : targetAndLabel[0].replaceFirst("^#", "");
                    yield tag.equals("linkplain") ? shown : "`" + shown + "`";
                }
                case "literal", "value" -> body;
                default -> body;
            };
            inline.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        inline.appendTail(out);
        return out.toString();
    }

    /** Lines stripped of the indentation javac leaves; {@code <p>} as a blank line. */
    private static String paragraphs(String text) {
        String withBreaks = text.replaceAll("(?i)\\s*</?p>\\s*", "\n\n");
        StringBuilder out = new StringBuilder();
        for (String line : withBreaks.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
