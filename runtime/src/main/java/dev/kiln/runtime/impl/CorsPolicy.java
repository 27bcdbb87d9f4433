package dev.kiln.runtime.impl;

import dev.kiln.Cors;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@link dev.kiln.App#cors}: answers preflight requests and adds the CORS headers to every other
 * answer of a request with an {@code Origin}, as Starlette's {@code CORSMiddleware} does (the same
 * headers, values, status codes and texts). Everything that does not depend on the request is
 * computed once, here; a request without {@code Origin} costs the host one header lookup.
 */
final class CorsPolicy {
    static final CharSequence ORIGIN = HttpHeaders.createOptimized("Origin");
    static final CharSequence REQUEST_METHOD = HttpHeaders.createOptimized("Access-Control-Request-Method");
    static final CharSequence REQUEST_HEADERS = HttpHeaders.createOptimized("Access-Control-Request-Headers");
    static final CharSequence ALLOW_ORIGIN = HttpHeaders.createOptimized("Access-Control-Allow-Origin");
    static final CharSequence ALLOW_METHODS = HttpHeaders.createOptimized("Access-Control-Allow-Methods");
    static final CharSequence ALLOW_HEADERS = HttpHeaders.createOptimized("Access-Control-Allow-Headers");
    static final CharSequence ALLOW_CREDENTIALS = HttpHeaders.createOptimized("Access-Control-Allow-Credentials");
    static final CharSequence EXPOSE_HEADERS = HttpHeaders.createOptimized("Access-Control-Expose-Headers");
    static final CharSequence MAX_AGE = HttpHeaders.createOptimized("Access-Control-Max-Age");
    private static final CharSequence ANY = HttpHeaders.createOptimized("*");
    private static final CharSequence TRUE = HttpHeaders.createOptimized("true");
    private static final CharSequence VARY_ORIGIN = HttpHeaders.createOptimized("Origin");

    /** What "*" in allowMethods stands for (Starlette's list). */
    private static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
    /** Always allowed request headers (Starlette's set). */
    private static final Set<String> SAFELISTED_HEADERS =
            Set.of("Accept", "Accept-Language", "Content-Language", "Content-Type");

    private final boolean allowAllOrigins;
    private final boolean allowAllHeaders;
    /** Whether a preflight names the origin (and varies by it) rather than answering {@code *}. */
    private final boolean preflightNamesOrigin;

    /** The listed origins, each to its {@code Access-Control-Allow-Origin} value, encoded once. */
    private final Map<String, CharSequence> origins;

    private final Pattern originRegex;
    private final List<String> methods;
    /** Allowed request headers, lower case, the safelisted ones included. */
    private final Set<String> headers;
    /**
     * Set on every answer to a request with an {@code Origin}, except a preflight: names and values
     * side by side, walked without an iterator or a lambda per answer.
     */
    private final CharSequence[] simpleNames;

    private final CharSequence[] simpleValues;
    /** A preflight's headers before the request-dependent ones. */
    private final Map<CharSequence, CharSequence> preflightHeaders = new LinkedHashMap<>();

    CorsPolicy(Cors cors) {
        List<String> allowedMethods = cors.allowedMethods().contains("*") ? ALL_METHODS : cors.allowedMethods();
        allowAllOrigins = cors.allowedOrigins().contains("*");
        allowAllHeaders = cors.allowedHeaders().contains("*");
        preflightNamesOrigin = !allowAllOrigins || cors.allowsCredentials();
        Map<String, CharSequence> listed = new HashMap<>();
        cors.allowedOrigins().forEach(o -> listed.put(o, constant(o)));
        origins = Map.copyOf(listed);
        originRegex = cors.allowedOriginRegex() == null ? null : Pattern.compile(cors.allowedOriginRegex());
        methods = List.copyOf(allowedMethods);

        Map<CharSequence, CharSequence> simple = new LinkedHashMap<>();
        if (allowAllOrigins) {
            simple.put(ALLOW_ORIGIN, ANY);
        }
        if (cors.allowsCredentials()) {
            simple.put(ALLOW_CREDENTIALS, TRUE);
        }
        if (!cors.exposedHeaders().isEmpty()) {
            simple.put(EXPOSE_HEADERS, constant(String.join(", ", cors.exposedHeaders())));
        }
        simpleNames = simple.keySet().toArray(CharSequence[]::new);
        simpleValues = simple.values().toArray(CharSequence[]::new);

        if (preflightNamesOrigin) {
            preflightHeaders.put(HttpHeaders.VARY, VARY_ORIGIN);
        } else {
            preflightHeaders.put(ALLOW_ORIGIN, ANY);
        }
        preflightHeaders.put(ALLOW_METHODS, constant(String.join(", ", allowedMethods)));
        preflightHeaders.put(MAX_AGE, constant(Long.toString(cors.maxAge().toSeconds())));
        // Sorted as Python sorts strings (by code point), the user's spelling kept.
        TreeSet<String> allowed = new TreeSet<>(SAFELISTED_HEADERS);
        allowed.addAll(cors.allowedHeaders());
        if (!allowAllHeaders) {
            preflightHeaders.put(ALLOW_HEADERS, constant(String.join(", ", allowed)));
        }
        if (cors.allowsCredentials()) {
            preflightHeaders.put(ALLOW_CREDENTIALS, TRUE);
        }
        Set<String> lower = new HashSet<>();
        allowed.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        headers = Set.copyOf(lower);
    }

