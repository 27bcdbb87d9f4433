package dev.kiln.runtime.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Blocking;
import dev.kiln.Cookie;
import dev.kiln.Default;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Head;
import dev.kiln.Header;
import dev.kiln.HttpException;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Query;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import dev.kiln.Router;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The runtime tests' app, written as a user would. The runtime cannot run the processor (it is built
 * first), so what the processor generates from this package is checked in under
 * {@code src/test/generated} and compared with a fresh run by the processor's golden case
 * {@code runtime-testapp}: the runtime is tested with real generated code that cannot drift.
 * After a change here: {@code mvn -B -pl processor -am verify -Dkiln.golden.update=true}.
 */
@Router(tags = "items")
public final class Items {
    /**
     * Reads one item.
     *
     * @param itemId the id of the item
     * @param q      its name, {@code Foo} when absent
     */
    @Get(value = "/items/{itemId}", operationId = "read")
    public Future<Item> read(int itemId, Optional<String> q) {
        return Future.succeededFuture(new Item(itemId, q.orElse("Foo"), 10, List.of()));
    }

    /** A static segment wins over a variable one. */
    @Get("/items/special")
    @NonBlocking
    public Item special() {
        return new Item(0, "special", 0, List.of());
    }

    @Post(value = "/items", status = 201, operationId = "create")
    public Item create(ItemIn body) {
        return new Item(1, body.name(), body.price(), body.tags());
    }

    /** The same on a path of its own, for the fuzz test. */
    @Post(value = "/items-worker", status = 201)
    public Item createOnWorker(ItemIn body) {
        return create(body);
    }

    @Delete("/items/{itemId}")
    @Blocking(pool = "reports")
    public void delete(UUID itemId, List<String> tag, @Default("10") int limit) {}

    @Get(value = "/text", produces = "text/plain")
    @NonBlocking
    public String text() {
        return "hello, world";
    }

    @Get("/response")
    public Response<Item> response(ResponseHeaders headers) {
        headers.header("X-From-Parameter", "yes");
        return Response.status(201)
                .header("Location", "/items/7")
                .header("X-Twice", "a")
                .header("X-Twice", "b")
                .cookie("session", "abc")
                .body(new Item(7, "seven", 7, List.of()));
    }

    @Get("/user-headers")
    @NonBlocking
    public String userHeaders(ResponseHeaders headers) {
        headers.status(202).header("X-Custom", "v").cookie("flavour", "choc").deleteCookie("old");
        // header replaces every earlier value of its name, whatever the case; addHeader keeps them
        headers.addHeader("X-Replaced", "one").addHeader("X-Kept", "a").addHeader("x-replaced", "two");
        headers.header("x-REPLACED", "three").addHeader("x-kept", "b").addHeader("X-Replaced", "four");
        for (int i = 0; i < 10; i++) {
            headers.addHeader("X-Many", Integer.toString(i));
        }
        // replaces the host's default of that name
        headers.header("Content-Type", "application/vnd.kiln+json");
        return "accepted";
    }

    /** Several parameters, to collect several errors at once. */
    @Get("/search/{page}")
    @NonBlocking
    public Map<String, Object> search(
            int page, int size, @Default("false") boolean exact, List<Integer> id, @Header String xToken) {
        return Map.of("page", page, "size", size, "exact", exact, "ids", id, "token", xToken);
    }

    @Get("/unauthorized")
    public String unauthorized() {
        throw new HttpException(401, "Not authenticated", Map.of("WWW-Authenticate", "Bearer"));
    }

    @Get("/boom")
    public String boom() {
        throw new IllegalStateException("secret database password is hunter2");
    }

    /**
     * Fails before any user call: its query record's constructor throws while the generated code binds
     * the request, so the host's own catch answers.
     */
    @Get("/boom-loop")
    @NonBlocking
    public String boomLoop(@Query Trap trap) {
        return "never";
    }

    /** A query parameter record that cannot be made. */
    public record Trap(Optional<String> why) {
        public Trap {
            if (why != null) {
                throw new IllegalStateException("secret thrown while binding the request");
            }
        }
    }

    /** Answered by {@link Handlers#teapot}. */
    @Get("/teapot")
    @NonBlocking
    public String teapot() {
        throw new TeapotException("short and stout");
    }

    @Get("/threads/loop")
    public Future<String> loopThread() {
        return Future.succeededFuture(Thread.currentThread().getName());
    }

    @Get("/threads/default")
    public String defaultThread() {
        return Thread.currentThread().getName();
    }

    @Get("/threads/reports")
    @Blocking(pool = "reports")
    public String reportsThread() {
        return Thread.currentThread().getName();
    }

    /** A provider on the reports pool, one on the default pool, then this on the event loop: two hops. */
    @Get("/threads/after-worker")
    public Future<String> afterWorker(Providers.DefaultWorker workers) {
        return Future.succeededFuture(
                workers.names() + " " + Thread.currentThread().getName());
    }

    @Get("/slow")
    public String slow() throws InterruptedException {
        Probe.slowStarted.countDown();
        Thread.sleep(Probe.slowMillis);
        return "done";
    }

    /** Event loop: waits 200 ms on a Vert.x timer, never blocking the loop. */
    @Get("/burger")
    public Future<String> burger(Vertx vertx) {
        int now = Probe.burgersNow.incrementAndGet();
        Probe.burgersPeak.accumulateAndGet(now, Math::max);
        Promise<String> ready = Promise.promise();
        vertx.setTimer(200, t -> {
            Probe.burgersNow.decrementAndGet();
            ready.complete("burger");
        });
        return ready.future();
    }

    @Get("/file")
    public Response<?> file() {
        return Response.file(Probe.file);
    }

    @Head("/head")
    @NonBlocking
    public Item head() {
        return new Item(1, "head", 1, List.of());
    }

    @Get("/cookie")
    @NonBlocking
    public String cookie(@Cookie String session) {
        return session;
    }

    /** The greeting's provider says "no override"; tests override {@code String} on the app. */
    @Get("/greeting")
    @NonBlocking
    public String greeting(String greeting) {
        return greeting;
    }

    /** Two request-scoped resources, cleaned up after the response, newest first. */
    @Get("/after")
    public String after(Providers.First first, Providers.Second second) {
        Probe.afterResponse.add("operation");
        return "ok";
    }

    /**
     * Worker[bulkhead]: no body parameter (a body sent is read and dropped while it runs), a request-scoped
     * resource, and its thread held until the test releases it.
     */
    @Post("/held")
    @Blocking(pool = "bulkhead")
    public String held(Providers.First first) throws InterruptedException {
        String released = block();
        Probe.afterResponse.add("operation finished");
        return released;
    }

    @Post("/echo")
    @NonBlocking
    public JsonNode echo(JsonNode body) {
        return body;
    }

    /** Worker[bulkhead]: holds its thread until the test releases it. */
    @Get("/block")
    @Blocking(pool = "bulkhead")
    public String block() throws InterruptedException {
        Probe.blockStarted.incrementAndGet();
        if (!Probe.blockRelease.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return "released";
    }

    /** Worker[reports]: holds a thread of the reports pool until the test releases it, as {@code GET /block}. */
    @Get("/threads/reports/hold")
    @Blocking(pool = "reports")
    public String holdReports() throws InterruptedException {
        return block();
    }

    /** Works (sleeps) for {@code millis}. */
    @Get("/work/{millis}")
    public String work(int millis) throws InterruptedException {
        Probe.working.incrementAndGet();
        Thread.sleep(millis);
        return "worked " + millis;
    }
}
