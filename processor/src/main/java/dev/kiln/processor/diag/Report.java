package dev.kiln.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The findings of one check, collected instead of thrown, so that every problem of a compilation
 * is reported at once. Validators return one; {@link Diagnostics} prints them.
 */
public final class Report {
    private final List<Problem> problems = new ArrayList<>();

    /** Records an error on {@code element}. */
    public Report error(DiagnosticId id, Element element, String message) {
        return error(id, element, null, null, message);
    }

    /** Records an error on an annotation of {@code element}. */
    public Report error(DiagnosticId id, Element element, AnnotationMirror annotation, String message) {
        return error(id, element, annotation, null, message);
    }

    /** Records an error on one value of an annotation of {@code element}. */
    public Report error(
            DiagnosticId id, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, id, message, element, annotation, value));
        return this;
    }

    /**
     * Records a warning: printed, but code is still generated (for checks that can be wrong, such as
     * a guess that a call blocks).
     */
    public Report warning(DiagnosticId id, Element element, AnnotationMirror annotation, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, id, message, element, annotation, null));
        return this;
    }

    /** Adds every finding of {@code other}. */
    public Report addAll(Report other) {
        problems.addAll(other.problems);
        return this;
    }

    /** Whether there is no error (warnings do not count). */
    public boolean isClean() {
        return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The findings in the order they were made. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
