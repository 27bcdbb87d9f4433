package dev.kiln.openapi;

import java.util.List;
import java.util.Objects;

/**
 * Everything one compilation documents: its operations and the named schemas they refer to.
 *
 * @param info       the {@code info} block
 * @param operations the operations, in any order (the document is sorted)
 * @param components the components referred to by the operations' schemas, in any order
 * @param validationError the body of every operation's 422 answer when the app replaces FastAPI's (an
 *                   exception handler for request validation failures that declares its body type), or
 *                   {@code null} for FastAPI's {@code HTTPValidationError}
 */
public record ApiDocument(
        ApiInfo info, List<ApiOperation> operations, List<ApiComponent> components, ApiSchema validationError) {
    /** Checks and freezes the fields. */
    public ApiDocument {
        info = info == null ? ApiInfo.DEFAULT : info;
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        components = List.copyOf(components == null ? List.of() : components);
    }

    /** A document whose 422 answers are FastAPI's. */
    public ApiDocument(ApiInfo info, List<ApiOperation> operations, List<ApiComponent> components) {
        this(info, operations, components, null);
    }

    /** A document with the default info. */
    public ApiDocument(List<ApiOperation> operations, List<ApiComponent> components) {
        this(ApiInfo.DEFAULT, operations, components);
    }

    /** This document with every 422 answer's body documented as {@code schema} instead of FastAPI's. */
    public ApiDocument withValidationError(ApiSchema schema) {
        return new ApiDocument(info, operations, components, schema);
    }
}
