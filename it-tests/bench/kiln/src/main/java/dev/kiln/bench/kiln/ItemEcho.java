package dev.kiln.bench.kiln;

/** The body of {@code GET /items/{id}}: the bound parameters echoed ({@code q} is null when absent). */
public record ItemEcho(int id, String q) {}
