package dev.kiln.it;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The apps compiled apart from the it-test app ({@code src/second-app}, {@code src/third-app}, each into
 * {@code target/<name>-classes}): the host finds route modules with the thread's context class loader, so a
 * loader that also sees an app's classes adds its module to the app started under it only.
 */
final class CompiledApart {
    private CompiledApart() {}

    /** Where the app {@code name} ({@code second-app}) was compiled to. */
    static Path classes(String name) {
        Path classes = Path.of(System.getProperty("kiln." + name + ".classes", "target/" + name + "-classes"));
        if (!Files.isRegularFile(classes.resolve("META-INF/services/dev.kiln.runtime.RouteModule"))) {
            throw new IllegalStateException("the " + name + " is not compiled into " + classes);
        }
        return classes;
    }

    /** Runs {@code start} with a context class loader that also sees the app {@code name}. */
    static <T> T with(String name, Supplier<T> start) {
        URL url;
        try {
            url = classes(name).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        // Not closed: the app loads classes from it while it runs; it goes with the test JVM.
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, CompiledApart.class.getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return start.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
