package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.Request;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which provider an {@code App.override} replaces, and the start failures when it is not exactly one. */
class OverridesTest {
    private final Function<Request, Object> replacement = request -> "replaced";

    @SuppressWarnings("unchecked") // the test passes key, replacement pairs
    private static Overrides overrides(Object... keysAndReplacements) {
        Map<Overrides.Key, Function<? super Request, ?>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndReplacements.length; i += 2) {
            map.put((Overrides.Key) keysAndReplacements[i], (Function<? super Request, ?>) keysAndReplacements[i + 1]);
        }
        return new Overrides(map);
    }

    private static Overrides.Key key(Class<?> type, String named) {
        return new Overrides.Key(type, named);
    }

    @Test
    void aClassReplacesItsUnqualifiedProviderAndTheOneProviderOfAGenericClass() {
        Overrides o = overrides(key(String.class, ""), replacement, key(List.class, ""), replacement);
        assertSame(replacement, o.lookup("java.lang.String"));
        assertSame(replacement, o.lookup("java.util.List<java.lang.Integer>"));
        assertNull(o.lookup("java.lang.String@motto"), "a qualified provider is not the unqualified one");
        assertNull(o.lookup("java.lang.Integer"));
        o.check();
    }

    @Test
    void aQualifierReplacesThatProviderOnly() {
        Overrides o = overrides(key(String.class, "motto"), replacement);
        assertNull(o.lookup("java.lang.String"));
        assertSame(replacement, o.lookup("java.lang.String@motto"));
        o.check();
    }

    @Test
    void aPrimitiveClassMeansItsBox() {
        Overrides o = overrides(key(int.class, ""), replacement);
        assertSame(replacement, o.lookup("java.lang.Integer"));
        o.check();
    }

    @Test
    void anOverrideThatReplacesNothingFailsNamingTheProvidersOfItsClass() {
        Overrides o = overrides(key(String.class, ""), replacement, key(Map.class, "x"), replacement);
        o.lookup("java.lang.String@motto");
        o.lookup("java.lang.String@greeting");
        IllegalStateException e = assertThrows(IllegalStateException.class, o::check);
        assertEquals(
                "App.override(String.class, ...) replaces nothing: no operation or singleton of the app uses a"
                        + " provider of java.lang.String (it has @Named(\"greeting\") java.lang.String,"
                        + " @Named(\"motto\") java.lang.String); App.override(Map.class, \"x\", ...) replaces nothing:"
                        + " no operation or singleton of the app uses a provider of @Named(\"x\") java.util.Map",
                e.getMessage());
    }

    @Test
    void aClassOfTwoGenericProvidersIsAmbiguous() {
        Overrides o = overrides(key(List.class, ""), replacement);
        o.lookup("java.util.List<java.lang.Integer>");
        o.lookup("java.util.List<java.lang.String>");
        o.lookup("java.util.List<java.lang.String>");
        IllegalStateException e = assertThrows(IllegalStateException.class, o::check);
        assertEquals(
                "App.override(List.class, ...) is ambiguous: the app has providers of java.util.List<java.lang.Integer>"
                        + " and java.util.List<java.lang.String>; give them @Named qualifiers and override one with"
                        + " App.override(type, name, replacement)",
                e.getMessage());
    }
}
