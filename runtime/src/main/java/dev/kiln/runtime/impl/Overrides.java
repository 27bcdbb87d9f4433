package dev.kiln.runtime.impl;

import dev.kiln.Request;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The app's {@code App.override}s, matched to the providers generated code asks about at startup
 * ({@link dev.kiln.runtime.AppContext#override}), and checked once every module has asked: an
 * override must replace exactly one provider the app uses.
 *
 * <p>An override names a class and a qualifier ({@code ""} for none); a provider's key is its type as
 * source names it, then {@code @qualifier}: {@code com.example.Repo<com.example.Item>@replica}. They
 * match when the key's class, without type arguments, is the override's class and the qualifiers are
 * equal: so {@code override(Repo.class, ...)} replaces the one provider of {@code Repo<Item>}, and is
 * refused when the app has providers of two {@code Repo<...>} types (qualify them with {@code @Named}
 * to override one).
 */
final class Overrides {
    /** An override's class and qualifier. */
    record Key(Class<?> type, String named) {
        /** {@code App.override(Repo.class, "replica", ...)}, as messages show it. */
        String describe() {
            return "App.override(" + type.getSimpleName() + ".class" + (named.isEmpty() ? "" : ", \"" + named + "\"")
                    + ", ...)";
        }

        /** The match key: the canonical name (a primitive's box), then {@code @named} when qualified. */
        String match() {
            Class<?> boxed =
                    type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
            return boxed.getCanonicalName() + (named.isEmpty() ? "" : "@" + named);
        }
    }

    private final Map<String, Key> byMatch = new ConcurrentHashMap<>();
    private final Map<Key, Function<? super Request, ?>> replacements;
    /** The provider keys generated code asked about, by match key. */
    private final Map<String, Set<String>> asked = new ConcurrentHashMap<>();

    Overrides(Map<Key, Function<? super Request, ?>> replacements) {
        this.replacements = replacements;
        replacements.keySet().forEach(key -> byMatch.put(key.match(), key));
    }

    /** The replacement of the provider of {@code providerKey}, or {@code null}; remembers the question. */
    Function<? super Request, ?> lookup(String providerKey) {
        String match = match(providerKey);
        asked.computeIfAbsent(match, m -> new TreeSet<>()).add(providerKey);
        Key key = byMatch.get(match);
        return key == null ? null : replacements.get(key);
    }

    /**
     * Fails, naming every problem, when an override replaces no provider the app uses (generated code
     * asked about none of its class and qualifier), or several (two parameterisations of one generic
     * class). Called once every module built its singletons and routes, before the server listens.
     */
    void check() {
        List<String> problems = new ArrayList<>();
        for (Key key : replacements.keySet()) {
            Set<String> providers = asked.getOrDefault(key.match(), Set.of());
            if (providers.isEmpty()) {
                problems.add(
                        key.describe() + " replaces nothing: no operation or singleton of the app uses a provider of "
                                + describe(key.match()) + alternatives(key));
            } else if (providers.size() > 1) {
                problems.add(
                        key.describe() + " is ambiguous: the app has providers of " + String.join(" and ", providers)
                                + "; give them @Named qualifiers and override one with App.override(type, name, replacement)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /** The providers of the same class under other qualifiers, which the user may have meant. */
    private String alternatives(Key key) {
        String type = key.match().split("@", 2)[0];
        Set<String> others = new TreeSet<>();
        asked.forEach((match, keys) -> {
            if (match.split("@", 2)[0].equals(type)) {
                others.addAll(keys);
            }
        });
        List<String> shown = new ArrayList<>();
        others.forEach(other -> shown.add(describe(other)));
        return others.isEmpty() ? "" : " (it has " + String.join(", ", shown) + ")";
    }

    /** {@code com.example.Db@replica} → {@code @Named("replica") com.example.Db}. */
    private static String describe(String providerKey) {
        int at = providerKey.indexOf('@');
        return at < 0
                ? providerKey
                : "@Named(\"" + providerKey.substring(at + 1) + "\") " + providerKey.substring(0, at);
    }

    /** {@code com.example.Repo<com.example.Item>@replica} → {@code com.example.Repo@replica}. */
    static String match(String providerKey) {
        int at = providerKey.indexOf('@');
        String type = at < 0 ? providerKey : providerKey.substring(0, at);
        String named = at < 0 ? "" : providerKey.substring(at);
        int generic = type.indexOf('<');
        return (generic < 0 ? type : type.substring(0, generic)) + named;
    }
}
