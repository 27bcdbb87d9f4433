package dev.kiln.bench.kiln;

import dev.kiln.Kiln;

/**
 * The Kiln benchmark server: the normal app entry. run.sh passes {@code --port} and
 * {@code --instances 1} (one event loop, like every peer).
 */
public final class BenchApp {
    private BenchApp() {
    }

    public static void main(String[] args) {
        Kiln.app().title("Kiln benchmark").version("1.0.0").run(args);
    }
}
