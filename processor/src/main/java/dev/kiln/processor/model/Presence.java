package dev.kiln.processor.model;

/** What an absent value means for a parameter or a member of a body object. */
public enum Presence {
    /** Absent is an error ({@code missing}): a primitive, or a reference that is not optional. */
    REQUIRED,
    /**
     * {@code Optional<T>}: absent is {@code Optional.empty()}. Also a repeated query or header value
     * ({@code List}/{@code Set}), which is an empty collection when absent.
     */
    OPTIONAL,
    /** {@code @Nullable T}: absent is {@code null}. */
    NULLABLE,
    /** {@code @Default("...")}: absent is the default, parsed at compile time. */
    DEFAULT
}
