package dev.kiln.processor.model;

/**
 * What a parameter says about security: the scheme that reads it (a {@link Source#SECURITY} parameter), and
 * the scopes its {@code @Scopes} requires of what makes it.
 *
 * @param scheme  the scheme, or {@code null} for a parameter that only has {@code @Scopes}
 * @param scopes  its {@code @Scopes}, or {@code null}
 * @param misuse  why the security annotations cannot be honoured (two schemes, a scheme and a source
 *                annotation), or {@code null}
 */
public record SecurityUse(SecurityScheme scheme, ScopeUse scopes, String misuse) {}
