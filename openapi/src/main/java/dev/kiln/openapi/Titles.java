package dev.kiln.openapi;

/**
 * Human titles from Java names, the way FastAPI and Pydantic title Python names
 * ({@code item_id} → {@code Item Id}): {@code itemId} → {@code Item Id}, {@code user-agent} →
 * {@code User-Agent}, {@code readItem} → {@code Read Item}.
 */
public final class Titles {
    private Titles() {}

    /** Splits camel case and underscores into words and capitalises each word; hyphens are kept. */
    public static String fromName(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean startOfWord = true;
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == ' ') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                startOfWord = true;
            } else if (c == '-') {
                out.append('-');
                startOfWord = true;
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous) && !startOfWord) {
                    out.append(' ');
                    startOfWord = true;
                }
                out.append(startOfWord ? Character.toUpperCase(c) : c);
                startOfWord = false;
            }
            previous = c;
        }
        return out.toString().strip();
    }
}
