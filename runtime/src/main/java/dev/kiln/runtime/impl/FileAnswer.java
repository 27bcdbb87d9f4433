package dev.kiln.runtime.impl;

import dev.kiln.Response;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.MimeMapping;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Answers with a file ({@code Response.file}, {@code Response.download}, {@code App.staticFiles}) or a
 * resource's bytes ({@code App.staticResources} from a jar), as Starlette's {@code FileResponse} and
 * {@code StaticFiles} do: {@code Content-Type} from the name, {@code Accept-Ranges: bytes}, an
 * {@code ETag} and {@code Last-Modified} from the file's size and modification time; {@code 304} for a
 * matching {@code If-None-Match} (or, without one, an {@code If-Modified-Since} not older than the file);
 * one {@code Range} answered {@code 206} with {@code Content-Range} (see {@link ByteRanges}), honouring
 * {@code If-Range}; {@code HEAD} with the headers and length of the {@code GET} answer. The conditions
 * and ranges apply to a {@code 200} answer only (a {@code Response} built with another status is sent
 * as it is). A file is sent by the kernel ({@code sendfile}), never read into memory.
 *
 * <p>The {@code ETag} is nginx's kind: strong, {@code "<modified ms, hex>-<size, hex>"} (Starlette
 * hashes the same two values); strong so that {@code If-Range} may use it.
 */
final class FileAnswer {
    private static final CharSequence BYTES = HttpHeaders.createOptimized("bytes");
    private static final CharSequence IF_RANGE = HttpHeaders.createOptimized("If-Range");
    private static final CharSequence RANGE = HttpHeaders.createOptimized("Range");
    private static final CharSequence OCTET_STREAM = HttpHeaders.createOptimized("application/octet-stream");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    /**
     * What is sent: a file on disk, or bytes already in memory, with its validators made once (a static
     * folder keeps them for a second, see {@link StaticFolder}).
     */
    sealed interface Content permits OnDisk, InMemory {
        long size();

        /** The modification time, in milliseconds since the epoch. */
        long modified();

        /** The {@code ETag} value. */
        String etag();

        /** The {@code Last-Modified} value. */
        String lastModified();

        /** Sends {@code length} bytes from {@code offset}, ending the response. */
        Future<Void> send(HttpServerResponse out, long offset, long length);
    }

    /** A regular file: its attributes read once, its bytes sent by the kernel. */
    record OnDisk(Path path, long size, long modified, String etag, String lastModified) implements Content {
        /** The file at {@code path}, or an {@link IOException} when there is no regular file there. */
        static OnDisk of(Path path) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new IOException("not a regular file: " + path);
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            return new OnDisk(path, size, modified, FileAnswer.etag(modified, size), httpDate(modified));
        }

