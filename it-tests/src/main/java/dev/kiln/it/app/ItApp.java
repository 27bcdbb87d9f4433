package dev.kiln.it.app;

import dev.kiln.Kiln;

/** The it-test app as a program: {@code java dev.kiln.it.app.ItApp --port 0}. */
public final class ItApp {
    private ItApp() {}

    public static void main(String[] args) {
        Kiln.app()
                .title("Kiln it-tests")
                .version("1.0.0")
                .workerPool("reports", 2)
                .run(args);
    }
}
