package dev.kiln.it.third;

import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.Settings;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The third app's settings: {@code SHOP_DATABASE_URL} is required (the tests give it as the system property
 * {@code shop.database-url}), the others have defaults or may be absent; {@code apiToken} is a secret by its
 * name.
 */
@Settings(prefix = "SHOP_")
public record ShopSettings(
        String databaseUrl,
        @Default("5") @Min(1) int poolSize,
        Optional<String> sentryDsn,
        List<String> allowedHosts,
        @Size(min = 8) Optional<String> apiToken) {

    /** What the app was started with (the token only as whether it is set). */
    @Get("/third/settings")
    public static Map<String, Object> read(ShopSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("databaseUrl", settings.databaseUrl());
        values.put("poolSize", settings.poolSize());
        values.put("sentryDsn", settings.sentryDsn().orElse(null));
        values.put("allowedHosts", settings.allowedHosts());
        values.put("apiToken", settings.apiToken().isPresent());
        return values;
    }
}
