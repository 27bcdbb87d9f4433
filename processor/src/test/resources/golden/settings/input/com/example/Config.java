package com.example;

import dev.kiln.Default;
import dev.kiln.Secret;
import dev.kiln.Settings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The app's settings. */
@Settings(prefix = "app_")
public record Config(
        @NotBlank String databaseUrl,
        @Default("5") @Min(1) @Max(50) int poolSize,
        Optional<String> sentryDSN,
        @Nullable String region,
        @Default("INFO") Level logLevel,
        @Size(max = 3) List<String> allowedHosts,
        Set<Integer> ports,
        @Default("2024-01-01") LocalDate since,
        @Default("0.5") BigDecimal sampleRate,
        @Secret String signingSeed,
        Optional<String> apiKey,
        @Default("false") boolean debug) {
    public enum Level {
        DEBUG,
        INFO
    }

    /** Settings of the mailer, without a prefix. */
    @Settings
    public record Mail(@Default("localhost") String smtpHost, @Default("25") int smtpPort) {}
}
