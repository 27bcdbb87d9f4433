package dev.kiln.processor.blocking;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a method table: the owner type, the method name and, optionally, the exact
 * parameter types, plus the fix hint shown to the user when a call matches.
 *
 * <p>A call matches when the invoked method is this method of {@code owner}, is inherited by it, or
 * overrides it, and the call is made on an {@code owner} (or a subtype of it). So an entry for
 * {@code java.util.concurrent.locks.Lock.lock} also matches {@code ReentrantLock.lock()} and a
 * user's own {@code Lock} implementation.
 *
 * @param owner          the canonical name of the owner type, e.g. {@code "java.lang.Thread"}
 * @param name           the method name; {@code "<init>"} for constructors, {@code "*"} for every
 *                       method of the owner's API (not those of {@code Object}), {@code "*Suffix"}
 *                       for every method whose name ends with {@code Suffix}
 * @param parameterTypes the erased parameter types as javac prints them ({@code "long"},
 *                       {@code "java.lang.String"}, {@code "byte[]"}), or {@code null} for every
 *                       overload
 * @param hint           how to do the same without blocking, completing the sentence
 *                       "Mark it @Blocking, or ...", e.g. {@code "wait with vertx.setTimer"}
 */
record MethodPattern(String owner, String name, List<String> parameterTypes, String hint) {

    static final String CONSTRUCTOR = "<init>";
    static final String ANY = "*";

    MethodPattern {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hint, "hint");
        parameterTypes = parameterTypes == null ? null : List.copyOf(parameterTypes);
    }

    /** Whether {@code methodName} is one this entry names, ignoring owner and parameters. */
    boolean matchesName(String methodName) {
        if (name.equals(ANY)) {
            return !methodName.equals(CONSTRUCTOR);
        }
        if (name.startsWith(ANY)) {
            return methodName.endsWith(name.substring(1));
        }
        return name.equals(methodName);
    }

    /** Whether this entry is found by exact name (the fast path) rather than by a wildcard. */
    boolean hasExactName() {
        return !name.startsWith(ANY);
    }

    boolean isConstructor() {
        return name.equals(CONSTRUCTOR);
    }
}
