package dev.kiln.runtime.impl;

import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.Route;
import io.netty.util.concurrent.FastThreadLocal;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The one request handler of every event loop: check the framing, match, read the body when the
 * route needs it (within the size limit and the body-read deadline), call the generated endpoint.
 * Holds no per-request state.
 */
final class RequestHandler implements Handler<HttpServerRequest> {
    private static final Handler<Buffer> DISCARD = chunk -> {};
    /**
     * How long a refused body is still read (and dropped) after its answer, before the connection
     * closes: closing with unread bytes makes the kernel send a reset, and a client still sending
     * would often lose the answer with it (nginx's lingering close, bounded in time).
     */
    static final long LINGER_MILLIS = 2000;
    /** The methods whose multipart bodies Vert.x's decoder reads. */
    private static final Set<HttpMethod> MULTIPART_METHODS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RunningHost host;
    private final ConnectionGuard guard;
    private final long maxBodySize;
    private final long bodyReadNanos;
    /** How often each event loop looks for body reads past their deadline. */
    private final long bodyCheckMillis;
    /**
     * The body reads under way on each event loop, oldest first, checked by one periodic timer of that
     * loop: a read costs no Vert.x timer of its own (one per request was a map entry and a scheduled
     * task set and cancelled, 1.6% of a pipelined {@code POST}'s event loop samples).
     */
    private final FastThreadLocal<BodyReads> bodyReads = new FastThreadLocal<>() {
        @Override
        protected BodyReads initialValue() {
            return new BodyReads();
        }
    };
    /** The most a multipart body may hold: its non-file parts, and every file at its largest. */
    private final long maxMultipartSize;
    /** The host settings applied before routing; {@code null} when none is on. */
    private final HostGate gate;
    /** {@code App.rootPath}, or {@code ""}. */
    private final String rootPath;

    RequestHandler(RunningHost host, ConnectionGuard guard) {
        this.host = host;
        this.guard = guard;
        AppSettings settings = host.settings();
        this.maxBodySize = settings.maxBodySize();
        this.bodyReadNanos = settings.bodyReadTimeout().toNanos();
        this.bodyCheckMillis = TimeUnit.NANOSECONDS.toMillis(WireChecks.checkIntervalNanos(bodyReadNanos));
        long files = settings.maxFiles() == 0 || settings.maxUploadSize() <= Long.MAX_VALUE / settings.maxFiles()
                ? settings.maxUploadSize() * settings.maxFiles()
                : Long.MAX_VALUE;
        this.maxMultipartSize = files <= Long.MAX_VALUE - maxBodySize ? files + maxBodySize : Long.MAX_VALUE;
        this.gate = HostGate.of(settings);
        this.rootPath = settings.rootPath();
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (!guard.requestArrived(request)) {
            // Pipelined behind an answer that closes the connection: never served.
            return;
        }
        host.inFlight().begin();
        PathRouter.Match<Route> match = host.router().match(request.method(), routePath(request.path()));
        HttpExchange exchange = new HttpExchange(host, request, match.value(), match.params());
        int framing = RequestChecks.framing(request);
        if (framing != RequestChecks.WITHOUT_BODY) {
            // A body may come (or a refusal lingers to read it): its read can fail. A request without
            // a body has ended before an operation could wait for it, and Vert.x reports nothing to it.
            request.exceptionHandler(error -> broken(exchange, error));
        }
        if (host.shuttingDown()) {
            refuse(exchange, 503, Map.of(HttpHeaders.RETRY_AFTER, WorkerSaturation.RETRY_AFTER_SECONDS), 0);
            return;
        }
        if (framing > RequestChecks.WITHOUT_BODY) {
            refuse(exchange, framing, Map.of(), 0);
            return;
        }
        if (gate != null && gate.answered(exchange)) {
            request.handler(DISCARD);
            return;
        }
        Route route = match.value();
        if (framing == RequestChecks.WITH_BODY
                && (match.kind() != PathRouter.Kind.FOUND || route.body() == BodyKind.NONE)) {
            // No body wanted: whatever is sent is read and dropped, never buffered.
            request.handler(DISCARD);
        }
        switch (match.kind()) {
            case FOUND -> {
                if (route.body() == BodyKind.NONE) {
                    dispatch(exchange, route);
                } else if (route.body() == BodyKind.WEBSOCKET) {
                    WebSocketSession.accept(exchange, route, host.webSockets());
                } else if (route.body() == BodyKind.BYTES) {
                    readBody(request, exchange, route);
                } else {
                    readForm(request, exchange, route);
                }
            }
            case METHOD_NOT_ALLOWED -> host.failures().methodNotAllowed(exchange, match.allowed());
            case REDIRECT -> {
                String query = request.query();
                String location = rootPath + match.redirectPath() + (query == null ? "" : "?" + query);
                Answers.sendJson(exchange, 307, null, Map.of(HttpHeaders.LOCATION, location));
            }
            case NOT_FOUND -> host.failures().notFound(exchange);
        }
    }

