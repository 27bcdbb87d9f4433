package dev.kiln.runtime.impl;

import io.netty.util.AsciiString;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks of a request's framing that Netty's decoder leaves to the application, made before anything
 * else reads the request. Each failure is answered and the connection closed, since after ambiguous
 * framing the server and any proxy in front may disagree on where the next request starts (request
 * smuggling). Netty already refuses, with {@code 400}: a malformed request line, control characters
 * and spaces before the colon in header names, two different {@code Content-Length}s, a signed one;
 * it lets through control characters in the request target, which are refused here.
 */
final class RequestChecks {
    /** The codings a request may name in {@code Transfer-Encoding}; only {@code chunked} is decoded. */
    private static final List<String> KNOWN_CODINGS =
            List.of("chunked", "gzip", "x-gzip", "deflate", "compress", "x-compress", "identity");

    private RequestChecks() {}

    /** {@link #framing}: the request is well framed and declares a body ({@code Content-Length} or {@code Transfer-Encoding}). */
    static final int WITH_BODY = 0;

    /** {@link #framing}: the request is well framed and has no body (HTTP/1.1 bodies are always declared). */
    static final int WITHOUT_BODY = 1;

    private static final int BAD_REQUEST = 400;
    private static final int NOT_IMPLEMENTED = 501;

    /**
     * {@link #WITH_BODY} or {@link #WITHOUT_BODY} for a request whose framing is sound, else the status
     * of its refusal: {@code 400} for ambiguous framing, {@code 501} for a coding it cannot read.
     */
    static int framing(HttpServerRequest request) {
        if (!visibleAscii(request.uri())) {
            // Netty passes NUL, DEL and tabs in the request target through; RFC 9112 §3.2 allows none.
            return BAD_REQUEST;
        }
        MultiMap headers = request.headers();
        FramingHeaders named = FramingHeaders.count(headers);
        if (named.hosts() > 1) {
            // Which one routes, which one the proxy saw? RFC 9112 §3.2: 400.
            return BAD_REQUEST;
        }
        if (named.hosts() == 0 && request.version() == HttpVersion.HTTP_1_1) {
            return BAD_REQUEST;
        }
        // the values only when there are some: most requests have neither header, and getAll allocates a list
        List<String> lengths = named.lengths() > 0 ? headers.getAll(HttpHeaders.CONTENT_LENGTH) : List.of();
        for (String length : lengths) {
            if (!digits(length.strip())) {
                return BAD_REQUEST;
            }
        }
        if (lengths.size() > 1 && lengths.stream().map(String::strip).distinct().count() > 1) {
            return BAD_REQUEST;
        }
        if (named.transfers() == 0) {
            return lengths.isEmpty() ? WITHOUT_BODY : WITH_BODY;
        }
        List<String> transfer = headers.getAll(HttpHeaders.TRANSFER_ENCODING);
        if (!lengths.isEmpty() || request.version() == HttpVersion.HTTP_1_0) {
            // Content-Length with Transfer-Encoding is the classic smuggling vector (RFC 9112 §6.1).
            return BAD_REQUEST;
        }
        String[] codings = String.join(",", transfer).split(",", -1);
        boolean chunkedSeen = false;
        boolean otherSeen = false;
        for (int i = 0; i < codings.length; i++) {
            String coding = codings[i].strip().toLowerCase(Locale.ROOT);
            int parameters = coding.indexOf(';');
            String name =
                    parameters < 0 ? coding : coding.substring(0, parameters).strip();
            if (name.isEmpty() || chunkedSeen) {
                // An empty member, or anything after chunked: the body's end is not chunked's to say.
                return BAD_REQUEST;
            }
            if (!KNOWN_CODINGS.contains(name)) {
                return NOT_IMPLEMENTED;
            }
            if (name.equals("chunked")) {
                chunkedSeen = true;
            } else {
                otherSeen = true;
            }
        }
        if (!chunkedSeen) {
            // A request body's length must be knowable (RFC 9112 §6.3): chunked must be the final coding.
            return BAD_REQUEST;
        }
        return otherSeen ? NOT_IMPLEMENTED : WITH_BODY;
    }

    /**
     * Whether a body is sent with a {@code Content-Encoding} the app does not decode ({@code 415}): any
     * unless {@link Limits#decompressRequests()} is on (then Netty has decoded gzip and deflate and
     * removed the header, and what is left is a coding it does not know).
     */
    static boolean unsupportedEncoding(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || length != null && !length.strip().equals("0");
    }

    /**
     * How many times a request names {@code Host}, {@code Content-Length} and {@code Transfer-Encoding}, in
     * any case.
     */
    record FramingHeaders(int hosts, int lengths, int transfers) {
        /**
         * Counted in one pass over the names of Vert.x's HTTP/1.x headers (Netty's {@code HttpHeaders}): a
         * lookup per name cost four times as much on a request of two headers and more on one of thirteen;
         * other headers by lookup.
         */
        static FramingHeaders count(MultiMap headers) {
            if (!(headers instanceof io.netty.handler.codec.http.HttpHeaders decoded)) {
                return new FramingHeaders(
                        headers.getAll(HttpHeaders.HOST).size(),
                        headers.getAll(HttpHeaders.CONTENT_LENGTH).size(),
                        headers.getAll(HttpHeaders.TRANSFER_ENCODING).size());
            }
            int hosts = 0;
            int lengths = 0;
            int transfers = 0;
            for (Iterator<Map.Entry<CharSequence, CharSequence>> entries = decoded.iteratorCharSequence();
                    entries.hasNext(); ) {
                CharSequence name = entries.next().getKey();
                // compared only when the length is one of theirs: most names are none of the three
                switch (name.length()) {
                    case 4 -> hosts += named(name, HttpHeaders.HOST);
                    case 14 -> lengths += named(name, HttpHeaders.CONTENT_LENGTH);
                    case 17 -> transfers += named(name, HttpHeaders.TRANSFER_ENCODING);
                    default -> {}
                }
            }
            return new FramingHeaders(hosts, lengths, transfers);
        }

        private static int named(CharSequence name, CharSequence framing) {
            return AsciiString.contentEqualsIgnoreCase(name, framing) ? 1 : 0;
        }
    }

    private static boolean visibleAscii(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            // '!'..'~' in one unsigned comparison: below '!' wraps around to above
            if ((char) (value.charAt(i) - '!') > '~' - '!') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
