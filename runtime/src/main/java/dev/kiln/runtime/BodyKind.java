package dev.kiln.runtime;

/** What the host reads of a request before it calls a route's endpoint. */
public enum BodyKind {
    /** Nothing: whatever body is sent is read and dropped ({@link Exchange#body()} is {@code null}). */
    NONE,
    /**
     * The body's bytes, up to {@code App.maxBodySize}: a JSON body ({@code Params.json}) or a raw one
     * ({@code @Body byte[]}, {@code @Body String}); {@link Exchange#body()}.
     */
    BYTES,
    /**
     * A form: an {@code application/x-www-form-urlencoded} body (up to {@code App.maxBodySize}) or a
     * {@code multipart/form-data} one (fields in memory, files streamed to temporary files), within the
     * form limits; {@link Exchange#formField}, {@link Exchange#upload} and their kin. A request of another
     * content type is not read: its form is empty ({@link Exchange#hasForm()} is {@code false}).
     */
    FORM,
    /**
     * A WebSocket handshake ({@code @WebSocketRoute}): the host checks the upgrade and its limits,
     * accepts it, then calls the endpoint with an exchange whose {@link Exchange#webSocket} is the socket.
     */
    WEBSOCKET
}