    private static CharSequence constant(String value) {
        return HttpHeaders.createOptimized(value);
    }

    /** A preflight request: {@code OPTIONS} with {@code Access-Control-Request-Method} (and an {@code Origin}). */
    static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.headers().contains(REQUEST_METHOD);
    }

    boolean allowsOrigin(String origin) {
        return allowAllOrigins
                || originRegex != null && originRegex.matcher(origin).matches()
                || origins.containsKey(origin);
    }

    /**
     * The {@code Access-Control-Allow-Origin} value that names {@code origin} in the answer to a simple
     * (not preflight) request, or {@code null} when the answer does not name it: an allowed origin when
     * origins are listed (a listed one's value encoded once, here); with {@code *}, only when the
     * request carries a cookie (a browser refuses {@code *} on a credentialed request).
     */
    CharSequence namedOrigin(HttpServerRequest request, String origin) {
        if (allowAllOrigins) {
            return request.headers().contains(HttpHeaders.COOKIE) ? origin : null;
        }
        CharSequence listed = origins.get(origin);
        if (listed != null) {
            return listed;
        }
        return originRegex != null && originRegex.matcher(origin).matches() ? origin : null;
    }

    /**
     * Adds the CORS headers to the answer of a simple request, just before they are written;
     * {@code namedOrigin} is {@link #namedOrigin}'s.
     */
    void simpleHeaders(MultiMap out, CharSequence namedOrigin) {
        for (int i = 0; i < simpleNames.length; i++) {
            out.set(simpleNames[i], simpleValues[i]);
        }
        if (namedOrigin != null) {
            out.set(ALLOW_ORIGIN, namedOrigin);
            HostGate.addVary(out, VARY_ORIGIN);
        }
    }

    /**
     * Answers a preflight: {@code 200 OK}, or {@code 400 Disallowed CORS origin, method, headers}
     * naming what was refused (a browser would refuse the answer anyway; the text says why).
     */
    void preflight(HttpExchange ex, String origin) {
        HttpServerRequest request = ex.http;
        String method = request.getHeader(REQUEST_METHOD);
        String requestedHeaders = request.getHeader(REQUEST_HEADERS);
        Map<CharSequence, CharSequence> out = new LinkedHashMap<>(preflightHeaders);
        List<String> failures = new ArrayList<>(3);
        if (allowsOrigin(origin)) {
            if (preflightNamesOrigin) {
                out.put(ALLOW_ORIGIN, origin);
            }
        } else {
            failures.add("origin");
        }
        if (!methods.contains(method)) {
            failures.add("method");
        }
        if (allowAllHeaders && requestedHeaders != null) {
            out.put(ALLOW_HEADERS, requestedHeaders);
        } else if (requestedHeaders != null) {
            for (String header : requestedHeaders.split(",", -1)) {
                if (!headers.contains(header.strip().toLowerCase(Locale.ROOT))) {
                    failures.add("headers");
                    break;
                }
            }
        }
        if (failures.isEmpty()) {
            Answers.sendText(ex, 200, Buffer.buffer("OK"), out);
        } else {
            Answers.sendText(ex, 400, Buffer.buffer("Disallowed CORS " + String.join(", ", failures)), out);
        }
    }
}
