package dev.kiln.runtime.impl;

import dev.kiln.ResponseHeaders;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an operation (or a {@code @Middleware} before it) set through its {@link ResponseHeaders} parameter;
 * applied to the operation's own answer, or to the answer of a middleware that answered, only. Written by the operation (possibly on a worker), read on the event loop after the
 * operation's future completed, which orders the two.
 */
final class UserResponseHeaders implements ResponseHeaders {
    private Integer status;
    /**
     * The headers set, in order, as name and value side by side ({@code [name0, value0, name1, ...]}):
     * an operation sets one or two, and a map of its own (a 16-bucket {@code MultiMap}, hashed twice)
     * cost more per request than the header itself. Names compare ignoring case; validated by Vert.x
     * when applied.
     */
    private String[] headers;

    private int headerCount;
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
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        int kept = 0;
        for (int i = 0; i < headerCount; i++) {
            if (!headers[2 * i].equalsIgnoreCase(name)) {
                headers[2 * kept] = headers[2 * i];
                headers[2 * kept + 1] = headers[2 * i + 1];
                kept++;
            }
        }
        headerCount = kept;
        return append(name, value);
    }

    @Override
    public ResponseHeaders addHeader(String name, String value) {
        return append(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    }

    private ResponseHeaders append(String name, String value) {
        if (headers == null) {
            headers = new String[4];
        } else if (2 * headerCount == headers.length) {
            headers = Arrays.copyOf(headers, headers.length * 2);
        }
        headers[2 * headerCount] = name;
        headers[2 * headerCount + 1] = value;
        headerCount++;
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

    private boolean firstOfName(int index, String name) {
        for (int j = 0; j < index; j++) {
            if (headers[2 * j].equalsIgnoreCase(name)) {
                return false;
            }
        }
        return true;
    }

    /** The status to answer with: the one set here, else the operation's. */
    int statusOr(int declared) {
        return status == null ? declared : status;
    }

    /** Adds the headers (replacing the host's defaults of the same name) and cookies to the response. */
    void applyTo(HttpServerResponse response) {
        MultiMap out = response.headers();
        for (int i = 0; i < headerCount; i++) {
            String name = headers[2 * i];
            // As set(name, getAll(name)) for each name: the first value of a name replaces the host's
            // default, the later ones add to it.
            if (firstOfName(i, name)) {
                out.set(name, headers[2 * i + 1]);
            } else {
                out.add(name, headers[2 * i + 1]);
            }
        }
        if (cookies != null) {
            cookies.forEach(response::addCookie);
        }
    }
}
