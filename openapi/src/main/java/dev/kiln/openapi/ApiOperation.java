package dev.kiln.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One documented operation: an HTTP method on a path template. Build it with {@link #builder}.
 *
 * @param method      the HTTP method, upper case ({@code GET}, {@code POST}, ...)
 * @param path        the full path template, {@code /items/{itemId}}
 * @param name        the Java method name, FastAPI's endpoint name: it makes the default summary
 *                    ({@code readItem} → {@code Read Item}) and the default operationId
 * @param operationId an explicit operationId, or {@code null} for {@link #defaultOperationId}
 * @param summary     an explicit summary, or {@code null} for the one made from {@code name}
 * @param description a description, or {@code null}
 * @param tags        tags, in order
 * @param deprecated  whether the operation is deprecated
 * @param parameters  path, query, header and cookie parameters, in declaration order
 * @param requestBody the request body, or {@code null}
 * @param response    the successful response
 * @param extensions  {@code x-} extensions such as {@code x-kiln-dispatch}; written sorted by name
 * @param security    the schemes it needs, each with its scopes, in order
 */
public record ApiOperation(
        String method,
        String path,
        String name,
        String operationId,
        String summary,
        String description,
        List<String> tags,
        boolean deprecated,
        List<ApiParameter> parameters,
        ApiRequestBody requestBody,
        ApiResponse response,
        Map<String, Object> extensions,
        List<ApiSecurityRequirement> security) {

    /** The methods OpenAPI has a slot for, in the order a path item lists them. */
    public static final List<String> METHODS =
            List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");

    /** Checks and freezes the fields. */
    public ApiOperation {
        Objects.requireNonNull(method, "method");
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("not an OpenAPI method: " + method);
        }
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with '/': " + path);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(response, "response");
        tags = List.copyOf(tags == null ? List.of() : tags);
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
        Map<String, Object> sorted = new TreeMap<>(extensions == null ? Map.of() : extensions);
        for (String key : sorted.keySet()) {
            if (!key.startsWith("x-")) {
                throw new IllegalArgumentException("an extension name starts with 'x-': " + key);
            }
        }
        extensions = java.util.Collections.unmodifiableMap(sorted);
        security = List.copyOf(security == null ? List.of() : security);
    }

    /** Starts an operation; by default it answers 200 with JSON of unknown shape. */
    public static Builder builder(String method, String path, String name) {
        return new Builder(method, path, name);
    }

    /** The operationId written: the explicit one, or {@link #defaultOperationId}. */
    public String effectiveOperationId() {
        return operationId != null && !operationId.isEmpty() ? operationId : defaultOperationId(name, path, method);
    }

    /** The summary written: the explicit one, or {@code name} in words ({@code readItem} → {@code Read Item}). */
    public String effectiveSummary() {
        return summary != null && !summary.isEmpty() ? summary : Titles.fromName(name);
    }

    /**
     * FastAPI's generated id: the endpoint name, then the path with every non-word character
     * replaced by {@code _}, then {@code _} and the method in lower case:
     * {@code readItem}, {@code /items/{itemId}}, {@code GET} → {@code readItem_items__itemId__get}.
     * Unique as long as (method, path) is.
     */
    public static String defaultOperationId(String name, String path, String method) {
        String joined = (name + path).replaceAll("[^A-Za-z0-9_]", "_");
        return joined + "_" + method.toLowerCase(Locale.ROOT);
    }

    /** A builder, so call sites name what they set. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String name;
        private String operationId;
        private String summary;
        private String description;
        private final List<String> tags = new ArrayList<>();
        private boolean deprecated;
        private final List<ApiParameter> parameters = new ArrayList<>();
        private ApiRequestBody requestBody;
        private ApiResponse response = ApiResponse.json(200, null);
        private final Map<String, Object> extensions = new TreeMap<>();
        private final List<ApiSecurityRequirement> security = new ArrayList<>();

        private Builder(String method, String path, String name) {
            this.method = method;
            this.path = path;
            this.name = name;
        }

        /** An explicit operationId; {@code null} or empty keeps the default. */
        public Builder operationId(String value) {
            this.operationId = value;
            return this;
        }

        /** An explicit summary; {@code null} or empty keeps the default. */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** The description; {@code null} or empty for none. */
        public Builder description(String value) {
            this.description = value == null || value.isEmpty() ? null : value;
            return this;
        }

        /** Adds tags, keeping the first occurrence of each. */
        public Builder tags(List<String> values) {
            for (String tag : values) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            return this;
        }

        /** Marks the operation deprecated (or not). */
        public Builder deprecated(boolean value) {
            this.deprecated = value;
            return this;
        }

        /** Adds a parameter. */
        public Builder parameter(ApiParameter value) {
            parameters.add(value);
            return this;
        }

        /** Sets the request body. */
        public Builder requestBody(ApiRequestBody value) {
            this.requestBody = value;
            return this;
        }

        /** Sets the successful response. */
        public Builder response(ApiResponse value) {
            this.response = Objects.requireNonNull(value, "response");
            return this;
        }

        /** Adds an {@code x-} extension. */
        public Builder extension(String key, Object value) {
            extensions.put(key, value);
            return this;
        }

        /** Adds a security requirement. */
        public Builder security(ApiSecurityRequirement value) {
            security.add(value);
            return this;
        }

        /** The operation. */
        public ApiOperation build() {
            return new ApiOperation(
                    method,
                    path,
                    name,
                    operationId,
                    summary,
                    description,
                    tags,
                    deprecated,
                    parameters,
                    requestBody,
                    response,
                    extensions,
                    security);
        }
    }
}
