package dev.kiln.runtime.impl;

import dev.kiln.Request;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user-facing {@link Request} over a Vert.x request. Query parameters are decoded once, on first
 * use, as Starlette decodes them: {@code +} is a space, blank values are kept, names are
 * case-sensitive and {@code ;} is not a separator. The scheme, host and client address follow what a
 * trusted proxy said ({@link ProxyHeaders}), when it said it.
 */
final class RequestView implements Request {
    private final HttpServerRequest http;
    /** What a trusted proxy said about the request, or {@code null}. */
    private final ProxyHeaders.Forwarded forwarded;

    private Map<String, List<String>> query;

    RequestView(HttpServerRequest http, ProxyHeaders.Forwarded forwarded) {
        this.http = http;
        this.forwarded = forwarded;
    }

    @Override
    public String method() {
        return http.method().name();
    }

    @Override
    public String path() {
        return http.path();
    }

    @Override
    public String header(String name) {
        return http.getHeader(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        http.headers()
                .forEach(e ->
                        all.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        all.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(all);
    }

    @Override
    public String query(String name) {
        List<String> values = queryParams().get(name);
        // the last value, as Starlette's QueryParams.get (and so FastAPI's scalar query parameters) answers
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    List<String> queryAll(String name) {
        return queryParams().getOrDefault(name, List.of());
    }

    @Override
    public Map<String, List<String>> queryParams() {
        Map<String, List<String>> q = query;
        if (q == null) {
            String raw = http.query();
            if (raw == null || raw.isEmpty()) {
                q = Map.of();
            } else {
                Map<String, List<String>> decoded = new QueryStringDecoder(
                                keepStrayPercents(raw), StandardCharsets.UTF_8, false, 1024, true)
                        .parameters();
                q = Collections.unmodifiableMap(decoded);
            }
            query = q;
        }
        return q;
    }

    /**
     * A {@code %} not followed by two hex digits stays a literal {@code %}, as Python's {@code unquote}
     * (and so Starlette) reads it; Netty's decoder would throw on it.
     */
    static String keepStrayPercents(String raw) {
        int percent = raw.indexOf('%');
        if (percent < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length() + 8).append(raw, 0, percent);
        for (int i = percent; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && !(i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2)))) {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    @Override
    public String cookie(String name) {
        Cookie cookie = http.getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public String clientAddress() {
        if (forwarded != null && forwarded.client() != null) {
            return forwarded.client();
        }
        SocketAddress address = http.remoteAddress();
        if (address == null) {
            return null;
        }
        return address.hostAddress() == null
                ? address.toString()
                : ProxyHeaders.hostAndPort(address.hostAddress(), Integer.toString(address.port()));
    }

    @Override
    public String scheme() {
        return scheme(http, forwarded);
    }

    @Override
    public String host() {
        String host = hostName(authority(http, forwarded));
        if (host == null) {
            // HTTP/1.0 may name no host: the address reached, as Starlette's URL falls back to the server's.
            SocketAddress local = http.localAddress();
            return local == null ? null : local.hostAddress();
        }
        return host;
    }

    /** "https" or "http": the proxy's word, else whether the connection is TLS. */
    static String scheme(HttpServerRequest http, ProxyHeaders.Forwarded forwarded) {
        if (forwarded != null && forwarded.scheme() != null) {
            return forwarded.scheme();
        }
        return http.isSSL() ? "https" : "http";
    }

    /** The host and port the client asked for ({@code Host}, or the proxy's word), or {@code null}. */
    static String authority(HttpServerRequest http, ProxyHeaders.Forwarded forwarded) {
        if (forwarded != null && forwarded.authority() != null) {
            return forwarded.authority();
        }
        String host = http.getHeader(HttpHeaders.HOST);
        return host == null || host.isBlank() ? null : host.strip();
    }

    /**
     * The host of an authority or a proxy's node ({@code example.com:8000}, {@code 192.0.2.1:4711},
     * {@code [2001:db8::1]:4711}, a bare {@code 2001:db8::1}): no port, an IPv6 address without
     * brackets; {@code null} for {@code null}.
     */
    static String hostName(String authority) {
        if (authority == null) {
            return null;
        }
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            return end < 0 ? authority : authority.substring(1, end);
        }
        int colon = authority.indexOf(':');
        return colon >= 0 && colon == authority.lastIndexOf(':') ? authority.substring(0, colon) : authority;
    }

    /** The port of an authority, or -1 when it names none. */
    static int port(String authority) {
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || colon < authority.lastIndexOf(']')) {
            return -1;
        }
        try {
            return Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
