package dev.kiln;

/** How long a provided value lives. */
public enum Scope {
    /** Made at most once per request and shared by every use in it (unless {@code @Depends(cached = false)}). */
    REQUEST,
    /** Made once at startup, before the server listens; closed at shutdown if {@link AutoCloseable}. */
    SINGLETON
}