        @Override
        public Future<Void> send(HttpServerResponse out, long offset, long length) {
            return length == 0 ? out.end() : out.sendFile(path.toString(), offset, length);
        }
    }

    /** Bytes read from a resource (a jar entry). */
    record InMemory(byte[] bytes, long modified, String etag, String lastModified) implements Content {
        static InMemory of(byte[] bytes, long modified) {
            return new InMemory(bytes, modified, FileAnswer.etag(modified, bytes.length), httpDate(modified));
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Future<Void> send(HttpServerResponse out, long offset, long length) {
            return out.end(Buffer.buffer(bytes).slice((int) offset, (int) (offset + length)));
        }
    }

    private FileAnswer() {}

    /** A {@code Response.file} or {@code Response.download}: a missing or unreadable file is a 500. */
    static void file(HttpExchange ex, Response<?> response, UserResponseHeaders user) {
        Path path = response.file();
        OnDisk content;
        try {
            content = OnDisk.of(path);
        } catch (IOException e) {
            throw new IllegalStateException("Response.file: no readable file at " + path, e);
        }
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("Response.file: no readable file at " + path);
        }
        String type = response.mediaType() != null
                ? response.mediaType()
                : path.getFileName().toString();
        send(ex, response.status(), contentType(type, response.mediaType() != null), content, user, response);
    }

    /**
     * The {@code Content-Type} of a file named {@code name} (guessed from its extension, else
     * {@code application/octet-stream}), or of {@code name} itself when it is a media type; a
     * {@code text/*} type says UTF-8.
     */
    static CharSequence contentType(String name, boolean isMediaType) {
        String type = isMediaType ? name : MimeMapping.mimeTypeForFilename(name);
        return type == null ? OCTET_STREAM : Answers.mediaType(type);
    }

    /** Answers {@code status} with {@code content} and the conditional and range rules above. */
    static void send(
            HttpExchange ex,
            int status,
            CharSequence contentType,
            Content content,
            UserResponseHeaders user,
            Response<?> response) {
        HttpServerRequest request = ex.http;
        boolean getOrHead = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        boolean plain = status == 200 && getOrHead;
        String etag = content.etag();
        String modified = content.lastModified();
        if (plain && notModified(request, etag, content.modified())) {
            if (!ex.begin()) {
                return;
            }
            HttpServerResponse out = Answers.start(ex, 304);
            Answers.headers(out, user, response);
            out.headers().remove(HttpHeaders.CONTENT_TYPE).remove(HttpHeaders.CONTENT_LENGTH);
            out.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.LAST_MODIFIED, modified);
            ex.finish(out.end());
            return;
        }
        ByteRanges.Result range = plain && ifRangeHolds(request, etag, modified)
                ? ByteRanges.parse(request.getHeader(RANGE), content.size())
                : ByteRanges.WHOLE;
        if (range instanceof ByteRanges.Unsatisfiable) {
            Answers.sendJson(
                    ex,
                    416,
                    ErrorBodies.detail(ErrorBodies.reason(416)),
                    Map.of(HttpHeaders.CONTENT_RANGE, "bytes */" + content.size()));
            return;
        }
        if (!ex.begin()) {
            return;
        }
        ByteRanges.Part part = range instanceof ByteRanges.Part p ? p : null;
        HttpServerResponse out = Answers.start(ex, part != null ? 206 : status);
        out.putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.ACCEPT_RANGES, BYTES)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, modified);
        Answers.headers(out, user, response);
        long offset = 0;
        long length = content.size();
        if (part != null) {
            offset = part.first();
            length = part.length();
            out.putHeader(
                    HttpHeaders.CONTENT_RANGE, "bytes " + part.first() + "-" + part.last() + "/" + content.size());
            if (ex.host.settings().gzipMinimumSize() >= 0) {
                // Content-Range counts the file's own bytes: a part is never compressed (see ResponseCompression).
                out.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            }
        }
        if (request.method() == HttpMethod.HEAD) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
            ex.finish(out.end());
            return;
        }
        Future<Void> written = content.send(out, offset, length);
        written.onFailure(error -> ex.onContext(() -> {
            if (!out.ended()) {
                // The file went away between its lookup and its sending: the client must not wait for it.
                ex.log(Level.WARNING, "Sending the file of " + ex.describe() + " failed", error);
                out.reset();
            }
        }));
        ex.finish(written);
    }

    /** nginx's strong validator: modification time and size, in hex. */
    static String etag(long modifiedMillis, long size) {
        return "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(size) + "\"";
    }

    /** An HTTP date: {@code Wed, 02 Dec 2026 07:30:00 GMT}. */
    static String httpDate(long millis) {
        return HTTP_DATE.format(Instant.ofEpochMilli(millis));
    }

    /**
     * RFC 9110's order: {@code If-None-Match} (any listed tag, weakly compared, or {@code *}) decides when
     * present; else {@code If-Modified-Since} not older than the file (to the second).
     */
    static boolean notModified(HttpServerRequest request, String etag, long modifiedMillis) {
        String noneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null) {
            for (String tag : noneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        long sinceSeconds = seconds(since);
        return sinceSeconds >= 0 && modifiedMillis / 1000 <= sinceSeconds;
    }

    /**
     * Whether a {@code Range} is to be honoured: no {@code If-Range}, or one naming this very version (the
     * strong {@code ETag}, or the {@code Last-Modified} date); otherwise the whole file is sent.
     */
    private static boolean ifRangeHolds(HttpServerRequest request, String etag, String modified) {
        String ifRange = request.getHeader(IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        long seconds = seconds(value);
        return seconds >= 0 && seconds == seconds(modified);
    }

    /** An HTTP date in seconds since the epoch, or -1 when it is not one. */
    private static long seconds(String date) {
        try {
            return ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toEpochSecond();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
