package dev.kiln;

import java.util.Map;

/**
 * Ends a request with an HTTP error, FastAPI's {@code HTTPException}:
 * {@code throw new HttpException(404, "Item not found")} answers {@code 404 {"detail":"Item not found"}}.
 * The detail may be any JSON-serialisable value; headers are added to the response.
 */
public class HttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object detail;
    private final Map<String, String> headers;

    /** An error whose detail is the status's reason phrase, e.g. {@code "Not Found"}. */
    public HttpException(int status) {
        this(status, null, Map.of());
    }

    public HttpException(int status, Object detail) {
        this(status, detail, Map.of());
    }

    public HttpException(int status, Object detail, Map<String, String> headers) {
        super(detail == null ? "HTTP " + status : "HTTP " + status + ": " + detail, null, false, false);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        this.detail = detail;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** The detail sent as {@code {"detail": ...}}; {@code null} means the reason phrase. */
    public Object detail() {
        return detail;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
