package dev.kiln;

import io.vertx.core.http.Cookie;

/**
 * The status, headers and cookies of the response that will be sent; declare a parameter of this
 * type to set them (FastAPI's {@code response: Response} parameter). As in FastAPI, what is set here
 * applies to the operation's own answer, not to an error answer.
 */
public interface ResponseHeaders {
    /** Overrides the operation's declared status. */
    ResponseHeaders status(int status);

    /** Sets a header, replacing earlier values of that name. */
    ResponseHeaders header(String name, String value);

    /** Adds a header value, keeping earlier ones. */
    ResponseHeaders addHeader(String name, String value);

    /** Adds a {@code Set-Cookie} with path {@code /}. */
    ResponseHeaders cookie(String name, String value);

    /** Adds a {@code Set-Cookie}. */
    ResponseHeaders cookie(Cookie cookie);

    /** Tells the client to drop a cookie. */
    ResponseHeaders deleteCookie(String name);
}
