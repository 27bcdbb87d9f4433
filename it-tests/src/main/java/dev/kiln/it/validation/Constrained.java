package dev.kiln.it.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One optional value per constraint, so that a request can exercise one constraint at a time. Bound
 * as query parameters ({@code @Query}), headers, cookies, a body and a nested body.
 */
public record Constrained(
        @Min(1) Optional<Integer> min,
        @Max(10) Optional<Integer> max,
        @Positive Optional<Integer> positive,
        @PositiveOrZero Optional<Long> positiveOrZero,
        @Negative Optional<Integer> negative,
        @NegativeOrZero Optional<Integer> negativeOrZero,
        @DecimalMin(value = "0.5", inclusive = false) Optional<Double> decimalMin,
        @DecimalMax("99.5") Optional<BigDecimal> decimalMax,
        @Digits(integer = 3, fraction = 2) Optional<BigDecimal> digits,
        @Size(min = 2, max = 5) Optional<String> size,
        @NotBlank Optional<String> notBlank,
        @NotEmpty Optional<String> notEmpty,
        @Pattern(regexp = "^[a-z]+$") Optional<String> pattern,
        @Email Optional<String> email) {}
