package dev.kiln.bench.kiln;

/** The body of {@code GET /json}. */
public record Message(String message) {}
