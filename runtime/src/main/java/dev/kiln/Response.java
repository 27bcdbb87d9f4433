package dev.kiln;

import io.vertx.core.http.Cookie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response with its status, headers, cookies and body, returned by an operation that needs more
 * than a JSON value (like Spring's {@code ResponseEntity}). The OpenAPI schema is the body type.
 *
 * <pre>{@code
 * return Response.status(201).header("Location", "/items/" + id).body(item);
 * }</pre>
 *
 * @param <T> the body type
 */
public final class Response<T> {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final List<Cookie> cookies;
    private final T body;
    private final Path file;

    private Response(int status, List<Map.Entry<String, String>> headers, List<Cookie> cookies, T body, Path file) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.cookies = List.copyOf(cookies);
        this.body = body;
        this.file = file;
    }

    /** {@code 200} with a body. */
    public static <T> Response<T> ok(T body) {
        return status(200).body(body);
    }

    /** Starts a response with a status; finish it with {@link Builder#body} or {@link Builder#build}. */
    public static Builder status(int status) {
        return new Builder(status);
    }

    /** {@code 307 Temporary Redirect} to {@code url}, as FastAPI's {@code RedirectResponse}. */
    public static <T> Response<T> redirect(String url) {
        return status(307).header("Location", url).build();
    }

    /** {@code 200} with the file's bytes; the content type is guessed from the file name. */
    public static <T> Response<T> file(Path path) {
        Objects.requireNonNull(path, "path");
        Builder b = status(200);
        return new Response<>(b.status, b.headers, b.cookies, null, path);
    }

    public int status() {
        return status;
    }

    /** Headers in the order they were added; a name may repeat. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    public List<Cookie> cookies() {
        return cookies;
    }

    /** The body, or {@code null} for none. */
    public T body() {
        return body;
    }

    /** The file to send, or {@code null} when this is not a file response. */
    public Path file() {
        return file;
    }

    /** Builds a {@link Response}. */
    public static final class Builder {
        private final int status;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private final List<Cookie> cookies = new ArrayList<>();

        private Builder(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            this.status = status;
        }

        /** Adds a header; call again with the same name to send it twice. */
        public Builder header(String name, String value) {
            headers.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /** Adds a {@code Set-Cookie} with default attributes (path {@code /}). */
        public Builder cookie(String name, String value) {
            return cookie(Cookie.cookie(name, value).setPath("/"));
        }

        public Builder cookie(Cookie cookie) {
            cookies.add(Objects.requireNonNull(cookie, "cookie"));
            return this;
        }

        /** The response with this body. */
        public <T> Response<T> body(T body) {
            return new Response<>(status, headers, cookies, body, null);
        }

        /** The response with no body. */
        public <T> Response<T> build() {
            return new Response<>(status, headers, cookies, null, null);
        }
    }
}
