package dev.kiln.runtime.impl;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Map;

/**
 * The host settings applied to every request before routing, in this order, as if each wrapped the
 * rest of the app like a Starlette middleware: forwarded headers (what a trusted proxy says) →
 * trusted hosts ({@code 400 Invalid host header}) → HTTPS redirect ({@code 307}) → CORS (preflight
 * requests answered here, for any path; other requests marked for the CORS headers) → routing. It also
 * arranges what must happen to every answer just before its headers are written: the CORS headers and
 * compression's {@code Vary}. The framing checks and the shutdown's {@code 503} come before all this.
 *
 * <p>{@link #of} gives {@code null} when no such setting is on, so an app without them pays one null
 * check per request. Holds no per-request state.
 */
final class HostGate {
    private static final String INVALID_HOST = "Invalid host header";

    private final ProxyHeaders proxies;
    private final TrustedHosts trustedHosts;
    private final boolean httpsRedirect;
    private final CorsPolicy cors;
    /** The smallest body compressed, or -1 when compression is off. */
    private final int gzipMinimumSize;

    private HostGate(
            ProxyHeaders proxies,
            TrustedHosts trustedHosts,
            boolean httpsRedirect,
            CorsPolicy cors,
            int gzipMinimumSize) {
        this.proxies = proxies;
        this.trustedHosts = trustedHosts;
        this.httpsRedirect = httpsRedirect;
        this.cors = cors;
        this.gzipMinimumSize = gzipMinimumSize;
    }

    /** The gate for these settings, or {@code null} when none of its settings is on. */
    static HostGate of(AppSettings settings) {
        ProxyHeaders proxies = ProxyHeaders.of(settings.trustedProxies());
        TrustedHosts hosts = TrustedHosts.of(settings.trustedHosts());
        CorsPolicy cors = settings.cors() == null ? null : new CorsPolicy(settings.cors());
        if (proxies == null
                && hosts == null
                && !settings.httpsRedirect()
                && cors == null
                && settings.gzipMinimumSize() < 0) {
            return null;
        }
        return new HostGate(proxies, hosts, settings.httpsRedirect(), cors, settings.gzipMinimumSize());
    }

    /** Applies the settings to a request before routing; {@code true} when it was answered here. */
    boolean answered(HttpExchange ex) {
        HttpServerRequest request = ex.http;
        if (proxies != null) {
            ex.forwarded = proxies.resolve(request);
        }
        if (trustedHosts != null) {
            String authority = RequestView.authority(request, ex.forwarded);
            switch (trustedHosts.check(RequestView.hostName(authority))) {
                case ALLOW -> {}
                case WWW_REDIRECT -> {
                    arrange(request, false, null);
                    redirect(ex, RequestView.scheme(request, ex.forwarded), "www." + authority);
                    return true;
                }
                case REFUSE -> {
                    arrange(request, false, null);
                    Answers.sendText(ex, 400, Buffer.buffer(INVALID_HOST), Map.of());
                    return true;
                }
            }
        }
        if (httpsRedirect && !RequestView.scheme(request, ex.forwarded).equals("https")) {
            arrange(request, false, null);
            redirect(ex, "https", withoutDefaultPort(request, ex.forwarded));
            return true;
        }
        String origin = cors == null ? null : request.getHeader(CorsPolicy.ORIGIN);
        CharSequence namedOrigin = null;
        if (origin != null) {
            if (CorsPolicy.isPreflight(request)) {
                arrange(request, false, null);
                cors.preflight(ex, origin);
                return true;
            }
            namedOrigin = cors.namedOrigin(request, origin);
        }
        arrange(request, origin != null, namedOrigin);
        return false;
    }

    /**
     * Arranges what happens to the answer just before its headers are written, whoever writes it (an
     * operation, an error, the docs): compression's {@code Vary} and exclusions, then the CORS headers
     * of a request with an {@code Origin} ({@code withOrigin}; {@code namedOrigin} is
     * {@link CorsPolicy#namedOrigin}'s), as Starlette's middleware rewrites {@code http.response.start}.
     */
    private void arrange(HttpServerRequest request, boolean withOrigin, CharSequence namedOrigin) {
        if (!withOrigin && gzipMinimumSize < 0) {
            return;
        }
        request.response().headersEndHandler(v -> {
            if (gzipMinimumSize >= 0) {
                ResponseCompression.beforeHeaders(request, gzipMinimumSize);
            }
            if (withOrigin) {
                cors.simpleHeaders(request.response().headers(), namedOrigin);
            }
        });
    }

    /**
     * Starlette's {@code HTTPSRedirectMiddleware}: the same URL with {@code https}, a port 80 or 443
     * dropped (another port kept).
     */
    private static String withoutDefaultPort(HttpServerRequest request, ProxyHeaders.Forwarded forwarded) {
        String authority = RequestView.authority(request, forwarded);
        if (authority == null) {
            // HTTP/1.0 without Host: the address the request reached.
            SocketAddress local = request.localAddress();
            authority = ProxyHeaders.hostAndPort(local.hostAddress(), Integer.toString(local.port()));
        }
        int port = RequestView.port(authority);
        return port == 80 || port == 443 ? authority.substring(0, authority.lastIndexOf(':')) : authority;
    }

    /** {@code 307} to this request's path and query at another scheme and authority. */
    private static void redirect(HttpExchange ex, String scheme, String authority) {
        String query = ex.http.query();
        String location = scheme + "://" + authority + ex.http.path() + (query == null ? "" : "?" + query);
        Answers.sendJson(ex, 307, null, Map.of(HttpHeaders.LOCATION, location));
    }

    /** Adds a value to {@code Vary} as Starlette does: appended to what is there, comma-separated. */
    static void addVary(MultiMap headers, CharSequence value) {
        String existing = headers.get(HttpHeaders.VARY);
        if (existing == null) {
            headers.add(HttpHeaders.VARY, value);
        } else {
            headers.set(HttpHeaders.VARY, existing + ", " + value);
        }
    }
}
