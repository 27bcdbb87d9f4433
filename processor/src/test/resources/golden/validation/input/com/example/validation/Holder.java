package com.example.validation;

/** A generic superclass whose setter a bean inherits with {@code T} = {@code String}. */
public class Holder<T> {
    private T value;

    public T getValue() {
        return value;
    }

    public void setValue(T value) {
        this.value = value;
    }
}
