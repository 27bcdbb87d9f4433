package dev.kiln.samples.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A new item.
 *
 * @param title       1 to 200 characters, unique among the caller's items
 * @param description up to 2000 characters
 */
public record ItemIn(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) Optional<String> description) {}
