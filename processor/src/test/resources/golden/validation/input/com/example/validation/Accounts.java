package com.example.validation;

import dev.kiln.Cookie;
import dev.kiln.Default;
import dev.kiln.Header;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Get;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

public final class Accounts {
    @Get("/accounts/{accountId}")
    public String read(@Min(1) @Max(10000000000L) long accountId,
                       @Size(min = 3, max = 50) @Pattern(regexp = "^[a-z]+$") Optional<String> q,
                       @Default("10") @Positive @Max(100) int limit,
                       @Size(max = 5) List<@Size(max = 10) String> tag,
                       @Header @NotBlank String xToken,
                       @Cookie @DecimalMax(value = "99.5", inclusive = false) BigDecimal budget) {
        return "ok";
    }

    @Post("/accounts")
    public String create(Signup signup) {
        return "ok";
    }

    @Post("/labels")
    public String label(Labelled labelled) {
        return "ok";
    }

    @Put("/accounts/{accountId}/tags")
    public String tags(@Min(0) int accountId, @NotEmpty List<@Size(min = 1, max = 20) String> tags) {
        return "ok";
    }
}
