/**
 * The immutable model of a compilation's HTTP API: route classes, operations, parameters, path
 * templates and type shapes. No Messager, no Filer; every node keeps its {@code Element} (and
 * annotation mirror where relevant) so later stages can point diagnostics at user code.
 *
 * <p>This is also what the OpenAPI stage reads: after validation, each clean
 * {@link dev.kiln.processor.model.RouteClass} lists its {@link dev.kiln.processor.model.Operation}s with
 * their parameters (source, wire name, presence, shape with its {@code TypeMirror}), return shape,
 * status, tags, summary, description, operationId and deprecation.
 */
package dev.kiln.processor.model;
