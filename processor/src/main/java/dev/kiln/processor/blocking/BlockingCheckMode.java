package dev.kiln.processor.blocking;

import dev.kiln.processor.diag.Severity;
import java.util.Locale;
import java.util.Optional;

/** What {@code -Akiln.blockingCheck} asks for: a blocking call on the event loop is an error, a warning, or unchecked. */
enum BlockingCheckMode {
    ERROR(Severity.ERROR),
    WARN(Severity.WARNING),
    OFF(null);

    private final Severity severity;

    BlockingCheckMode(Severity severity) {
        this.severity = severity;
    }

    /** What a blocking call is reported as; {@code null} for {@link #OFF}. */
    Severity severity() {
        return severity;
    }

    /** Reads an option value: {@code error}, {@code warn} or {@code off}, any case; empty if it is none of them. */
    static Optional<BlockingCheckMode> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warn" -> Optional.of(WARN);
            case "off" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }
}
