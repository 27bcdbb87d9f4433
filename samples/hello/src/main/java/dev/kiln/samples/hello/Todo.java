package dev.kiln.samples.hello;

/** A stored todo. */
public record Todo(int id, String title, boolean done) {}
