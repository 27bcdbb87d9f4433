package dev.kiln.samples.service;

/** An account as the API shows it (never its password hash). */
public record User(long id, String username, String email) {}
