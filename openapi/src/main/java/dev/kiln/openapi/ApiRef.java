package dev.kiln.openapi;

import java.util.Objects;

/**
 * A reference from a schema to a named component, by the component's {@link ApiComponent#id() id}
 * and the side of the wire it is used on. The final component name ({@code Item},
 * {@code Item-Input}, {@code Page_Item_}) is chosen by {@link OpenApiBuilder} once all uses are known.
 *
 * @param componentId the id of the referenced component
 * @param mode        which of the component's two schemas is meant
 */
public record ApiRef(String componentId, SchemaMode mode) {
    /** Checks the fields. */
    public ApiRef {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(mode, "mode");
    }
}
