package dev.kiln.bench.kiln;

/** One line of the JSON Lines benchmark. */
public record Line(long n, String text) {}
