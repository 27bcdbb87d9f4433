package dev.kiln.runtime.impl;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app's upload directory and the temporary files in it: names them, deletes each one after its
 * request (off the event loop, counted as in flight so a graceful shutdown waits for it), and deletes
 * whatever is left once Vert.x has closed, so no file outlives the app it was uploaded to.
 */
final class UploadStore {
    private static final System.Logger LOG = System.getLogger("dev.kiln");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** A new file, written only: it never existed before (a name taken by someone else fails, never shares). */
    private static final OpenOptions NEW_FILE = POSIX
            ? new OpenOptions().setCreateNew(true).setRead(false).setWrite(true).setPerms("rw-------")
            : new OpenOptions().setCreateNew(true).setRead(false).setWrite(true);

    private final Path directory;
    private final Vertx vertx;
    private final InFlight inFlight;
    /** Apps sharing a directory never pick one name: each has its own random prefix. */
    private final String prefix;

    private final AtomicLong counter = new AtomicLong();
    /** Files created and not yet known to be deleted. */
    private final Set<Path> live = ConcurrentHashMap.newKeySet();

    private UploadStore(Path directory, Vertx vertx, InFlight inFlight) {
        this.directory = directory;
        this.vertx = vertx;
        this.inFlight = inFlight;
        this.prefix = "upload-" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
    }

    /** Creates the directory when missing (owner-only where the file system has permissions) and checks it can be written. */
    static UploadStore open(Path directory, Vertx vertx, InFlight inFlight) throws IOException {
        if (!Files.isDirectory(directory)) {
            if (POSIX) {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        }
        if (!Files.isWritable(directory)) {
            throw new AccessDeniedException(
                    directory.toString(), null, "the upload directory cannot be written (App.uploadDirectory)");
        }
        return new UploadStore(directory, vertx, inFlight);
    }

    Path directory() {
        return directory;
    }

    /** A new file name in the directory, remembered until {@link #delete} succeeds. */
    Path newFile() {
        Path file = directory.resolve(prefix + "-" + counter.incrementAndGet());
        live.add(file);
        return file;
    }

    /**
     * Opens a new file for writing, off the event loop. A directory removed while the app runs (a
     * temporary-files cleaner) is made again, once.
     */
    Future<AsyncFile> openNew(Path file) {
        FileSystem fs = vertx.fileSystem();
        return fs.open(file.toString(), NEW_FILE).recover(error -> {
            if (!gone(error)) {
                return Future.failedFuture(error);
            }
            Future<Void> made = POSIX ? fs.mkdirs(directory.toString(), "rwx------") : fs.mkdirs(directory.toString());
            return made.compose(v -> fs.open(file.toString(), NEW_FILE));
        });
    }

    /** Deletes a file off the event loop; a file already gone (moved by the operation) is fine. */
    void delete(Path file) {
        inFlight.begin();
        vertx.fileSystem().delete(file.toString()).onComplete(done -> {
            try {
                if (done.succeeded() || gone(done.cause())) {
                    live.remove(file);
                } else {
                    LOG.log(
                            Level.WARNING,
                            "Could not delete the upload " + file + " (retried at shutdown)",
                            done.cause());
                }
            } finally {
                inFlight.end();
            }
        });
    }

    private static boolean gone(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }

    /** Deletes every file still there; called once Vert.x has closed (nothing writes any more). */
    void deleteAll() {
        for (Path file : List.copyOf(live)) {
            try {
                Files.deleteIfExists(file);
                live.remove(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the upload " + file, e);
            }
        }
    }
}
