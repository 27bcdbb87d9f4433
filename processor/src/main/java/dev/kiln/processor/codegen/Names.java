package dev.kiln.processor.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Hands out unique Java names in one scope (a class's members, or a method's locals). */
final class Names {
    private final Set<String> taken = new HashSet<>();

    /** Marks {@code name} as used by someone else (a user parameter, a fixed member). */
    Names reserve(String name) {
        taken.add(name);
        return this;
    }

    /** The suggestion, or it followed by 2, 3, ... if it is taken or a keyword. */
    String allocate(String suggestion) {
        String name = suggestion;
        for (int i = 2; taken.contains(name) || SourceVersion.isKeyword(name); i++) {
            // v1 becomes v1_2, not v12, which would read as a different number
            char last = suggestion.charAt(suggestion.length() - 1);
            boolean separate = last == '_' || Character.isDigit(last);
            name = suggestion + (separate ? "_" : "") + i;
        }
        taken.add(name);
        return name;
    }

    /**
     * {@code suggestion} if it is free, else {@code suggestion + qualifier} (so a clash reads as
     * {@code CATEGORY_BINDER}, not {@code CATEGORY2}), else numbered.
     */
    String allocate(String suggestion, String qualifier) {
        return taken.contains(suggestion) ? allocate(suggestion + qualifier) : allocate(suggestion);
    }

    /** {@code itemIn}, {@code ItemIn} → {@code ITEM_IN}; {@code URLValue} → {@code URL_VALUE}. */
    static String constant(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0
                    && Character.isUpperCase(c)
                    && (Character.isLowerCase(camel.charAt(i - 1))
                            || Character.isDigit(camel.charAt(i - 1))
                            || i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1)));
            if (boundary && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(Character.isJavaIdentifierPart(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** {@code Deps} → {@code deps}; {@code URLs} → {@code uRLs}. */
    static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A pool name as part of a Java identifier: {@code "db-heavy"} → {@code dbHeavy}. */
    static String camel(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, "pool");
        }
        return out.toString();
    }
}
