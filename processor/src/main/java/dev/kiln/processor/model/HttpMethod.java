package dev.kiln.processor.model;

/** The HTTP methods Kiln has an annotation for, in the order the annotations are documented. */
public enum HttpMethod {
    GET("dev.kiln.Get"),
    POST("dev.kiln.Post"),
    PUT("dev.kiln.Put"),
    PATCH("dev.kiln.Patch"),
    DELETE("dev.kiln.Delete"),
    HEAD("dev.kiln.Head"),
    OPTIONS("dev.kiln.Options"),
    /** A WebSocket handshake ({@code @WebSocketRoute}): a GET upgraded, not in the OpenAPI document. */
    WEBSOCKET("dev.kiln.WebSocketRoute");

    private final String annotationName;

    HttpMethod(String annotationName) {
        this.annotationName = annotationName;
    }

    /** The qualified name of the annotation that declares an operation of this method. */
    public String annotationName() {
        return annotationName;
    }

    /** The method of a verb annotation's qualified name, or {@code null} when it is not one. */
    public static HttpMethod ofAnnotation(String qualifiedName) {
        for (HttpMethod method : values()) {
            if (method.annotationName.equals(qualifiedName)) {
                return method;
            }
        }
        return null;
    }
}
