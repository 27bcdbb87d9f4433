package com.example.params;

import java.util.Optional;

/** A cookie parameter model. */
public record Session(String sessionId, Optional<String> theme) {
}
