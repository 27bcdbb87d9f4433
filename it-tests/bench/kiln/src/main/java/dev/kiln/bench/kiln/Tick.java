package dev.kiln.bench.kiln;

/** One broadcast tick. */
public record Tick(long seq, long time) {}