    /**
     * The path routes see: without the root path when it starts with it, as Starlette's
     * {@code get_route_path} strips {@code root_path} (a request through a proxy that keeps the prefix
     * and one through a proxy that strips it reach the same route).
     */
    private String routePath(String path) {
        int n = rootPath.length();
        if (n == 0 || !path.startsWith(rootPath)) {
            return path;
        }
        if (path.length() == n) {
            return "/";
        }
        return path.charAt(n) == '/' ? path.substring(n) : path;
    }

    private void readBody(HttpServerRequest request, HttpExchange exchange, Route route) {
        if (!admitBody(request, exchange, maxBodySize)) {
            return;
        }
        BodyReader reader = new BodyReader(request, exchange, route);
        request.handler(reader::chunk);
        request.endHandler(reader::end);
        bodyReads.get().add(reader);
    }

    /**
     * One event loop's body reads under way, a list in the order they began (so by deadline), and the
     * loop's periodic check, started with its first read: a read past its deadline is refused with
     * {@code 408} between the deadline and one check interval later.
     */
    private final class BodyReads {
        private BodyReader first;
        private BodyReader last;
        private boolean checked;

        void add(BodyReader reader) {
            reader.startNanos = System.nanoTime();
            reader.reads = this;
            reader.previous = last;
            if (last == null) {
                first = reader;
            } else {
                last.next = reader;
            }
            last = reader;
            if (!checked) {
                checked = true;
                // On this event loop's context: the list is only ever touched from its thread.
                host.vertx().setPeriodic(bodyCheckMillis, tick -> refuseSlow());
            }
        }

        void remove(BodyReader reader) {
            if (reader.previous == null) {
                first = reader.next;
            } else {
                reader.previous.next = reader.next;
            }
            if (reader.next == null) {
                last = reader.previous;
            } else {
                reader.next.previous = reader.previous;
            }
            reader.previous = null;
            reader.next = null;
            reader.reads = null;
        }

        private void refuseSlow() {
            long now = System.nanoTime();
            while (first != null && now - first.startNanos >= bodyReadNanos) {
                BodyReader slow = first;
                remove(slow);
                slow.tooSlow();
            }
        }
    }

