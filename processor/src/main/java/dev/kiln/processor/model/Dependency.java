package dev.kiln.processor.model;

/**
 * How a parameter asks for a provided value (a {@link Source#DEPENDENCY} parameter).
 *
 * @param key      the type and qualifier asked for
 * @param cached   {@code false} for {@code @Depends(cached = false)}: a fresh value for this use
 * @param explicit whether {@code @Depends} or {@code @Named} says it is a dependency (so a missing
 *                 provider is an error, not a JSON body)
 */
public record Dependency(DependencyKey key, boolean cached, boolean explicit) {}
