package com.example;

/** A singleton the checks ask about. */
public final class Store {
    public boolean reachable() {
        return true;
    }
}
