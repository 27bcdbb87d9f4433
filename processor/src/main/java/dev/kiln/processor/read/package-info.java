/**
 * Reads annotated elements into the {@code model}: annotation mirrors are read by qualified name
 * ({@link dev.kiln.processor.read.KilnNames}), never as classes, so the processor does not depend on
 * kiln-runtime. Reading never reports: what cannot be bound is recorded in the model for the
 * validators.
 */
package dev.kiln.processor.read;
