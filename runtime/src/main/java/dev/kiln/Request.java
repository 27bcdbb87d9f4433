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

    /** The last value of a query parameter ({@code ?q=a&q=b} gives {@code b}, as Starlette's), or {@code null}. */
    String query(String name);

    /** All query parameters, decoded, values in order. */
    Map<String, List<String>> queryParams();

    /** A cookie's value, or {@code null}. */
    String cookie(String name);

    /**
     * The client's address as {@code host:port} ({@code [::1]:51234} for IPv6), or {@code null} when
     * unknown. Behind a proxy trusted
     * with {@link App#forwardedHeaders}, the client that proxy names ({@code host}, or
     * {@code host:port} when it names a port).
     */
    String clientAddress();

    /**
     * {@code "https"} or {@code "http"}: whether the request came over TLS, or, behind a proxy trusted
     * with {@link App#forwardedHeaders}, what the proxy says the client used.
     */
    String scheme();

    /**
     * The host name the client asked for, without the port ({@code api.example.com}; an IPv6 address
     * without brackets): from {@code Host}, or from the proxy's {@code Forwarded: host=} or
     * {@code X-Forwarded-Host} behind a proxy trusted with {@link App#forwardedHeaders}.
     */
    String host();
}
