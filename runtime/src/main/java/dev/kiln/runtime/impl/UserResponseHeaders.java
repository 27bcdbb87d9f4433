package dev.kiln.runtime.impl;

import dev.kiln.ResponseHeaders;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an operation (or a {@code @Middleware} before it) set through its {@link ResponseHeaders} parameter;
 * applied to the operation's own answer, or to the answer of a middleware that answered, only. Written by the operation (possibly on a worker), read on the event loop after the
 * operation's future completed, which orders the two.
 */
final class UserResponseHeaders implements ResponseHeaders {
    private Integer status;
    private final MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    /** Made on the first cookie: most answers set none. */
    private List<Cookie> cookies;

    @Override
    public ResponseHeaders status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        return this;
    }

    @Override
    public ResponseHeaders header(String name, String value) {
        headers.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public ResponseHeaders addHeader(String name, String value) {
        headers.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public ResponseHeaders cookie(String name, String value) {
        return cookie(Cookie.cookie(name, value).setPath("/"));
    }

    @Override
    public ResponseHeaders cookie(Cookie cookie) {
        Objects.requireNonNull(cookie, "cookie");
        if (cookies == null) {
            cookies = new ArrayList<>(1);
        }
        cookies.add(cookie);
        return this;
    }

    @Override
    public ResponseHeaders deleteCookie(String name) {
        return cookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0));
    }

    /** The status to answer with: the one set here, else the operation's. */
    int statusOr(int declared) {
        return status == null ? declared : status;
    }

    /** Adds the headers (replacing the host's defaults of the same name) and cookies to the response. */
    void applyTo(HttpServerResponse response) {
        if (!headers.isEmpty()) {
            // As set(name, getAll(name)) for each name, without the sorted set of names and the lists
            // (and forEach walks the entries without an iterator and an entry wrapper each).
            MultiMap out = response.headers();
            headers.forEach((name, value) -> out.remove(name));
            headers.forEach((name, value) -> out.add(name, value));
        }
        if (cookies != null) {
            cookies.forEach(response::addCookie);
        }
    }
}
