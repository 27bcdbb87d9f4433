package dev.kiln;

/** The entry point: {@code Kiln.app().title("Todo API").version("1.0.0").run(args)}. */
public final class Kiln {
    private Kiln() {}

    /**
     * A new app made of every generated route module on the class path (found with
     * {@link java.util.ServiceLoader}, so an app split over several jars works).
     */
    public static App app() {
        return new App();
    }
}
