package dev.kiln.it.security;

/** The tutorial's {@code User}. */
public record User(String username, String email, String fullName, boolean disabled) {}
