package dev.kiln.openapi;

import java.util.Objects;

/**
 * A named schema (a record, POJO or enum) with its schema on each side of the wire it is used on.
 * {@link OpenApiBuilder} names it {@code name} when the two sides agree or only one is used, and
 * {@code name-Input} / {@code name-Output} when they differ, as FastAPI does; when two components
 * share a {@code name}, each is written under its {@code qualifiedName} instead.
 *
 * @param id            a stable unique key, e.g. the canonical Java type {@code com.example.Page<com.example.Item>}
 * @param name          the preferred component name, e.g. {@code Page_Item_}
 * @param qualifiedName the name used when {@code name} is taken by another component, e.g.
 *                      {@code com__example__Page_com__example__Item_}
 * @param input         the schema on the request side, or {@code null} if unused there
 * @param output        the schema on the response side, or {@code null} if unused there
 */
public record ApiComponent(String id, String name, String qualifiedName, ApiSchema input, ApiSchema output) {
    /** Checks the fields. */
    public ApiComponent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        if (input == null && output == null) {
            throw new IllegalArgumentException("component " + id + " is used on neither side");
        }
    }

    /** The schema for {@code mode}, or {@code null} when the component is not used on that side. */
    public ApiSchema schema(SchemaMode mode) {
        return mode == SchemaMode.INPUT ? input : output;
    }
}
