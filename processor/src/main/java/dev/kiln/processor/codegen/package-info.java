/**
 * One generator per kind of file, JavaPoet only. {@link dev.kiln.processor.codegen.GeneratedFiles} is the
 * one place that adds {@code @Generated}, originating elements, the Javadoc link back to user code and
 * the file style, and writes through the Filer.
 */
package dev.kiln.processor.codegen;