    /**
     * The checks before a body is read: no {@code Content-Encoding} it cannot decode (415), a declared
     * length within {@code limit} (413, before a byte of the body is read); then {@code Expect:
     * 100-continue} is answered, so that a client about to send too much gets its 413 before sending
     * anything. {@code false} when the request was refused.
     */
    private boolean admitBody(HttpServerRequest request, HttpExchange exchange, long limit) {
        if (RequestChecks.unsupportedEncoding(request)) {
            request.handler(DISCARD);
            refuse(exchange, 415, Map.of(), LINGER_MILLIS);
            return false;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && Long.parseLong(declared.strip()) > limit) {
            // The framing checks made sure it is digits.
            request.handler(DISCARD);
            refuse(exchange, 413, Map.of(), LINGER_MILLIS);
            return false;
        }
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            request.response().writeContinue();
        }
        return true;
    }

    /**
     * A form route: an urlencoded body is read like a JSON one, then decoded; a multipart body goes to
     * a {@link MultipartReader}. Any other content type (or none) is not read, and the operation sees
     * an empty form, as FastAPI does; so does a multipart body on a method other than POST, PUT, PATCH
     * or DELETE, which Vert.x's decoder does not read.
     */
    private void readForm(HttpServerRequest request, HttpExchange exchange, Route route) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (MultipartReader.isUrlEncoded(contentType)) {
            readBody(request, exchange, route);
            return;
        }
        if (!MultipartReader.isMultipart(contentType) || !MULTIPART_METHODS.contains(request.method())) {
            request.handler(DISCARD);
            dispatch(exchange, route);
            return;
        }
        String boundary = MultipartReader.boundary(contentType);
        if (boundary == null) {
            request.handler(DISCARD);
            // Starlette's words for it.
            refuse(exchange, 400, "Missing boundary in multipart.", LINGER_MILLIS);
            return;
        }
        if (!admitBody(request, exchange, maxMultipartSize)) {
            return;
        }
        if (!MultipartReader.start(this, exchange, route, host.uploads(), boundary)) {
            request.handler(DISCARD);
            refuse(exchange, 400, "There was an error parsing the body", LINGER_MILLIS);
        }
    }

    /** Buffers one body up to the limit; refuses it when it grows past the limit or arrives too slowly. */
    private final class BodyReader {
        private final HttpServerRequest request;
        private final HttpExchange exchange;
        private final Route route;
        private final Buffer body = Buffer.buffer();
        private boolean refused;
        private boolean ended;
        /** Its place in its event loop's {@link BodyReads} while the body is read, else {@code null}. */
        BodyReads reads;

        BodyReader previous;
        BodyReader next;
        long startNanos;

        BodyReader(HttpServerRequest request, HttpExchange exchange, Route route) {
            this.request = request;
            this.exchange = exchange;
            this.route = route;
        }

        void chunk(Buffer chunk) {
            if (refused) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBodySize) {
                // Chunked (or decompressed) bodies are refused as they cross the limit, never buffered past it.
                refused = true;
                stopDeadline();
                request.handler(DISCARD);
                refuse(exchange, 413, Map.of(), LINGER_MILLIS);
            } else {
                body.appendBuffer(chunk);
            }
        }

        void end(Void ignored) {
            ended = true;
            stopDeadline();
            if (refused || exchange.answered()) {
                return;
            }
            if (route.body() == BodyKind.FORM) {
                FormData form = UrlEncodedForm.parse(body, host.settings().maxFormFields());
                if (form == null) {
                    refuse(exchange, 413, Map.of(), 0);
                    return;
                }
                exchange.form(form);
            } else {
                exchange.body(body.length() == 0 ? null : body);
            }
            dispatch(exchange, route);
        }

        void tooSlow() {
            if (!ended && !refused) {
                refused = true;
                request.handler(DISCARD);
                refuse(exchange, 408, Map.of(), 0);
            }
        }

        private void stopDeadline() {
            if (reads != null) {
                reads.remove(this);
            }
        }
    }

    /**
     * Answers {@code status} with {@code Connection: close}, then closes the connection: at once, or
     * once the rest of the request was read and dropped, waiting at most {@code lingerMillis}.
     */
    private void refuse(HttpExchange exchange, int status, Map<CharSequence, CharSequence> headers, long lingerMillis) {
        refuse(exchange, status, ErrorBodies.reason(status), headers, lingerMillis);
    }

    /** {@link #refuse(HttpExchange, int, Map, long)} with a detail of its own ({@code null}: the reason phrase). */
    void refuse(HttpExchange exchange, int status, String detail, long lingerMillis) {
        refuse(exchange, status, detail == null ? ErrorBodies.reason(status) : detail, Map.of(), lingerMillis);
    }

    private void refuse(
            HttpExchange exchange,
            int status,
            String detail,
            Map<CharSequence, CharSequence> headers,
            long lingerMillis) {
        HttpServerRequest request = exchange.http();
        guard.condemn(request.connection());
        Answers.answerAndClose(
                exchange, status, ErrorBodies.detail(detail), headers, request.isEnded() ? 0 : lingerMillis);
    }

    /**
     * The request failed while its body was read: the connection closed, or Netty found the chunked
     * framing malformed (a bad chunk size, a chunk extension with a bare CR or LF). Unless an answer
     * was started, the latter gets {@code 400}; Vert.x closes the connection right after.
     */
    void broken(HttpExchange exchange, Throwable error) {
        if (exchange.answered()) {
            return;
        }
        if (error instanceof HttpClosedException) {
            exchange.abandon();
            return;
        }
        guard.condemn(exchange.http().connection());
        try {
            Answers.answerAndClose(exchange, 400, ErrorBodies.detail(ErrorBodies.reason(400)), Map.of(), 0);
            // Vert.x closes the channel when this handler returns; without a flush the 400 is dropped.
            EarlyFlush.now(exchange.http().connection());
        } catch (RuntimeException closed) {
            exchange.abandon();
        }
    }

    static void dispatch(HttpExchange exchange, Route route) {
        if (exchange.host.everyRequestId) {
            // With the access log on and SLF4J, the request id is in the MDC while the operation's
            // event-loop part runs (worker hops get it in UserCode).
            Logs.withRequestId(exchange.requestId(), () -> call(exchange, route));
        } else {
            call(exchange, route);
        }
    }

    private static void call(HttpExchange exchange, Route route) {
        try {
            route.endpoint().handle(exchange);
        } catch (Throwable e) {
            exchange.fail(e);
        }
    }
}
