package dev.kiln.samples.service;

import dev.kiln.Default;
import dev.kiln.Secret;
import dev.kiln.Settings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The service's settings, read at startup from {@code APP_*} environment variables (then the system
 * properties {@code app.*}, then a {@code .env} file in the working directory, then these defaults).
 *
 * @param databaseUrl    {@code APP_DATABASE_URL}: a JDBC URL, or FastAPI/SQLAlchemy's
 *                       {@code postgresql://user:password@host:port/database}; by default an H2 file under the
 *                       working directory ({@code jdbc:h2:mem:name} keeps it in memory)
 * @param poolSize       {@code APP_POOL_SIZE}: the database connections, and the threads of the {@code db}
 *                       worker pool that uses them
 * @param jwtSecret      {@code APP_JWT_SECRET}: the HS256 key of the access tokens, at least 32 bytes; without
 *                       it a random key is made at startup (tokens then die with the process)
 * @param tokenMinutes   {@code APP_TOKEN_MINUTES}: how long an access token is valid
 * @param uploadDir      {@code APP_UPLOAD_DIR}: where attachments are stored
 * @param maxUploadBytes {@code APP_MAX_UPLOAD_BYTES}: the largest attachment; larger ones answer 413
 * @param adminUsername  {@code APP_ADMIN_USERNAME}: the account that, once signed up, may ask for the
 *                       {@code admin} scope
 * @param faultInjection {@code APP_FAULT_INJECTION}: lets an admin make transactions fail for a while
 *                       ({@code POST /admin/faults}, for the soak); off by default
 */
@Settings(prefix = "APP_")
public record ServiceSettings(
        @Default("jdbc:h2:./data/kiln-service") String databaseUrl,
        @Default("10") @Min(1) @Max(200) int poolSize,
        @Secret @Size(min = 32) Optional<String> jwtSecret,
        @Default("30") @Min(1) int tokenMinutes,
        @Default("data/uploads") String uploadDir,
        @Default("10485760") @Min(1) long maxUploadBytes,
        Optional<String> adminUsername,
        @Default("false") boolean faultInjection) {

    /** Hides the secret: a record's own {@code toString()} prints every component. */
    @Override
    public String toString() {
        return "ServiceSettings[databaseUrl=" + JdbcUrl.withoutPassword(databaseUrl) + ", poolSize=" + poolSize
                + ", jwtSecret=" + (jwtSecret.isPresent() ? "***" : "(random)") + ", tokenMinutes=" + tokenMinutes
                + ", uploadDir=" + uploadDir + ", maxUploadBytes=" + maxUploadBytes + ", adminUsername="
                + adminUsername.orElse("(none)") + ", faultInjection=" + faultInjection + "]";
    }
}
