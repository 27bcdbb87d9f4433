package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A full path template, router prefix included, such as {@code /items/{itemId}}, split into
 * segments. A variable is a whole segment, as the runtime's matcher expects. Parsing never fails:
 * what is wrong with the template is listed by {@link #problems()}, for the validator to report.
 *
 * @param template the template as written (prefix + value)
 * @param segments the segments between slashes, first to last ({@code "/"} has none)
 */
public record PathTemplate(String template, List<Segment> segments) {
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One segment: literal text, or a {@code {name}} variable. */
    public record Segment(String text, boolean variable) {
        /** The variable's name (without braces), or the literal text. */
        public String name() {
            return variable ? text.substring(1, text.length() - 1) : text;
        }
    }

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    /** Splits {@code template} into segments. */
    public static PathTemplate parse(String template) {
        List<Segment> segments = new ArrayList<>();
        String rest = template.startsWith("/") ? template.substring(1) : template;
        if (!rest.isEmpty()) {
            for (String part : rest.split("/", -1)) {
                boolean variable = part.length() >= 2
                        && part.startsWith("{")
                        && part.endsWith("}")
                        && part.indexOf('{', 1) < 0
                        && part.indexOf('}') == part.length() - 1;
                segments.add(new Segment(part, variable));
            }
        }
        return new PathTemplate(template, segments);
    }

    /** The variable names in order of appearance. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.variable()) {
                names.add(segment.name());
            }
        }
        return names;
    }

    /** The index of a variable among the variables ({@code Exchange.pathParam(index)}), or -1. */
    public int variableIndex(String name) {
        return variables().indexOf(name);
    }

    /** The template with variable names erased, {@code /items/{}}: two routes clash when these are equal. */
    public String normalized() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/').append(segment.variable() ? "{}" : segment.text());
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** What is wrong with the template, one sentence each; empty when it is well formed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!template.startsWith("/")) {
            problems.add("the path \"" + template + "\" does not start with '/' (after joining the router prefix)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String text = segment.text();
            if (text.isEmpty() && i < segments.size() - 1) {
                problems.add("the path \"" + template + "\" has an empty segment ('//')");
            } else if (segment.variable()) {
                String name = segment.name();
                if (name.isEmpty()) {
                    problems.add("the path \"" + template + "\" has an empty variable '{}'");
                } else if (!VARIABLE_NAME.matcher(name).matches()) {
                    problems.add("the variable '{" + name + "}' is not a valid name (letters, digits and '_')");
                } else if (!seen.add(name)) {
                    problems.add("the variable '{" + name + "}' appears twice");
                }
            } else if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
                problems.add("the segment \"" + text + "\" has unbalanced braces or a variable that is not a whole "
                        + "segment");
            }
        }
        return problems;
    }
}
