package dev.kiln.it;

import dev.kiln.App;
import dev.kiln.testing.TestClient;

/**
 * Starts an app made of the it-test app and the second app ({@code src/second-app}, compiled apart
 * into {@code target/second-app-classes}), whose module reaches this app only.
 */
final class SecondApp {
    private SecondApp() {}

    static TestClient start(App app) {
        return CompiledApart.with("second-app", () -> TestClient.start(app));
    }
}
