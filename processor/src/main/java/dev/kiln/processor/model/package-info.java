/**
 * The immutable model of a compilation's HTTP API: route classes, operations, parameters, path
 * templates, and the shapes of the types they bind and answer. No Messager, no Filer; every node keeps
 * its {@code Element} (and annotation mirror where relevant) so later stages can point diagnostics at
 * user code.
 *
 * <p>Binding, the generated checks and the OpenAPI document are all written from it: a
 * {@link dev.kiln.processor.model.TypeShape} says how Kiln binds a type and, for what Jackson reads or
 * writes ({@code Opaque} views), what Jackson does; a {@link dev.kiln.processor.model.Member} has a
 * reading side and a writing side (names, aliases, inclusion); a
 * {@link dev.kiln.processor.model.JacksonUse} is a Jackson annotation Kiln does not honour.
 */
package dev.kiln.processor.model;
