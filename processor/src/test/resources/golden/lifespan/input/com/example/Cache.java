package com.example;

/** A singleton the hooks use. */
public final class Cache {
    public void load() {}

    public void flush() {}
}
