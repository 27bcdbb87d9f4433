/**
 * Reads annotated elements into the {@code model}, each fact once: annotation mirrors are read by
 * qualified name ({@link dev.kiln.processor.read.KilnNames}), never as classes, so the processor does
 * not depend on kiln-runtime or Jackson. Types are read as Jackson sees them
 * ({@link dev.kiln.processor.read.TypeShapeReader}, with {@code JacksonProperties} for a class's
 * properties and names and {@code EnumValues} for an enum's {@code @JsonValue} values), constraints by
 * {@link dev.kiln.processor.read.ConstraintReader}, Javadoc by {@link dev.kiln.processor.read.Javadoc}.
 * Reading never reports: what cannot be bound or honoured is recorded in the model for the validators.
 */
package dev.kiln.processor.read;
