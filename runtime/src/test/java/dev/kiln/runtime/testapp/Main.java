package dev.kiln.runtime.testapp;

import dev.kiln.Kiln;

/** Runs the test app (its generated module) as an app, for trying {@code App.run} by hand: {@code --port 0 --instances 2}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Kiln.app().title("Smoke").run(args);
    }
}
