package com.example.validation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public record Signup(
        @Size(min = 2, max = 20) String name,
        @Email String email,
        @PositiveOrZero int age,
        @Digits(integer = 5, fraction = 2) @DecimalMin("0.01") BigDecimal deposit,
        @NegativeOrZero Optional<Integer> offset,
        Optional<@Size(max = 10) String> nickname,
        @NotNull @Nullable String referrer,
        Address address,
        @Size(max = 3) List<Address> previous,
        @Size(max = 4) Map<String, @Size(max = 8) String> labels) {
}
