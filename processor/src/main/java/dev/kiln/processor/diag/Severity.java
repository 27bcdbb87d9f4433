package dev.kiln.processor.diag;

import javax.tools.Diagnostic;

/** How bad a finding is: an error stops code generation for the element's class; a warning or note does not. */
public enum Severity {
    ERROR(Diagnostic.Kind.ERROR),
    WARNING(Diagnostic.Kind.WARNING),
    NOTE(Diagnostic.Kind.NOTE);

    private final Diagnostic.Kind kind;

    Severity(Diagnostic.Kind kind) {
        this.kind = kind;
    }

    /** The kind javac prints it as. */
    public Diagnostic.Kind kind() {
        return kind;
    }
}
