package dev.kiln.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The findings of one check, collected instead of thrown, so that every problem of a compilation
 * is reported at once. Validators return one; {@link Diagnostics} prints them. Each message says what
 * is wrong; the fix is the catalogue's ({@link DiagnosticId#fix()}) unless a more specific one is given.
 */
public final class Report {
    private final List<Problem> problems = new ArrayList<>();

    /** Records an error on {@code element}. */
    public Report error(DiagnosticId id, Element element, String message) {
        return error(id, element, null, null, message, null);
    }

    /** Records an error on an annotation of {@code element}. */
    public Report error(DiagnosticId id, Element element, AnnotationMirror annotation, String message) {
        return error(id, element, annotation, null, message, null);
    }

    /** Records an error on one value of an annotation of {@code element}. */
    public Report error(
            DiagnosticId id, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        return error(id, element, annotation, value, message, null);
    }

    /**
     * Records an error with a fix for this case instead of the catalogue's (one that names the variable
     * to add, the provider to change).
     *
     * @param annotation the annotation on {@code element} it points at, or {@code null}
     * @param value      the annotation value it points at, or {@code null}
     */
    public Report error(
            DiagnosticId id,
            Element element,
            AnnotationMirror annotation,
            AnnotationValue value,
            String message,
            String fix) {
        return add(Severity.ERROR, id, element, annotation, value, message, fix);
    }

    /**
     * Records a warning: printed, but code is still generated (for checks that can be wrong, such as
     * a guess that a call blocks). {@code @SuppressWarnings("kiln:Id")} silences it.
     */
    public Report warning(DiagnosticId id, Element element, AnnotationMirror annotation, String message) {
        return add(Severity.WARNING, id, element, annotation, null, message, null);
    }

    private Report add(
            Severity severity,
            DiagnosticId id,
            Element element,
            AnnotationMirror annotation,
            AnnotationValue value,
            String message,
            String fix) {
        if (id.severity() != severity) {
            throw new IllegalArgumentException(id + " is catalogued as " + id.severity() + ", not " + severity);
        }
        problems.add(new Problem(severity, id, message, fix, element, annotation, value));
        return this;
    }

    /** Adds every finding of {@code other}. */
    public Report addAll(Report other) {
        problems.addAll(other.problems);
        return this;
    }

    /** Whether there is no error (warnings do not count). */
    public boolean isClean() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The findings in the order they were made. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
