package dev.kiln;

import java.util.List;
import java.util.Map;

/**
 * The request being answered, as an operation or provider sees it (Starlette's {@code Request}).
 * Declare a parameter of this type to receive it.
 */
public interface Request {
    /** The method, upper case: {@code GET}. */
    String method();

    /** The path, without the query string, as sent (not decoded). */
    String path();

    /** The first value of a header (case-insensitive), or {@code null}. */
    String header(String name);

    /** All headers; names as sent, values in order. */
    Map<String, List<String>> headers();

    /** The first value of a query parameter, or {@code null}. */
    String query(String name);

    /** All query parameters, decoded, values in order. */
    Map<String, List<String>> queryParams();

    /** A cookie's value, or {@code null}. */
    String cookie(String name);

    /** The client's address as {@code host:port}, or {@code null} when unknown. */
    String clientAddress();
}
