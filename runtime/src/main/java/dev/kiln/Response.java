package dev.kiln;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.MimeMapping;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
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
 * <p>Besides a JSON body, a response may carry bytes ({@link #bytes(byte[], String)}), a stream of bytes
 * ({@link #stream(ReadStream, String)}) or a file ({@link #file(Path)}, {@link #download(Path, String)}).
 * A file is answered with {@code ETag}, {@code Last-Modified} and {@code Accept-Ranges}: a matching
 * {@code If-None-Match} or {@code If-Modified-Since} gets {@code 304}, a {@code Range} gets {@code 206}.
 *
 * @param <T> the body type
 */
public final class Response<T> {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final List<Cookie> cookies;
    private final T body;
    private final Path file;
    private final byte[] bytes;
    private final ReadStream<Buffer> stream;
    private final String mediaType;

    private Response(
            int status,
            List<Map.Entry<String, String>> headers,
            List<Cookie> cookies,
            T body,
            Path file,
            byte[] bytes,
            ReadStream<Buffer> stream,
            String mediaType) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.cookies = List.copyOf(cookies);
        this.body = body;
        this.file = file;
        this.bytes = bytes;
        this.stream = stream;
        this.mediaType = mediaType;
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

    /**
     * {@code 200} with the file's bytes; the content type is guessed from the file name. {@code Range},
     * {@code If-None-Match} and {@code If-Modified-Since} are honoured ({@code 206}, {@code 416},
     * {@code 304}); the file is sent by the kernel ({@code sendfile}), never read into memory.
     */
    public static <T> Response<T> file(Path path) {
        return status(200).file(path);
    }

    /**
     * {@link #file(Path)} as an attachment: {@code Content-Disposition: attachment; filename="report.pdf"},
     * or {@code attachment; filename*=utf-8''...} (RFC 5987) when the name has characters that must be
     * escaped (non-ASCII letters, spaces, quotes), as Starlette's {@code FileResponse(filename=...)} writes
     * it. The content type is guessed from {@code filename}.
     */
    public static <T> Response<T> download(Path path, String filename) {
        return status(200).download(path, filename);
    }

    /** {@code 200} with these bytes as the body, sent as they are with {@code mediaType}. */
    public static <T> Response<T> bytes(byte[] bytes, String mediaType) {
        return status(200).bytes(bytes, mediaType);
    }

    /**
     * {@code 200} with a body streamed from {@code stream} as it comes ({@code Transfer-Encoding:
     * chunked}), with back-pressure: the stream is paused while the client is slow to read. A failure of
     * the stream once the first bytes are sent cuts the response off (the client sees it broken); the
     * stream is paused and dropped when the client goes away.
     */
    public static <T> Response<T> stream(ReadStream<Buffer> stream, String mediaType) {
        return status(200).stream(stream, mediaType);
    }

    /**
     * The {@code Content-Disposition} value of an attachment named {@code filename}, Starlette's rule: the
     * name quoted when percent-encoding it (as Python's {@code urllib.parse.quote}) changes nothing, else
     * {@code filename*=utf-8''} and the encoded name.
     */
    static String contentDisposition(String filename) {
        String encoded = percentEncode(filename);
        return encoded.equals(filename)
                ? "attachment; filename=\"" + filename + "\""
                : "attachment; filename*=utf-8''" + encoded;
    }

    /** Python's {@code quote(s)}: UTF-8, letters, digits, {@code _.-~} and {@code /} kept, the rest {@code %XX}. */
    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "_.-~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
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

    /** The bytes to send, or {@code null} when this is not a {@link #bytes(byte[], String)} response. */
    public byte[] bytes() {
        return bytes;
    }

    /** The stream to send, or {@code null} when this is not a {@link #stream(ReadStream, String)} response. */
    public ReadStream<Buffer> stream() {
        return stream;
    }

    /**
     * The media type of {@link #bytes()} or {@link #stream()}; of a {@link #download} the type its file name
     * suggests; otherwise {@code null} (a file's type is then guessed from its own name).
     */
    public String mediaType() {
        return mediaType;
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
            return new Response<>(status, headers, cookies, body, null, null, null, null);
        }

        /** The response with no body. */
        public <T> Response<T> build() {
            return new Response<>(status, headers, cookies, null, null, null, null, null);
        }

        /** The response with this file as its body; see {@link Response#file(Path)}. */
        public <T> Response<T> file(Path path) {
            Objects.requireNonNull(path, "path");
            return new Response<>(status, headers, cookies, null, path, null, null, null);
        }

        /** The response with this file as an attachment; see {@link Response#download(Path, String)}. */
        public <T> Response<T> download(Path path, String filename) {
            Objects.requireNonNull(path, "path");
            header("Content-Disposition", contentDisposition(Objects.requireNonNull(filename, "filename")));
            return new Response<>(
                    status, headers, cookies, null, path, null, null, MimeMapping.mimeTypeForFilename(filename));
        }

        /** The response with these bytes as its body; see {@link Response#bytes(byte[], String)}. */
        public <T> Response<T> bytes(byte[] bytes, String mediaType) {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
            return new Response<>(status, headers, cookies, null, null, bytes, null, mediaType);
        }

        /** The response with this stream as its body; see {@link Response#stream(ReadStream, String)}. */
        public <T> Response<T> stream(ReadStream<Buffer> stream, String mediaType) {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(mediaType, "mediaType");
            return new Response<>(status, headers, cookies, null, null, null, stream, mediaType);
        }
    }
}
