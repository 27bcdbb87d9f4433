package com.example.bodies;

/** Neither a record nor a bean: left to Jackson. */
public final class Opaque {
    public final String value;

    public Opaque(String value) {
        this.value = value;
    }
}
