package dev.kiln.bench.quarkus;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The benchmark endpoints in Quarkus REST. {@link NonBlocking} keeps every method on the I/O thread
 * (Quarkus REST otherwise runs methods with plain return types on a worker), like the Kiln app's
 * {@code @NonBlocking} operations and the Vert.x peers.
 */
@Path("/")
@NonBlocking
public class BenchResource {
    /** The body of {@code GET /json}. */
    public record Message(String message) {
    }

    /** The body of {@code GET /items/{id}}: the bound parameters echoed. */
    public record ItemEcho(int id, String q) {
    }

    /** The body of {@code POST /items}, validated by Hibernate Validator and echoed. */
    public record Item(@NotBlank String name,
                       @PositiveOrZero double price,
                       int quantity,
                       @NotNull List<String> tags,
                       boolean active,
                       @NotNull @Pattern(regexp = "^[A-Z]{3}-[0-9]{4}$") String sku) {
    }

    @GET
    @Path("plaintext")
    @Produces(MediaType.TEXT_PLAIN)
    public String plaintext() {
        return "Hello, World!";
    }

    @GET
    @Path("json")
    @Produces(MediaType.APPLICATION_JSON)
    public Message json() {
        return new Message("Hello, World!");
    }

    @GET
    @Path("items/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ItemEcho item(@PathParam("id") int id, @QueryParam("q") String q) {
        return new ItemEcho(id, q);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Item create(@Valid Item item) {
        return item;
    }
}
