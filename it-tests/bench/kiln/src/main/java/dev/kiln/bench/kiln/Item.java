package dev.kiln.bench.kiln;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** The body of {@code POST /items}: six fields, checked by the code Kiln generates, then echoed. */
public record Item(
        @NotBlank String name,
        @PositiveOrZero double price,
        int quantity,
        List<String> tags,
        boolean active,
        @Pattern(regexp = "^[A-Z]{3}-[0-9]{4}$") String sku) {}
