package com.example.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record Address(@NotBlank String street, @Pattern(regexp = "\\d{5}") String zip) {
}
