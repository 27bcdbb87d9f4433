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
import java.util.List;
import java.util.Optional;

/** The constraints of {@link Constrained} on list elements (type-use annotations). */
public record ConstrainedLists(
        Optional<List<@Min(1) Integer>> min,
        Optional<List<@Max(10) Integer>> max,
        Optional<List<@Positive Integer>> positive,
        Optional<List<@PositiveOrZero Long>> positiveOrZero,
        Optional<List<@Negative Integer>> negative,
        Optional<List<@NegativeOrZero Integer>> negativeOrZero,
        Optional<List<@DecimalMin(value = "0.5", inclusive = false) Double>> decimalMin,
        Optional<List<@DecimalMax("99.5") BigDecimal>> decimalMax,
        Optional<List<@Digits(integer = 3, fraction = 2) BigDecimal>> digits,
        Optional<List<@Size(min = 2, max = 5) String>> size,
        Optional<List<@NotBlank String>> notBlank,
        Optional<List<@NotEmpty String>> notEmpty,
        Optional<List<@Pattern(regexp = "^[a-z]+$") String>> pattern,
        Optional<List<@Email String>> email) {}
