package dev.kiln.processor.model;

/** The types the runtime hands to an operation as they are. */
public enum Injected {
    REQUEST("dev.kiln.Request"),
    HTTP_SERVER_REQUEST("io.vertx.core.http.HttpServerRequest"),
    VERTX("io.vertx.core.Vertx"),
    RESPONSE_HEADERS("dev.kiln.ResponseHeaders"),
    BACKGROUND_TASKS("dev.kiln.BackgroundTasks"),
    WEB_SOCKET("dev.kiln.WebSocket"),
    ROOMS("dev.kiln.Rooms"),
    /** Not taken from the exchange: the scopes required where it is handed over, worked out at compile time. */
    SECURITY_SCOPES("dev.kiln.security.SecurityScopes");

    private final String className;

    Injected(String className) {
        this.className = className;
    }

    public String className() {
        return className;
    }

    /** The injected kind of a qualified class name, or {@code null}. */
    public static Injected ofClassName(String qualifiedName) {
        for (Injected injected : values()) {
            if (injected.className.equals(qualifiedName)) {
                return injected;
            }
        }
        return null;
    }
}
