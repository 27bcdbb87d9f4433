package com.example.params;

/** A header parameter model. */
public record Client(String userAgent, String acceptLanguage) {
}
