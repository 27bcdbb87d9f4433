package dev.kiln.it.app;

import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Head;
import dev.kiln.Options;
import dev.kiln.Patch;
import dev.kiln.Post;
import dev.kiln.Response;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Every return shape: JSON, text, empty, Response, redirects and files. */
@Router(prefix = "/responses")
public final class ResponsesApi {

    @Get("/json")
    public Map<String, String> json() {
        return Map.of("message", "Hello, World!");
    }

    @Get("/list")
    public List<Models.Tag> list() {
        return List.of(new Models.Tag("a", 1), new Models.Tag("b", 2));
    }

    @Get(value = "/plaintext", produces = "text/plain")
    public String plaintext() {
        return "Hello, World!";
    }

    @Get(value = "/html", produces = "text/html")
    public Future<String> html() {
        return Future.succeededFuture("<h1>Hello</h1>");
    }

    /** A String with the default media type is a JSON string. */
    @Get("/string")
    public String jsonString() {
        return "quoted";
    }

    @Delete("/things/{id}")
    public void delete(int id) {}

    @Patch(value = "/accepted", status = 202)
    public void accepted() {}

    /** A status declared on a void operation is the status, 200 included; there is no body. */
    @Post(value = "/acknowledged", status = 200)
    public void acknowledged() {}

    @Get("/created")
    public Response<Models.Tag> created() {
        return Response.status(201)
                .header("Location", "/tags/new")
                .header("X-Multi", "1")
                .header("X-Multi", "2")
                .cookie("flavour", "oat")
                .body(new Models.Tag("new", 7));
    }

    @Get("/redirect")
    public Response<Void> redirect() {
        return Response.redirect("/responses/json");
    }

    @Get("/file")
    public Response<Void> file() throws Exception {
        Path file = Files.createTempFile("kiln-it", ".txt");
        Files.writeString(file, "file contents\n");
        file.toFile().deleteOnExit();
        return Response.file(file);
    }

    @Get("/stage")
    public CompletionStage<Map<String, String>> stage() {
        return CompletableFuture.supplyAsync(() -> Map.of("from", "stage"));
    }

    @Head("/head")
    public void head() {}

    @Options("/options")
    public Response<Void> options() {
        return Response.status(200).header("Allow", "GET, OPTIONS").build();
    }
}
