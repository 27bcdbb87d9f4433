package dev.kiln.runtime.impl;

import dev.kiln.runtime.Dispatch;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;

/**
 * {@code App.staticFiles} and {@code App.staticResources}: one folder served under a URL prefix by the
 * host, as Starlette's {@code StaticFiles}, through {@link FileAnswer} (content types, {@code ETag},
 * {@code 304}, {@code Range}, {@code HEAD}).
 *
 * <p>Never a file outside the folder: the rest of the path after the prefix is refused ({@code 404},
 * the host's answer for an unknown path) when it holds a backslash, an encoded slash, backslash or NUL
 * ({@code %2f %5c %00}), or, once percent-decoded, a {@code .} or {@code ..} segment or an empty one
 * ({@code a//b}, a trailing slash); what is left is resolved under the folder, must stay under it,
 * and must still be under it once every symbolic link is followed ({@code toRealPath}). A folder
 * itself is {@code 404} too: there is no listing and no {@code index.html} (Starlette's
 * {@code html=True} mode is not offered).
 *
 * <p>A file on disk is looked up on the event loop (a few {@code stat} calls, as Vert.x's own
 * {@code sendFile} opens its file there) and sent by the kernel. What a lookup found is kept for a
 * second (nginx's {@code open_file_cache} with {@code open_file_cache_valid 1s}; vertx-web's
 * {@code StaticHandler} keeps file properties for 30 s): a file changed or removed is seen at most a
 * second late, and a path that was refused or missing is looked up again every time. A resource inside
 * a jar is read on a worker of the default pool, whole, per request.
 */
final class StaticFolder {
    /** How long a file found on disk is served without looking again. */
    private static final long FRESH_NANOS = 1_000_000_000L;
    /** The most files remembered; past it the memory starts again from nothing. */
    private static final int REMEMBERED = 10_000;

    /** A file found on disk, its type, and when it was looked up. */
    private record Found(FileAnswer.OnDisk file, CharSequence type, long lookedUp) {}

    private final Map<String, Found> found = new ConcurrentHashMap<>();

    /** The folder's real path, for {@code staticFiles}; {@code null} for {@code staticResources}. */
    private final Path root;
    /** The class path folder, {@code "static/"}, for {@code staticResources}; {@code null} otherwise. */
    private final String resources;

    private final ClassLoader loader;

    private StaticFolder(Path root, String resources, ClassLoader loader) {
        this.root = root;
        this.resources = resources;
        this.loader = loader;
    }

    /** Serves every mount the app declares, each under its prefix. Fails when a folder is missing. */
    static void addRoutes(AppSettings settings, ClassLoader loader, BuiltInRoutes routes) throws IOException {
        for (AppSettings.StaticMount mount : settings.staticMounts()) {
            StaticFolder folder;
            if (mount.directory() != null) {
                if (!Files.isDirectory(mount.directory())) {
                    throw new IllegalArgumentException("staticFiles(\"" + mount.prefix() + "\", ...): no directory at "
                            + mount.directory().toAbsolutePath());
                }
                folder = new StaticFolder(mount.directory().toRealPath(), null, loader);
            } else {
                folder = new StaticFolder(null, mount.classpathFolder(), loader);
            }
            routes.mount(mount.prefix(), "static", ex -> folder.handle((HttpExchange) ex));
        }
    }

    private void handle(HttpExchange ex) {
        String relative = relativePath(ex.pathParam(0));
        if (relative == null) {
            ex.host.failures().notFound(ex);
            return;
        }
        if (root != null) {
            Found file = lookUp(relative);
            if (file == null) {
                ex.host.failures().notFound(ex);
            } else {
                FileAnswer.send(ex, 200, file.type(), file.file(), null, null);
            }
            return;
        }
        VertxWorkerPool pool = (VertxWorkerPool) ex.host.workerPool(Dispatch.DEFAULT_POOL);
        UserCode.always(ex, pool, () -> resource(relative))
                .onComplete(found -> ex.onContext(() -> {
                    if (found.failed()) {
                        ex.fail(found.cause());
                    } else if (found.result() == null) {
                        ex.host.failures().notFound(ex);
                    } else {
                        FileAnswer.send(ex, 200, contentType(relative), found.result(), null, null);
                    }
                }));
    }

    /** The file {@code relative} names under the folder, remembered for a second; {@code null} when none. */
    private Found lookUp(String relative) {
        long now = System.nanoTime();
        Found known = found.get(relative);
        if (known != null && now - known.lookedUp() < FRESH_NANOS) {
            return known;
        }
        FileAnswer.OnDisk file = onDisk(root, root.resolve(relative));
        if (file == null) {
            found.remove(relative);
            return null;
        }
        Found fresh = new Found(file, contentType(relative), now);
        if (found.size() >= REMEMBERED) {
            found.clear();
        }
        found.put(relative, fresh);
        return fresh;
    }

    private static CharSequence contentType(String relative) {
        return FileAnswer.contentType(relative.substring(relative.lastIndexOf('/') + 1), false);
    }

    /**
     * The path under the folder that the rest of a request path names, decoded, or {@code null} when it
     * is refused (see the class comment); {@code raw} is as sent, still percent-encoded.
     */
    static String relativePath(String raw) {
        if (raw == null || raw.isEmpty() || raw.indexOf('\\') >= 0) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return null;
        }
        String decoded = PathRouter.decode(raw);
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return decoded;
    }

    /**
     * The regular, readable file at {@code candidate} if it and its real path (symbolic links followed)
     * are under {@code folder} (itself a real path), else {@code null}.
     */
    private static FileAnswer.OnDisk onDisk(Path folder, Path candidate) {
        try {
            Path normal = candidate.normalize();
            if (!normal.startsWith(folder)) {
                return null;
            }
            Path real = normal.toRealPath();
            if (!real.startsWith(folder) || !Files.isReadable(real)) {
                return null;
            }
            return FileAnswer.OnDisk.of(real);
        } catch (IOException | RuntimeException e) {
            // Missing, a folder, unreadable, or a name the file system refuses: not found either way.
            return null;
        }
    }

    /** On a worker: the resource {@code relative} under the class path folder, or {@code null}. */
    private FileAnswer.Content resource(String relative) throws IOException {
        URL url = loader.getResource(resources + relative);
        if (url == null) {
            return null;
        }
        switch (url.getProtocol()) {
            case "file" -> {
                Path file;
                try {
                    file = Path.of(url.toURI());
                } catch (URISyntaxException | RuntimeException e) {
                    return null;
                }
                // The folder this class path entry holds the resource in: as many levels up as it has segments.
                Path folder = file;
                for (int i = relative.split("/").length; i > 0 && folder != null; i--) {
                    folder = folder.getParent();
                }
                if (folder == null) {
                    return null;
                }
                try {
                    return onDisk(folder.toRealPath(), file);
                } catch (IOException e) {
                    return null;
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                JarEntry entry = connection.getJarEntry();
                if (entry == null || entry.isDirectory()) {
                    return null;
                }
                try (InputStream in = connection.getInputStream()) {
                    return FileAnswer.InMemory.of(in.readAllBytes(), Math.max(0, entry.getTime()));
                }
            }
            default -> {
                URLConnection connection = url.openConnection();
                try (InputStream in = connection.getInputStream()) {
                    return FileAnswer.InMemory.of(in.readAllBytes(), Math.max(0, connection.getLastModified()));
                }
            }
        }
    }
}
