package dev.kiln.runtime.testapp;

import java.util.List;
import java.util.Optional;

/** The body of POST /items. */
public record ItemIn(String name, int price, List<String> tags, Optional<String> note) {}
