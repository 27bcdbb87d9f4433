package dev.kiln.samples.service;

import dev.kiln.Default;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The query parameters of a list, FastAPI's query parameter model.
 *
 * @param limit  1 to 100 rows, 20 unless sent
 * @param offset how many rows to skip
 */
public record Paging(
        @Default("20") @Min(1) @Max(100) int limit,
        @Default("0") @PositiveOrZero int offset) {}
