package dev.kiln.it.third;

import dev.kiln.Kiln;

/** The third app (with the it-test app) as a program: {@code java dev.kiln.it.third.ThirdMain --port 0}. */
public final class ThirdMain {
    private ThirdMain() {}

    public static void main(String[] args) {
        Kiln.app().title("Kiln third app").instances(1).run(args);
    }
}
