package dev.kiln.runtime.bind;

import java.util.List;

/**
 * Where a value came from, as FastAPI reports it in a 422: {@code ["path","itemId"]},
 * {@code ["body","tags",2,"name"]}. Immutable; extending one makes a new one.
 */
public final class Loc {
    private Loc() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public static Loc path(String name) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public static Loc query(String name) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A header, by its wire name (FastAPI reports it in lower case: {@code ["header","user-agent"]}). */
    public static Loc header(String name) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    public static Loc cookie(String name) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The whole body: {@code ["body"]}. */
    public static Loc body() {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** A member of an object below this location. */
    public Loc field(String name) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** An element of a list below this location. */
    public Loc index(int index) {
        throw new UnsupportedOperationException("runtime helper implements");
    }

    /** The parts, strings and integers, first to last. */
    public List<Object> parts() {
        throw new UnsupportedOperationException("runtime helper implements");
    }
}
