package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One {@code @Scopes} annotation: on an operation, a {@code @Router} class or a parameter.
 *
 * @param scopes     the scopes it requires, in order
 * @param element    what it is written on
 * @param annotation the annotation, for diagnostics
 */
public record ScopeUse(List<String> scopes, Element element, AnnotationMirror annotation) {
    public ScopeUse {
        scopes = List.copyOf(scopes);
    }
}
