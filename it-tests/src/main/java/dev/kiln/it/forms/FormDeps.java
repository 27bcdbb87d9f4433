package dev.kiln.it.forms;

import dev.kiln.Form;
import dev.kiln.Provides;

/** A provider that reads a form field: its operation's body is a form. */
public final class FormDeps {
    private FormDeps() {}

    /** Who sent the form. */
    public record Caller(String name) {}

    @Provides
    public static Caller caller(@Form("caller") String name) {
        return new Caller(name);
    }
}
