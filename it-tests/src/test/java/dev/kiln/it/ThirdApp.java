package dev.kiln.it;

import dev.kiln.App;
import dev.kiln.testing.TestClient;

/**
 * Starts an app made of the it-test app and the third app ({@code src/third-app}, compiled apart into
 * {@code target/third-app-classes}): a handler for every validation failure, settings, startup hooks.
 */
final class ThirdApp {
    private ThirdApp() {}

    static TestClient start(App app) {
        return CompiledApart.with("third-app", () -> TestClient.start(app));
    }
}
