package dev.kiln.it;

import dev.kiln.App;
import dev.kiln.testing.TestClient;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts an app made of the it-test app and the second app ({@code src/second-app}, compiled apart
 * into {@code target/second-app-classes}): the host finds route modules with the thread's context
 * class loader, so a loader that also sees the second app's classes adds its module to this app only.
 */
final class SecondApp {
    private SecondApp() {}

    static TestClient start(App app) {
        Path classes = Path.of(System.getProperty("kiln.second-app.classes", "target/second-app-classes"));
        if (!Files.isRegularFile(classes.resolve("META-INF/services/dev.kiln.runtime.RouteModule"))) {
            throw new IllegalStateException("the second app is not compiled into " + classes);
        }
        URL url;
        try {
            url = classes.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        // Not closed: the app loads classes from it while it runs; it goes with the test JVM.
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, SecondApp.class.getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return TestClient.start(app);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
