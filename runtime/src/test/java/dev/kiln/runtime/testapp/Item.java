package dev.kiln.runtime.testapp;

import java.util.List;

/** A test resource. */
public record Item(int id, String name, int price, List<String> tags) {}
