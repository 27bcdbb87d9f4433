package dev.kiln.it.app;

/** An enum bound from the query, the path and JSON by constant name. */
public enum Color {
    RED,
    GREEN,
    BLUE
}
