package dev.kiln.processor.model;

/**
 * When Jackson leaves a property out of what it writes: {@code @JsonInclude} on the property, else on
 * its class (Jackson's {@code JsonInclude.Include}). Kiln's Jackson configuration writes everything by
 * default.
 */
public enum Include {
    /** Always written, {@code null} included. */
    ALWAYS,
    /** Left out when {@code null}; an empty {@code Optional} is still written, as {@code null}. */
    NON_NULL,
    /** Left out when {@code null} or an empty {@code Optional}. */
    NON_ABSENT,
    /** Left out when {@code null}, absent, or an empty string, collection, map or array. */
    NON_EMPTY,
    /** Left out when it has the type's default value (or, on a class, the default instance's). */
    NON_DEFAULT,
    /** Left out when a filter object says so: Kiln cannot tell when. */
    CUSTOM
}
