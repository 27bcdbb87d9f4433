package dev.kiln.runtime;

/**
 * Generated code that answers one operation. Called on the event loop, once the route matched
 * (and the body was read, when the route reads one); it must answer the exchange exactly once,
 * by {@link Exchange#reply}, {@link Exchange#reject} or {@link Exchange#fail}.
 */
@FunctionalInterface
public interface Endpoint {
    void handle(Exchange exchange);
}
