package dev.kiln.processor.model;

/** How long a provided value lives ({@code dev.kiln.Scope}). */
public enum ProviderScope {
    /** Made at most once per request, shared by its uses. */
    REQUEST,
    /** Made once at startup, before the server listens. */
    SINGLETON
}
