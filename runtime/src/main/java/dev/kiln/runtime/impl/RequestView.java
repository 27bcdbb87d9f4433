package dev.kiln.runtime.impl;

import dev.kiln.Request;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.Cookie;
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
 * case-sensitive and {@code ;} is not a separator.
 */
final class RequestView implements Request {
    private final HttpServerRequest http;
    private Map<String, List<String>> query;

    RequestView(HttpServerRequest http) {
        this.http = http;
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
        return values == null || values.isEmpty() ? null : values.get(0);
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
        SocketAddress address = http.remoteAddress();
        if (address == null) {
            return null;
        }
        return address.hostAddress() == null ? address.toString() : address.hostAddress() + ":" + address.port();
    }
}
