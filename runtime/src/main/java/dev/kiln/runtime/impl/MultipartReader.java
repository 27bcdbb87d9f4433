package dev.kiln.runtime.impl;

import dev.kiln.Upload;
import dev.kiln.runtime.Route;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one {@code multipart/form-data} body for a form route, with Vert.x's decoder (Netty's
 * {@code HttpPostMultipartRequestDecoder}): fields are kept in memory, each file is streamed to a new
 * file of the {@link UploadStore} as it arrives. Then the endpoint is called with the form.
 *
 * <p>Limits, each answered as it is crossed, before more is kept: {@code maxFiles} (413 at the file
 * past it), {@code maxUploadSize} per file (413 before a byte past it is written), one field
 * {@link #MAX_FIELD_SIZE} (Netty's attribute limit, 413), the non-file bytes of the body
 * {@code maxBodySize} (413), {@code maxFormFields} (413; Netty also stops at fields and files together
 * past {@code maxFormFields + maxFiles}, so memory stays bounded before the exact count at the end),
 * a part header line {@code maxHeaderSize} (Netty's buffered bytes, 413), the body-read deadline (408).
 * Malformed bodies are {@code 400 "There was an error parsing the body"} (FastAPI's wording); a body
 * that ends before its closing boundary is malformed. A refusal closes the connection after reading
 * what is left for a moment, as the other refusals of {@link RequestHandler} do.
 *
 * <p>Back-pressure: a file that cannot be written as fast as it arrives pauses the request (the
 * socket), never the decoder's per-file stream, so the decoder hands every piece and every end of a
 * file over at once: when the request ends, a file that has not ended never will (the body was
 * truncated).
 *
 * <p>Cleanup: every file is closed and deleted once the exchange completes (the answer was written,
 * the request was refused, failed or abandoned), through {@code afterResponse}; a refusal stops the
 * writing at once. Files still there when the app stops are deleted then ({@link UploadStore#deleteAll}).
 */
final class MultipartReader {
    /** The largest field (a part without a file name): Starlette's {@code max_part_size}, 1 MiB. */
    static final int MAX_FIELD_SIZE = 1024 * 1024;

    private static final String PARSE_ERROR = "There was an error parsing the body";
    /** How much of the body's end is kept to check the closing boundary: it, then some line breaks. */
    private static final int TAIL_SLACK = 16;

    private final RequestHandler handler;
    private final HttpExchange exchange;
    private final HttpServerRequest request;
    private final Route route;
    private final UploadStore store;
    private final AppSettings settings;
    private final byte[] closeDelimiter;
    private final byte[] tail;
    private int tailLength;
    private final List<Sink> sinks = new ArrayList<>(2);
    private long bodyBytes;
    private long fileBytes;
    private int pauses;
    /** Refused, failed or handed to the endpoint: nothing more is read into the form. */
    private boolean done;

    private long deadline = -1;

    private MultipartReader(
            RequestHandler handler, HttpExchange exchange, Route route, UploadStore store, String boundary) {
        this.handler = handler;
        this.exchange = exchange;
        this.request = exchange.http;
        this.route = route;
        this.store = store;
        this.settings = exchange.host.settings();
        this.closeDelimiter = ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
        this.tail = new byte[closeDelimiter.length + TAIL_SLACK];
    }

    /**
     * Starts reading the body of a multipart request whose {@code Content-Type} was checked; returns
     * {@code false} (nothing started) when the decoder refuses the request.
     */
    static boolean start(
            RequestHandler handler, HttpExchange exchange, Route route, UploadStore store, String boundary) {
        MultipartReader reader = new MultipartReader(handler, exchange, route, store, boundary);
        HttpServerRequest request = exchange.http;
        try {
            request.setExpectMultipart(true);
        } catch (RuntimeException refused) {
            return false;
        }
        request.uploadHandler(reader::upload);
        request.handler(reader::chunk);
        request.endHandler(reader::end);
        request.exceptionHandler(reader::failed);
        reader.deadline =
                exchange.host.vertx().setTimer(reader.settings.bodyReadTimeout().toMillis(), fired -> reader.tooSlow());
        return true;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type, unquoted, or {@code null} when there
     * is none (or none Netty's decoder would find: it reads the first two parameters only).
     */
    static String boundary(String contentType) {
        String found = null;
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("boundary")) {
                String value = parameter.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                found = value.isEmpty() ? null : value;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        headers.add(HttpHeaderNames.CONTENT_TYPE, contentType);
        try {
            boolean decodable = HttpPostRequestDecoder.isMultipart(new DefaultHttpRequest(
                    HttpVersion.HTTP_1_1, io.netty.handler.codec.http.HttpMethod.POST, "/", headers));
            return decodable ? found : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    // ------------------------------------------------------------------ the request's events

    /** A new file part: a new temporary file, unless the form has all the files it may have. */
    private void upload(HttpServerFileUpload upload) {
        if (done) {
            // Refused: the decoder still reads what is left for a moment; the file's data is dropped.
            return;
        }
        if (sinks.size() >= settings.maxFiles()) {
            refuse(413, null, RequestHandler.LINGER_MILLIS);
            return;
        }
        if (sinks.isEmpty()) {
            exchange.afterResponse(this::cleanUp);
        }
        Sink sink = new Sink(upload, store.newFile());
        sinks.add(sink);
        sink.open();
    }

    /** A piece of the raw body, after the decoder has seen it. */
    private void chunk(Buffer chunk) {
        if (done) {
            return;
        }
        bodyBytes += chunk.length();
        keepTail(chunk);
        if (bodyBytes - fileBytes > settings.maxBodySize()) {
            refuse(413, null, RequestHandler.LINGER_MILLIS);
        }
    }

    private void keepTail(Buffer chunk) {
        int length = chunk.length();
        if (length >= tail.length) {
            chunk.getBytes(length - tail.length, length, tail, 0);
            tailLength = tail.length;
            return;
        }
        int keep = Math.min(tailLength, tail.length - length);
        System.arraycopy(tail, tailLength - keep, tail, 0, keep);
        chunk.getBytes(0, length, tail, keep);
        tailLength = keep + length;
    }

    /** The body was read: check it ended well, then wait for the files to be written, then call the endpoint. */
    private void end(Void ignored) {
        if (done) {
            return;
        }
        stopDeadline();
        if (bodyBytes > 0 && !endsWithCloseDelimiter()) {
            refuse(400, PARSE_ERROR, 0);
            return;
        }
        for (Sink sink : sinks) {
            if (!sink.ended) {
                // Netty never finished this file: the body stopped inside it.
                refuse(400, PARSE_ERROR, 0);
                return;
            }
        }
        FormData.Builder form = new FormData.Builder();
        request.formAttributes().forEach(field -> form.field(field.getKey(), field.getValue()));
        if (form.fieldCount() > settings.maxFormFields()) {
            refuse(413, null, 0);
            return;
        }
        List<Future<Void>> written = new ArrayList<>(sinks.size());
        for (Sink sink : sinks) {
            written.add(sink.written.future());
        }
        Future.all(written).onComplete(all -> {
            if (done) {
                return;
            }
            if (all.failed()) {
                writeFailed(all.cause());
                return;
            }
            for (Sink sink : sinks) {
                form.file(sink.upload.name(), sink.stored());
            }
            done = true;
            exchange.form(form.build());
            RequestHandler.dispatch(exchange, route);
        });
    }

    /** Whether the body ends with {@code --boundary--}, then at most a few line breaks or spaces. */
    private boolean endsWithCloseDelimiter() {
        int end = tailLength;
        while (end > 0
                && (tail[end - 1] == '\r' || tail[end - 1] == '\n' || tail[end - 1] == ' ' || tail[end - 1] == '\t')) {
            end--;
        }
        int start = end - closeDelimiter.length;
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < closeDelimiter.length; i++) {
            if (tail[start + i] != closeDelimiter[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The request failed while read: the decoder refused the body (its limits, or malformed input),
     * the client went away, or the HTTP framing broke.
     */
    private void failed(Throwable error) {
        if (done) {
            handler.broken(exchange, error);
            return;
        }
        if (error instanceof HttpPostRequestDecoder.TooManyFormFieldsException
                || error instanceof HttpPostRequestDecoder.TooLongFormFieldException
                || error instanceof HttpPostRequestDecoder.ErrorDataDecoderException
                        && error.getCause() instanceof IOException) {
            // Too many parts, a part header line past maxHeaderSize, a field past MAX_FIELD_SIZE.
            refuse(413, null, RequestHandler.LINGER_MILLIS);
        } else if (error instanceof HttpPostRequestDecoder.ErrorDataDecoderException) {
            refuse(400, PARSE_ERROR, RequestHandler.LINGER_MILLIS);
        } else {
            // The client went away (the exchange is abandoned and cleaned up), or Netty found the framing broken.
            stop();
            handler.broken(exchange, error);
        }
    }

    private void tooSlow() {
        deadline = -1;
        if (!done) {
            refuse(408, null, 0);
        }
    }

    private void writeFailed(Throwable error) {
        HttpExchange.LOG.log(
                Level.ERROR,
                "Writing an upload of " + exchange.describe() + " to " + store.directory() + " failed",
                error);
        refuse(500, null, RequestHandler.LINGER_MILLIS);
    }

    // ------------------------------------------------------------------ ending

    /** Stops reading into the form and answers {@code status}; the files are deleted once the answer is written. */
    private void refuse(int status, String detail, long lingerMillis) {
        if (done) {
            return;
        }
        stop();
        handler.refuse(exchange, status, detail, lingerMillis);
    }

    /** Stops the deadline, closes every file, and lets the rest of the request flow (to be dropped). */
    private void stop() {
        done = true;
        stopDeadline();
        for (Sink sink : sinks) {
            sink.abort();
        }
        if (pauses > 0) {
            pauses = 0;
            request.resume();
        }
    }

    private void stopDeadline() {
        if (deadline >= 0) {
            exchange.host.vertx().cancelTimer(deadline);
            deadline = -1;
        }
    }

    /** After the exchange completed, however it ended: close every file, then delete it. */
    private void cleanUp() {
        done = true;
        for (Sink sink : sinks) {
            sink.abort();
            sink.settled.future().onComplete(closed -> store.delete(sink.path));
        }
    }

    private void pause() {
        if (!done && pauses++ == 0) {
            request.pause();
        }
    }

    private void resume() {
        if (!done && pauses > 0 && --pauses == 0) {
            request.resume();
        }
    }

    /** One file of the form: its part, streamed to a new temporary file. */
    private final class Sink {
        final HttpServerFileUpload upload;
        final Path path;
        /** Completes once the file was written and closed; fails if it could not be, or was abandoned. */
        final Promise<Void> written = Promise.promise();
        /** Completes once the file is closed (or was never opened), whatever happened: then it may be deleted. */
        final Promise<Void> settled = Promise.promise();

        private AsyncFile file;
        /** Data that arrived while the file was being opened. */
        private List<Buffer> early = new ArrayList<>(2);

        private long size;
        private boolean ended;
        private boolean closed;
        private boolean draining;

        Sink(HttpServerFileUpload upload, Path path) {
            this.upload = upload;
            this.path = path;
        }

        void open() {
            upload.handler(this::data);
            upload.endHandler(v -> end());
            upload.exceptionHandler(error -> abort());
            // Until the file is open, the request waits; what the decoder already has is kept in early.
            pause();
            store.openNew(path).onComplete(opened -> {
                try {
                    opened(opened);
                } finally {
                    // Balances the pause above; a no-op once the reader is done.
                    resume();
                }
            });
        }

        private void opened(AsyncResult<AsyncFile> opened) {
            if (opened.failed()) {
                settled.tryComplete();
                written.tryFail(opened.cause());
                if (!closed) {
                    closed = true;
                    writeFailed(opened.cause());
                }
                return;
            }
            file = opened.result();
            if (closed) {
                closeFile();
                return;
            }
            file.exceptionHandler(this::writeError);
            for (Buffer piece : early) {
                file.write(piece);
            }
            early = null;
            if (ended) {
                endFile();
            } else {
                watchQueue();
            }
        }

        private void data(Buffer piece) {
            if (closed) {
                return;
            }
            size += piece.length();
            fileBytes += piece.length();
            if (size > settings.maxUploadSize()) {
                refuse(413, null, RequestHandler.LINGER_MILLIS);
                return;
            }
            if (file == null) {
                early.add(piece);
            } else {
                file.write(piece);
                watchQueue();
            }
        }

        /** Pauses the request while the file's write queue is full. */
        private void watchQueue() {
            if (!draining && file.writeQueueFull()) {
                draining = true;
                pause();
                file.drainHandler(v -> {
                    draining = false;
                    resume();
                });
            }
        }

        private void end() {
            if (closed || ended) {
                return;
            }
            ended = true;
            if (file != null) {
                endFile();
            }
        }

        private void endFile() {
            file.end().onComplete(done -> {
                settled.tryComplete();
                if (done.succeeded()) {
                    written.tryComplete();
                } else {
                    written.tryFail(done.cause());
                }
            });
        }

        /** The disk refused a write (full, gone): the request is answered 500 at once, every file closed. */
        private void writeError(Throwable error) {
            written.tryFail(error);
            if (!closed) {
                writeFailed(error);
            }
        }

        /** Stops writing: the file is closed (once open); a file already ended finishes closing on its own. */
        void abort() {
            if (closed) {
                return;
            }
            closed = true;
            early = null;
            written.tryFail("the upload was abandoned");
            if (file != null && !ended) {
                closeFile();
            }
        }

        private void closeFile() {
            file.close().onComplete(done -> settled.tryComplete());
        }

        /** The {@link Upload} the operation sees. */
        Upload stored() {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.put(
                    "content-disposition",
                    "form-data; name=\"" + upload.name() + "\"; filename=\"" + upload.filename() + "\"");
            if (upload.contentType() != null) {
                headers.put("content-type", upload.contentType());
            }
            if (upload.contentTransferEncoding() != null) {
                headers.put("content-transfer-encoding", upload.contentTransferEncoding());
            }
            return new StoredUpload(
                    upload.filename(),
                    upload.contentType(),
                    size,
                    Collections.unmodifiableMap(headers),
                    path.toAbsolutePath());
        }
    }

    /** Whether a content type is {@code multipart/form-data} (its media type, any case, parameters aside). */
    static boolean isMultipart(String contentType) {
        return mediaType(contentType).equals("multipart/form-data");
    }

    /** Whether a content type is {@code application/x-www-form-urlencoded}. */
    static boolean isUrlEncoded(String contentType) {
        return mediaType(contentType).equals("application/x-www-form-urlencoded");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
