package com.example.suppressed;

import dev.kiln.Get;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Quiet {
    private final Path path = Path.of("small.txt");

    /** The author knows: the file is tiny and cached by the OS. */
    @Get("/method")
    @SuppressWarnings("kiln:blocking")
    public Future<String> suppressedMethod() throws Exception {
        return Future.succeededFuture(Files.readString(path));
    }

    /** Another value in the same annotation does not silence the check. */
    @Get("/other-warning")
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Future<String> otherWarning() throws Exception {
        return Future.succeededFuture(Files.readString(path)); // reported
    }

    /** Suppressed on the helper: the check does not follow calls into it... */
    @Get("/helper")
    public Future<String> throughQuietHelper() throws Exception {
        String cached = quietHelper();
        Thread.sleep(1); // still reported: it is in this method's own body
        return Future.succeededFuture(cached);
    }

    @SuppressWarnings("kiln:blocking")
    private String quietHelper() throws Exception {
        return Files.readString(path);
    }

    /** The id works as well as the older "kiln:blocking". */
    @Get("/by-id")
    @SuppressWarnings("kiln:BlockingCallOnEventLoop")
    public Future<String> suppressedById() throws Exception {
        return Future.succeededFuture(Files.readString(path));
    }

    @SuppressWarnings("kiln:BlockingCallOnEventLoop")
    public static final class QuietClass {
        @Get("/class")
        public Future<String> suppressedByItsClass() throws Exception {
            Thread.sleep(1);
            return Future.succeededFuture("quiet");
        }
    }

    /** A nested class is checked like a top-level one; its own suppression would be its own. */
    public static final class Loud {
        @Get("/nested")
        public Future<String> shout() throws Exception {
            Thread.sleep(2); // nested
            return Future.succeededFuture("LOUD");
        }
    }
}
