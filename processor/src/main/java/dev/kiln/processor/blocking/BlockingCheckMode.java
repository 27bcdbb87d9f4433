package dev.kiln.processor.blocking;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/** What {@code -Akiln.blockingCheck} asks for: a blocking call on the event loop is an error, a warning, or unchecked. */
enum BlockingCheckMode {
    ERROR(Diagnostic.Kind.ERROR),
    WARN(Diagnostic.Kind.WARNING),
    OFF(null);

    private final Diagnostic.Kind kind;

    BlockingCheckMode(Diagnostic.Kind kind) {
        this.kind = kind;
    }

    /** The kind of diagnostic a blocking call is reported as; {@code null} for {@link #OFF}. */
    Diagnostic.Kind kind() {
        return kind;
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
