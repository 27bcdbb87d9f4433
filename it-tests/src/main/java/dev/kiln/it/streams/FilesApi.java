package dev.kiln.it.streams;

import dev.kiln.Get;
import dev.kiln.Response;
import dev.kiln.Router;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/** Bytes, a stream of bytes, a file and a download. */
@Router(prefix = "/files", tags = "files")
public final class FilesApi {
    /** The file the operations serve: 100 bytes, {@code 0123456789} ten times. */
    public static final Path DOCUMENT = document();

    private static Path document() {
        try {
            Path file = Files.createTempFile("kiln-it-document", ".txt");
            Files.writeString(file, "0123456789".repeat(10), StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // its media type is also the operation's, so the document says it
    @Get(value = "/bytes", produces = "image/png")
    public Response<?> bytes() {
        return Response.bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
    }

    /** A CSV made of many chunks, streamed with back-pressure. */
    @Get("/csv")
    public Response<?> csv(Vertx vertx) {
        var rows = IntStream.rangeClosed(1, 1000)
                .mapToObj(n -> Buffer.buffer(n + "," + (n * n) + "\n"))
                .iterator();
        return Response.status(200).header("X-Rows", "1000").stream(new Ticker<>(vertx, rows, 0, null), "text/csv");
    }

    /** The document streamed from Vert.x's own file stream, an {@code AsyncFile}. */
    @Get("/async-file")
    public io.vertx.core.Future<Response<?>> asyncFile(Vertx vertx) {
        return vertx.fileSystem()
                .open(DOCUMENT.toString(), new OpenOptions().setRead(true))
                .map(file -> Response.stream(file, "text/plain"));
    }

    @Get("/file")
    public Response<Void> file() {
        return Response.file(DOCUMENT);
    }

    @Get("/download")
    public Response<Void> download() {
        return Response.download(DOCUMENT, "résumé 2024.txt");
    }

    /** A file answer built with another status is sent as it is: no ranges, no 304. */
    @Get("/accepted")
    public Response<Void> accepted() {
        return Response.status(202).header("Cache-Control", "no-store").file(DOCUMENT);
    }
}
