package dev.kiln.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/** The only user of {@link Messager}: prints Kiln's findings as javac errors on their elements. */
public final class Diagnostics {
    private final Messager messager;
    private boolean reportedErrors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Prints every finding of {@code report}: errors as javac errors, warnings as warnings. */
    public void print(Report report) {
        for (Problem problem : report.problems()) {
            boolean error = problem.severity() == Problem.Severity.ERROR;
            messager.printMessage(
                    error ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
                    problem.text(),
                    positioned(problem.element()),
                    problem.annotation(),
                    problem.value());
            reportedErrors |= error;
        }
    }

    /**
     * The element javac can point at: a record component has no source position of its own in
     * JDK 17's javac, so its field (declared at the same place) stands in for it.
     */
    private static Element positioned(Element element) {
        if (element.getKind() == ElementKind.RECORD_COMPONENT) {
            for (VariableElement field :
                    ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
                if (field.getSimpleName().contentEquals(element.getSimpleName())) {
                    return field;
                }
            }
        }
        return element;
    }

    /** Reports a bug in Kiln: an exception that escaped, with its stack trace, on the element being processed. */
    public void internalError(Element element, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String text = "[kiln/" + DiagnosticId.InternalError.name() + "] Kiln failed while processing this element. "
                + "This is a bug in Kiln; please report it with the trace below.\n" + trace;
        if (element == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        }
        reportedErrors = true;
    }

    /** Whether any error was printed so far in this compilation. */
    public boolean reportedErrors() {
        return reportedErrors;
    }
}
