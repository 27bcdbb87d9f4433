package dev.kiln.runtime.impl;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.VertxConnection;

/**
 * Flushes what was written to a connection now, for the one case where Vert.x would otherwise drop
 * it: when Netty's decoder finds a request's chunked body malformed (a bad chunk size, a chunk
 * extension with a quoted CR LF), Vert.x tells the request's exception handler and then closes the
 * channel in the same call. Vert.x flushes writes made while it reads only when the read completes,
 * and a close discards unflushed writes, so a {@code 400} written from the handler would never leave.
 *
 * <p>This is the only use of a Vert.x implementation class ({@code io.vertx.core.net.impl}) in Kiln:
 * its public {@code flush()} has no counterpart on {@link HttpConnection}. Should a Vert.x upgrade
 * move it, this class stops compiling, and the fallback is to drop the flush: such requests then get
 * the connection closed without an answer (what Vert.x alone does), which
 * {@code HostileRequestsTest} would show.
 */
final class EarlyFlush {
    private EarlyFlush() {}

    static void now(HttpConnection connection) {
        if (connection instanceof VertxConnection vertx) {
            vertx.flush();
        }
    }
}
