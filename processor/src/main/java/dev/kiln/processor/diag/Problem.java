package dev.kiln.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One compile-time finding: a stable id, the text the user reads, and where it points.
 *
 * @param severity   an error stops code generation for the element's class; a warning does not
 * @param id         the stable message id, written as {@code [kiln/Id]}
 * @param message    what is wrong here, without the id
 * @param fix        how to fix it here, or {@code null} for the catalogue's fix ({@link DiagnosticId#fix()})
 * @param element    the element the message points at
 * @param annotation the annotation on {@code element} it points at, or {@code null}
 * @param value      the annotation value it points at, or {@code null}
 */
public record Problem(
        Severity severity,
        DiagnosticId id,
        String message,
        String fix,
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
    }

    /** The text javac prints: {@code [kiln/DuplicateRoute] GET /items is declared twice. ...}. */
    public String text() {
        return id.format(message, fix);
    }
}
