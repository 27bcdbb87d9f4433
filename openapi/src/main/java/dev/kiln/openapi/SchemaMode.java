package dev.kiln.openapi;

/**
 * Which side of the wire a schema describes. FastAPI (since 0.102) documents a model twice when
 * what a client may send differs from what the server always returns: a field with a default is
 * optional in a request but always present in a response.
 */
public enum SchemaMode {
    /** What a client sends: request bodies and parameters. */
    INPUT,
    /** What the server answers: response bodies. */
    OUTPUT
}
