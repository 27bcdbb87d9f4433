package dev.kiln.samples.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sign-up.
 *
 * @param username letters, digits, {@code . _ -}; 3 to 50 of them
 * @param email    where the welcome e-mail goes
 * @param password 8 to 72 characters (BCrypt reads at most 72 bytes)
 */
public record UserIn(
        @Size(min = 3, max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String username,

        @NotBlank @Email @Size(max = 254) String email,
        @Size(min = 8, max = 72) String password) {}
