package dev.kiln.it.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A realistic body: required and optional members, a nested record, a list of records, a map. */
public record Signup(
        @Size(min = 2, max = 20) String name,
        @Email String email,
        @PositiveOrZero @Max(150) int age,
        @NotNull @ValidationApi.Nullable String referrer,
        Optional<@Size(max = 10) String> nickname,
        Address address,
        @Size(max = 2) List<Address> previous,
        Map<String, @Size(max = 3) String> labels) {

    /** A nested record: validated as part of its parent ({@code @Valid} implied). */
    public record Address(
            @NotBlank String street,
            @Pattern(regexp = "\\d{5}") String zip) {}
}
