package dev.kiln.it;

import dev.kiln.App;
import dev.kiln.testing.TestClient;
import java.util.function.Supplier;

/**
 * Starts an app made of the it-test app and the third app ({@code src/third-app}, compiled apart into
 * {@code target/third-app-classes}): a handler for every validation failure, settings, startup hooks.
 * Its one required setting, {@code SHOP_DATABASE_URL}, is given as the system property
 * {@code shop.database-url} while it starts, unless a test set it.
 */
final class ThirdApp {
    static final String DATABASE_URL = "shop.database-url";

    private ThirdApp() {}

    static TestClient start(App app) {
        return with(() -> TestClient.start(app));
    }

    /** Runs {@code start} where the third app's module is seen, with its required setting. */
    static <T> T with(Supplier<T> start) {
        boolean given = System.getProperty(DATABASE_URL) != null;
        if (!given) {
            System.setProperty(DATABASE_URL, "postgres://db.test/shop");
        }
        try {
            return CompiledApart.with("third-app", start);
        } finally {
            if (!given) {
                System.clearProperty(DATABASE_URL);
            }
        }
    }
}
