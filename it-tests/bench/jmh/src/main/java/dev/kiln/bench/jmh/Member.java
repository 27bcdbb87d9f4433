package dev.kiln.bench.jmh;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The JMH body: ten members, a constraint on every one but {@code active}. */
public record Member(
        @Size(min = 2, max = 20) String name,
        @Email String email,
        @Min(0) @Max(150) int age,
        @DecimalMin("0") @DecimalMax("100") double score,
        @Pattern(regexp = "\\d{5}") String zip,
        @Size(max = 5) List<@Size(max = 10) String> tags,
        boolean active,
        @Digits(integer = 6, fraction = 2) BigDecimal balance,
        @NotBlank String nickname,
        @Positive long level) {}
