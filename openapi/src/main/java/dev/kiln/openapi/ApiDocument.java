package dev.kiln.openapi;

import java.util.List;
import java.util.Objects;

/**
 * Everything one compilation documents: its operations and the named schemas they refer to.
 *
 * @param info       the {@code info} block
 * @param operations the operations, in any order (the document is sorted)
 * @param components the components referred to by the operations' schemas, in any order
 */
public record ApiDocument(ApiInfo info, List<ApiOperation> operations, List<ApiComponent> components) {
    /** Checks and freezes the fields. */
    public ApiDocument {
        info = info == null ? ApiInfo.DEFAULT : info;
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        components = List.copyOf(components == null ? List.of() : components);
    }

    /** A document with the default info. */
    public ApiDocument(List<ApiOperation> operations, List<ApiComponent> components) {
        this(ApiInfo.DEFAULT, operations, components);
    }
}
