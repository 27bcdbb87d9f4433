package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @Default("...")} as written; {@link DefaultLiterals} parses it for the shape it belongs to.
 *
 * @param text       the default as it would appear on the wire
 * @param annotation the {@code @Default} annotation, for diagnostics
 * @param value      its {@code value}, for diagnostics
 */
public record DefaultValue(String text, AnnotationMirror annotation, AnnotationValue value) {}
