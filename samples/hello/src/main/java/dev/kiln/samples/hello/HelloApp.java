package dev.kiln.samples.hello;

import dev.kiln.Kiln;

/**
 * Runs the sample: {@code mvn -q -pl samples/hello -am exec:java} (see the README). Health endpoints,
 * Prometheus metrics and an access log are on; {@code KILN_SHUTDOWN_DELAY} (or {@code --shutdown-delay})
 * sets how long it keeps serving after SIGTERM (docs/deploying.md).
 */
public final class HelloApp {
    private HelloApp() {}

    public static void main(String[] args) {
        Kiln.app()
                .title("Hello Kiln")
                .version("1.0.0")
                .health()
                .metrics()
                .accessLog(true)
                .run(args);
    }
}
