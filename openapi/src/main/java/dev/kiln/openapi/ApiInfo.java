package dev.kiln.openapi;

import java.util.Objects;

/**
 * The document's {@code info}; the runtime replaces it with the app's title and version at startup.
 *
 * @param title       the API title
 * @param version     the API version
 * @param description a description, or {@code null}
 */
public record ApiInfo(String title, String version, String description) {
    /** What a document says before the app names itself, like FastAPI's defaults. */
    public static final ApiInfo DEFAULT = new ApiInfo("Kiln", "0.1.0", null);

    /** Checks the fields. */
    public ApiInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
    }
}
