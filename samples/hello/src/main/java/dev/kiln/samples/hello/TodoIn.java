package dev.kiln.samples.hello;

import java.util.Optional;

/** What a client sends to create a todo; {@code done} may be left out. */
public record TodoIn(String title, Optional<Boolean> done) {}
