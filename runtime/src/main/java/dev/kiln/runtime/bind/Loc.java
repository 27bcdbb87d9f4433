package dev.kiln.runtime.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value came from, as FastAPI reports it in a 422: {@code ["path","itemId"]},
 * {@code ["body","tags",2,"name"]}. Immutable; extending one makes a new one.
 */
public final class Loc {
    private static final Loc BODY = new Loc(null, "body", 1);
    private static final Loc PATH = new Loc(null, "path", 1);
    private static final Loc QUERY = new Loc(null, "query", 1);
    private static final Loc HEADER = new Loc(null, "header", 1);
    private static final Loc COOKIE = new Loc(null, "cookie", 1);

    // A linked list from the last part back to the first: extending a location is one allocation,
    // which matters because record binders extend a location for every field of every request.
    private final Loc parent;
    private final Object part;
    private final int size;

    private Loc(Loc parent, Object part, int size) {
        this.parent = parent;
        this.part = part;
        this.size = size;
    }

    /** A request value's location: its source, shared, then its name (one allocation). */
    private static Loc of(Loc source, String name) {
        return new Loc(source, Objects.requireNonNull(name, "name"), 2);
    }

    public static Loc path(String name) {
        return of(PATH, name);
    }

    public static Loc query(String name) {
        return of(QUERY, name);
    }

    /** A header, by its wire name (FastAPI reports it in lower case: {@code ["header","user-agent"]}). */
    public static Loc header(String name) {
        return of(HEADER, name);
    }

    public static Loc cookie(String name) {
        return of(COOKIE, name);
    }

    /** A setting, by its environment variable's name: {@code ["APP_POOL_SIZE"]}. */
    public static Loc variable(String name) {
        return new Loc(null, Objects.requireNonNull(name, "name"), 1);
    }

    /** The whole body: {@code ["body"]}. */
    public static Loc body() {
        return BODY;
    }

    /** A member of the body: {@code ["body", name]}, where FastAPI reports form fields and files. */
    public static Loc body(String name) {
        return of(BODY, name);
    }

    /** A member of an object below this location. */
    public Loc field(String name) {
        return new Loc(this, Objects.requireNonNull(name, "name"), size + 1);
    }

    /** An element of a list below this location. */
    public Loc index(int index) {
        return new Loc(this, index, size + 1);
    }

    /** The parts, strings and integers, first to last. */
    public List<Object> parts() {
        Object[] parts = new Object[size];
        Loc at = this;
        for (int i = size - 1; i >= 0; i--) {
            parts[i] = at.part;
            at = at.parent;
        }
        return Collections.unmodifiableList(new ArrayList<>(List.of(parts)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loc other && parts().equals(other.parts());
    }

    @Override
    public int hashCode() {
        return parts().hashCode();
    }

    /** The parts as FastAPI prints them, e.g. {@code [body, tags, 2]}. */
    @Override
    public String toString() {
        return parts().toString();
    }
}
