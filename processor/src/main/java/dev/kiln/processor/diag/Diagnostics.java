package dev.kiln.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The only user of {@link Messager}: prints Kiln's findings on their elements, each as
 * {@code [kiln/Id] what is wrong. How to fix it.} ({@link DiagnosticId#format}), and leaves out the
 * warnings that {@code @SuppressWarnings("kiln:Id")} silences ({@link Suppression}).
 */
public final class Diagnostics {
    private final Messager messager;
    private boolean reportedErrors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Prints every finding of {@code report}: errors as javac errors, warnings as warnings. */
    public void print(Report report) {
        for (Problem problem : report.problems()) {
            if (Suppression.isSuppressed(problem.element(), problem.id())) {
                continue;
            }
            messager.printMessage(
                    problem.severity().kind(),
                    problem.text(),
                    positioned(problem.element()),
                    problem.annotation(),
                    problem.value());
            reportedErrors |= problem.severity() == Severity.ERROR;
        }
    }

    /**
     * Prints a finding at a place inside a method body (a call), which has no element of its own; with
     * a {@code null} tree, without a position. The caller has decided about suppression: the blocking
     * check, the one user, also stops following calls into a suppressed helper.
     *
     * @param severity the severity, which for {@link DiagnosticId#BlockingCallOnEventLoop} an option sets
     * @param fix      how to fix it here, or {@code null} for the catalogue's fix
     */
    public void print(
            Severity severity,
            DiagnosticId id,
            String message,
            String fix,
            Trees trees,
            Tree tree,
            CompilationUnitTree unit) {
        String text = id.format(message, fix);
        if (tree == null) {
            messager.printMessage(severity.kind(), text);
        } else {
            trees.printMessage(severity.kind(), text, tree, unit);
        }
        reportedErrors |= severity == Severity.ERROR;
    }

    /**
     * The element javac can point at: a record component has no source position of its own in
     * JDK 17's javac, so its field (declared at the same place) stands in for it.
     */
    private static Element positioned(Element element) {
        if (element.getKind() == ElementKind.RECORD_COMPONENT) {
            Element field = Suppression.field(element);
            return field == null ? element : field;
        }
        return element;
    }

    /** Reports a bug in Kiln: an exception that escaped, with its stack trace, on the element being processed. */
    public void internalError(Element element, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String text =
                DiagnosticId.InternalError.format("Kiln failed while processing this element.", null) + "\n" + trace;
        if (element == null) {
            messager.printMessage(Severity.ERROR.kind(), text);
        } else {
            messager.printMessage(Severity.ERROR.kind(), text, element);
        }
        reportedErrors = true;
    }

    /** Whether any error was printed so far in this compilation. */
    public boolean reportedErrors() {
        return reportedErrors;
    }
}
