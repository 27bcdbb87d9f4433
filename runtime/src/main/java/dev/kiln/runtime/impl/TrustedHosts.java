package dev.kiln.runtime.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link dev.kiln.App#trustedHosts}: which host names a request may name, Starlette's
 * {@code TrustedHostMiddleware}: an exact name, {@code *.example.com} (any subdomain, not
 * {@code example.com} itself) or {@code *} (any). A request for {@code example.com} when only
 * {@code www.example.com} is allowed is redirected there (Starlette's {@code www_redirect}).
 * Unlike Starlette, names compare case-insensitively (DNS names are), and an IPv6 address is written
 * without brackets.
 */
final class TrustedHosts {
    /** What to do with a request for a host. */
    enum Verdict {
        ALLOW,
        WWW_REDIRECT,
        REFUSE
    }

    private final Set<String> exact;
    /** {@code .example.com} for {@code *.example.com}. */
    private final List<String> suffixes;

    private TrustedHosts(Set<String> exact, List<String> suffixes) {
        this.exact = exact;
        this.suffixes = suffixes;
    }

    /** The check for these patterns, or {@code null} when none is needed (none listed, or {@code *}). */
    static TrustedHosts of(List<String> patterns) {
        if (patterns.isEmpty() || patterns.contains("*")) {
            return null;
        }
        Set<String> exact = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (String pattern : patterns) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            if (lower.startsWith("*")) {
                suffixes.add(lower.substring(1));
            } else {
                exact.add(lower);
            }
        }
        return new TrustedHosts(Set.copyOf(exact), List.copyOf(suffixes));
    }

    /** Checks a pattern as Starlette does: {@code *} alone or as the start of {@code *.domain}. */
    static void checkPattern(String pattern) {
        if (pattern.isEmpty()
                || pattern.indexOf('*', 1) >= 0
                || pattern.startsWith("*") && !pattern.equals("*") && !pattern.startsWith("*.")) {
            throw new IllegalArgumentException(
                    "a trusted host is a name or a domain wildcard like '*.example.com', not: '" + pattern + "'");
        }
    }

    /** The verdict for a request naming {@code host} (no port; {@code null} when it names none). */
    Verdict check(String host) {
        if (host == null) {
            return Verdict.REFUSE;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (exact.contains(lower)) {
            return Verdict.ALLOW;
        }
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix)) {
                return Verdict.ALLOW;
            }
        }
        return exact.contains("www." + lower) ? Verdict.WWW_REDIRECT : Verdict.REFUSE;
    }
}
