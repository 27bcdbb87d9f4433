package dev.kiln.samples.hello;

import dev.kiln.Kiln;

/** Runs the sample: {@code mvn -q -pl samples/hello -am exec:java} (see the README). */
public final class HelloApp {
    private HelloApp() {}

    public static void main(String[] args) {
        Kiln.app().title("Hello Kiln").version("1.0.0").run(args);
    }
}
