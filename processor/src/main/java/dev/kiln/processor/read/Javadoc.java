package dev.kiln.processor.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The documentation parts of a Javadoc comment, split once for every use: an operation's summary
 * (the first sentence) and description (the rest of the main text), a parameter's or record
 * component's {@code @param} text, a type's or property's whole text. Descriptions are CommonMark, as
 * OpenAPI reads them: <code>{&#64;code x}</code> and <code>{&#64;link X}</code> become {@code `x`} and {@code `X`},
 * {@code <p>} starts a paragraph. The summary is plain text (an OpenAPI summary is not Markdown).
 *
 * @param summary         the first sentence as plain text, or {@code null} without a comment
 * @param markdownSummary the first sentence as Markdown, or {@code null}
 * @param description     the main text after the first sentence, or {@code null} when there is none
 * @param params          {@code @param} texts by parameter name, in comment order
 * @param returns         the {@code @return} text, or {@code null}
 */
public record Javadoc(
        String summary, String markdownSummary, String description, Map<String, String> params, String returns) {
    /** No comment at all. */
    public static final Javadoc EMPTY = new Javadoc(null, null, null, Map.of(), null);

    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
    // The end of the first sentence as javadoc sees it: a period followed by white space, or a paragraph.
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s)|\\n\\s*\\n");

    /** Freezes the parameters. */
    public Javadoc {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The comment of {@code element}, or {@link #EMPTY}. */
    public static Javadoc of(Elements elements, Element element) {
        return parse(elements.getDocComment(element));
    }

    /** Parses the text of a doc comment as {@link Elements#getDocComment} returns it. */
    public static Javadoc parse(String comment) {
        if (comment == null || comment.isBlank()) {
            return EMPTY;
        }
        String text = comment.replace("\r\n", "\n");
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
                        params.put(nameAndText[0], nameAndText.length > 1 ? oneLine(inline(nameAndText[1], true)) : "");
                    }
                } else if (tag.startsWith("@return")) {
                    returns = oneLine(inline(tag.substring("@return".length()), true));
                }
            }
        }
        String[] markdown = firstSentence(paragraphs(inline(main, true)));
        String[] plain = firstSentence(paragraphs(inline(main, false)));
        return new Javadoc(plain[0], markdown[0], markdown[1], params, returns);
    }

    /** The text of the {@code @param} tag of {@code name}, or {@code null}. */
    public String param(String name) {
        String text = params.get(name);
        return text == null || text.isEmpty() ? null : text;
    }

    /** The whole main text as Markdown, summary and description, or {@code null}. */
    public String fullText() {
        if (markdownSummary == null) {
            return null;
        }
        return description == null ? markdownSummary : markdownSummary + "\n\n" + description;
    }

    /** The first sentence (one line) and the rest of {@code main}; {@code null}s for an empty text. */
    private static String[] firstSentence(String main) {
        if (main.isEmpty()) {
            return new String[] {null, null};
        }
        Matcher end = SENTENCE_END.matcher(main);
        if (!end.find()) {
            return new String[] {oneLine(main), null};
        }
        boolean period = main.charAt(end.start()) == '.';
        String description = main.substring(end.end()).strip();
        return new String[] {
            oneLine(main.substring(0, end.start() + (period ? 1 : 0))), description.isEmpty() ? null : description
        };
    }

    /** Inline tags as Markdown ({@code `x`}) or as plain text ({@code x}). */
    private static String inline(String text, boolean markdown) {
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
                    yield tag.equals("linkplain") || !markdown ? shown : "`" + shown + "`";
                }
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
