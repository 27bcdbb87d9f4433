package dev.kiln.processor.read;

import java.util.Locale;

/**
 * Jackson's own {@code @JsonNaming} strategies (the classes of {@code PropertyNamingStrategies}), with
 * the same translation of an implicit property name (checked against Jackson's in the tests). A strategy
 * applies to names Jackson derives from fields, accessors and record components, never to a name
 * written in {@code @JsonProperty}, nor to an alias.
 */
enum JacksonNaming {
    LOWER_CAMEL_CASE("LowerCamelCaseStrategy"),
    UPPER_CAMEL_CASE("UpperCamelCaseStrategy"),
    SNAKE_CASE("SnakeCaseStrategy"),
    UPPER_SNAKE_CASE("UpperSnakeCaseStrategy"),
    LOWER_CASE("LowerCaseStrategy"),
    KEBAB_CASE("KebabCaseStrategy"),
    LOWER_DOT_CASE("LowerDotCaseStrategy");

    private static final String STRATEGIES = "com.fasterxml.jackson.databind.PropertyNamingStrategies.";

    private final String className;

    JacksonNaming(String simpleName) {
        this.className = STRATEGIES + simpleName;
    }

    /** The strategy of a {@code @JsonNaming} class name (canonical), or {@code null} for a custom one. */
    static JacksonNaming ofClassName(String qualifiedName) {
        for (JacksonNaming naming : values()) {
            if (naming.className.equals(qualifiedName)) {
                return naming;
            }
        }
        return null;
    }

    /** The JSON name Jackson makes of the implicit name {@code name}. */
    String translate(String name) {
        return switch (this) {
            case LOWER_CAMEL_CASE -> name;
            case UPPER_CAMEL_CASE -> upperFirst(name);
            case SNAKE_CASE -> snake(name);
            case UPPER_SNAKE_CASE -> snake(name).toUpperCase(Locale.ROOT);
            case LOWER_CASE -> name.toLowerCase(Locale.ROOT);
            case KEBAB_CASE -> lowerWithSeparator(name, '-');
            case LOWER_DOT_CASE -> lowerWithSeparator(name, '.');
        };
    }

    private static String upperFirst(String name) {
        if (name.isEmpty() || Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * {@code userName} → {@code user_name}, {@code theWWW} → {@code the_www}, {@code _user} → {@code user}:
     * an upper-case letter starts a word unless the previous one did or an underscore precedes it; a
     * leading underscore is dropped.
     */
    private static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() * 2);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && c == '_') {
                continue;
            }
            if (Character.isUpperCase(c)) {
                if (!previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
                previousUpper = true;
            } else {
                out.append(c);
                previousUpper = false;
            }
        }
        return out.length() > 0 ? out.toString() : name;
    }

    /**
     * Kebab and dot case: words in lower case; an upper-case letter after a lower-case one starts a word,
     * and in a run of upper-case letters followed by a lower-case one the last starts the next word
     * ({@code XMLParser} → {@code xml-parser}).
     */
    private static String lowerWithSeparator(String name, char separator) {
        if (name.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + (name.length() >> 1));
        int upperRun = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower == c) {
                if (upperRun > 1) {
                    out.insert(out.length() - 1, separator);
                }
                upperRun = 0;
            } else {
                if (upperRun == 0 && i > 0) {
                    out.append(separator);
                }
                upperRun++;
            }
            out.append(lower);
        }
        return out.toString();
    }
}
