package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.impl.RequestChecks.FramingHeaders;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.util.AsciiString;
import io.vertx.core.MultiMap;
import io.vertx.core.http.impl.headers.HeadersAdaptor;
import io.vertx.core.http.impl.headers.HeadersMultiMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The framing headers' counts: the pass over the names of Vert.x's HTTP/1.x headers (what {@code
 * HostileRequestsTest} reaches over the wire) and the lookups used for other headers agree, in any case.
 */
class FramingHeadersTest {
    /** Names as a client may send them, as the decoder keeps them: any case, look-alikes of other lengths. */
    private static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("Host", "a"),
            Map.entry("HOST", "b"),
            Map.entry("Hosts", "c"),
            Map.entry("X-Host", "d"),
            Map.entry("content-length", "2"),
            Map.entry("Content-Length", "2"),
            Map.entry("Content-Lengths", "3"),
            Map.entry("Content-Type", "text/plain"),
            Map.entry("transfer-ENCODING", "chunked"),
            Map.entry("Transfer-Encodings", "chunked"),
            Map.entry("Hoss", "e"));

    @Test
    void theDecodersHeadersAreCountedByNameInAnyCase() {
        HeadersMultiMap decoded = HeadersMultiMap.httpHeaders();
        HEADERS.forEach(h -> decoded.add(new AsciiString(h.getKey()), h.getValue()));

        assertEquals(new FramingHeaders(2, 2, 1), FramingHeaders.count(decoded));
    }

    @Test
    void otherHeadersAreCountedTheSameByLookup() {
        DefaultHttpHeaders netty = new DefaultHttpHeaders();
        HEADERS.forEach(h -> netty.add(h.getKey(), h.getValue()));
        MultiMap adapted = new HeadersAdaptor(netty);

        assertEquals(new FramingHeaders(2, 2, 1), FramingHeaders.count(adapted));
    }

    @Test
    void noneIsNone() {
        HeadersMultiMap decoded = HeadersMultiMap.httpHeaders();
        decoded.add(new AsciiString("Accept"), "*/*");

        assertEquals(new FramingHeaders(0, 0, 0), FramingHeaders.count(decoded));
        assertEquals(new FramingHeaders(0, 0, 0), FramingHeaders.count(HeadersMultiMap.httpHeaders()));
    }
}
