package dev.kiln;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which cross-origin requests an app allows, for {@link App#cors(Cors)}; Starlette's
 * {@code CORSMiddleware} with the same defaults and answers:
 *
 * <pre>{@code
 * Kiln.app().cors(Cors.allowOrigins("https://example.org")
 *         .allowMethods("GET", "POST")
 *         .allowHeaders("Authorization")
 *         .allowCredentials(true));
 * }</pre>
 *
 * <p>An immutable value: each method returns a changed copy. {@code "*"} in {@link #allowOrigins},
 * {@link #allowMethods} or {@link #allowHeaders} means any. Defaults: no origin, {@code GET} only, the
 * CORS-safelisted headers only ({@code Accept}, {@code Accept-Language}, {@code Content-Language},
 * {@code Content-Type}), no credentials, nothing exposed, {@code max-age} 600 s.
 */
public final class Cors {
    private final List<String> origins;
    private final List<String> methods;
    private final List<String> headers;
    private final boolean credentials;
    private final List<String> exposed;
    private final Duration maxAge;
    private final String originRegex;

    private Cors(
            List<String> origins,
            List<String> methods,
            List<String> headers,
            boolean credentials,
            List<String> exposed,
            Duration maxAge,
            String originRegex) {
        this.origins = origins;
        this.methods = methods;
        this.headers = headers;
        this.credentials = credentials;
        this.exposed = exposed;
        this.maxAge = maxAge;
        this.originRegex = originRegex;
    }

    /**
     * Allows these origins ({@code "https://example.org"}, scheme, host and port as a browser sends
     * them in {@code Origin}); {@code "*"} allows any. With no arguments, only
     * {@link #allowOriginRegex(String)} allows origins.
     */
    public static Cors allowOrigins(String... origins) {
        return new Cors(
                list("origin", origins), List.of("GET"), List.of(), false, List.of(), Duration.ofMinutes(10), null);
    }

    /** The methods a preflight request may ask for; {@code "*"} allows any. Default {@code GET}. */
    public Cors allowMethods(String... methods) {
        return new Cors(origins, list("method", methods), headers, credentials, exposed, maxAge, originRegex);
    }

    /**
     * The request headers a preflight request may ask for, besides the CORS-safelisted ones;
     * {@code "*"} allows any (and a preflight's requested headers are echoed back).
     */
    public Cors allowHeaders(String... headers) {
        return new Cors(origins, methods, list("header", headers), credentials, exposed, maxAge, originRegex);
    }

    /**
     * Whether cross-origin requests may carry credentials (cookies, {@code Authorization}):
     * {@code Access-Control-Allow-Credentials: true}, and the request's origin named rather than
     * {@code *} in a preflight's answer. Default {@code false}.
     */
    public Cors allowCredentials(boolean allow) {
        return new Cors(origins, methods, headers, allow, exposed, maxAge, originRegex);
    }

    /** Response headers a browser lets the calling page read ({@code Access-Control-Expose-Headers}). */
    public Cors exposeHeaders(String... headers) {
        return new Cors(origins, methods, this.headers, credentials, list("header", headers), maxAge, originRegex);
    }

    /** How long a browser may cache a preflight's answer ({@code Access-Control-Max-Age}, whole seconds). Default 600 s. */
    public Cors maxAge(Duration maxAge) {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        return new Cors(origins, methods, headers, credentials, exposed, maxAge, originRegex);
    }

    /**
     * Also allows every origin that this regular expression matches as a whole
     * ({@code "https://.*\\.example\\.org"}; Python's {@code fullmatch}, Java's {@code matches()}).
     */
    public Cors allowOriginRegex(String regex) {
        Objects.requireNonNull(regex, "regex");
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("allowOriginRegex is not a regular expression: " + e.getMessage(), e);
        }
        return new Cors(origins, methods, headers, credentials, exposed, maxAge, regex);
    }

    /** The allowed origins, as given. */
    public List<String> allowedOrigins() {
        return origins;
    }

    /** The allowed methods, as given. */
    public List<String> allowedMethods() {
        return methods;
    }

    /** The allowed request headers, as given (without the safelisted ones). */
    public List<String> allowedHeaders() {
        return headers;
    }

    public boolean allowsCredentials() {
        return credentials;
    }

    public List<String> exposedHeaders() {
        return exposed;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** The origin regular expression, or {@code null}. */
    public String allowedOriginRegex() {
        return originRegex;
    }

    @Override
    public String toString() {
        return "Cors[origins=" + origins + ", methods=" + methods + ", headers=" + headers + ", credentials="
                + credentials + ", expose=" + exposed + ", maxAge=" + maxAge + ", originRegex=" + originRegex + "]";
    }

    private static List<String> list(String what, String... values) {
        Objects.requireNonNull(values, what + "s");
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a CORS " + what + " must not be empty");
            }
        }
        return List.of(values);
    }
}
