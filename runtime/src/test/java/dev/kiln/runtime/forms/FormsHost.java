package dev.kiln.runtime.forms;

import dev.kiln.App;
import dev.kiln.testing.TestClient;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Starts apps that host {@link FormsModule} only, and looks at their upload directories. */
public final class FormsHost {
    private static final String SERVICES = "META-INF/services/dev.kiln.runtime.RouteModule";

    /** A class loader like the tests' own, except that the only route module it lists is {@link FormsModule}. */
    static final ClassLoader ONLY_FORMS = new ClassLoader(FormsHost.class.getClassLoader()) {
        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(SERVICES)) {
                URL forms = getParent().getResource("forms/dev.kiln.runtime.RouteModule");
                return Collections.enumeration(List.of(forms));
            }
            return super.getResources(name);
        }
    };

    private FormsHost() {}

    /** {@link TestClient#start(App)} with {@link FormsModule} as the app's one module. */
    static TestClient start(App app) {
        return withFormsModule(() -> TestClient.start(app));
    }

    /** Runs {@code start} (which starts an app) with {@link #ONLY_FORMS} as the thread's context class loader. */
    public static <T> T withFormsModule(Callable<T> start) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ONLY_FORMS);
        try {
            return start.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The files in a directory. */
    public static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** Waits until a file shows up in the directory (an upload under way); fails after 5 s. */
    static void awaitAFile(Path directory) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (files(directory).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no temporary file was created in " + directory);
            }
            Thread.sleep(10);
        }
    }

    /** Waits until the directory is empty (files are deleted off the event loop after each response); its files if not. */
    public static List<Path> awaitEmpty(Path directory, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<Path> left = files(directory);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left = files(directory);
        }
        return left;
    }
}
