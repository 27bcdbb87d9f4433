package dev.kiln.runtime.testapp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.HttpException;
import dev.kiln.Response;
import dev.kiln.runtime.AppContext;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.WorkerPool;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Field;
import dev.kiln.runtime.bind.Loc;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.Json;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Written by hand the way the processor writes a route class (see docs/internals.md). */
@SuppressWarnings("unchecked")
public final class Items_Routes {
    private static final Responder READ = Responder.json(200, Json.writerFor(Item.class));
    private static final Responder CREATE = Responder.json(201, Json.writerFor(Item.class));
    private static final Responder DELETE = Responder.empty(204);
    private static final Responder TEXT = Responder.text(200, "text/plain");
    private static final Responder STRING = Responder.json(200, Json.writerFor(String.class));
    private static final Responder MAP =
            Responder.json(200, Json.writerFor(new TypeReference<Map<String, Object>>() {}));
    private static final Responder RESPONSE = Responder.response(200, "application/json", Json.writerFor(Item.class));
    private static final Responder FILE =
            Responder.response(200, "application/octet-stream", Json.writerFor(Object.class));

    private static final Binder<ItemIn> ITEM_IN = Binders.record(
            "ItemIn",
            v -> new ItemIn((String) v[0], (Integer) v[1], (List<String>) v[2], (Optional<String>) v[3]),
            Field.required("name", Binders.STRING),
            Field.required("price", Binders.INT),
            Field.withDefault("tags", Binders.list(Binders.STRING), List.of()),
            Field.optional("note", Binders.STRING));

    private final WorkerPool defaultPool;
    private final WorkerPool reportsPool;
    private final WorkerPool bulkheadPool;
    private final io.vertx.core.Vertx vertx;
    private final java.util.function.Function<? super dev.kiln.Request, ? extends String> greeting;

    public Items_Routes(AppContext app) {
        this.defaultPool = app.workerPool("default");
        this.reportsPool = app.workerPool("reports");
        this.bulkheadPool = app.workerPool("bulkhead");
        this.vertx = app.vertx();
        this.greeting = app.override("java.lang.String");
    }

    public List<Route> routes() {
        return List.of(
                new Route(HttpMethod.GET, "/items/{itemId}", "Items.read", Dispatch.eventLoop(), 0, false, this::read),
                new Route(HttpMethod.POST, "/items", "Items.create", Dispatch.worker("default"), 1, true, this::create),
                new Route(
                        HttpMethod.DELETE,
                        "/items/{itemId}",
                        "Items.delete",
                        Dispatch.worker("reports"),
                        1,
                        false,
                        this::delete),
                new Route(
                        HttpMethod.GET,
                        "/items/special",
                        "Items.special",
                        Dispatch.eventLoop(),
                        0,
                        false,
                        this::special),
                new Route(HttpMethod.GET, "/text", "Items.text", Dispatch.eventLoop(), 0, false, this::text),
                new Route(
                        HttpMethod.GET,
                        "/response",
                        "Items.response",
                        Dispatch.worker("default"),
                        1,
                        false,
                        this::response),
                new Route(
                        HttpMethod.GET,
                        "/user-headers",
                        "Items.userHeaders",
                        Dispatch.eventLoop(),
                        0,
                        false,
                        this::userHeaders),
                new Route(
                        HttpMethod.GET, "/search/{page}", "Items.search", Dispatch.eventLoop(), 0, false, this::search),
                new Route(
                        HttpMethod.GET,
                        "/unauthorized",
                        "Items.unauthorized",
                        Dispatch.worker("default"),
                        1,
                        false,
                        this::unauthorized),
                new Route(HttpMethod.GET, "/boom", "Items.boom", Dispatch.worker("default"), 1, false, this::boom),
                new Route(
                        HttpMethod.GET, "/boom-loop", "Items.boomLoop", Dispatch.eventLoop(), 0, false, this::boomLoop),
                new Route(HttpMethod.GET, "/teapot", "Items.teapot", Dispatch.eventLoop(), 0, false, this::teapot),
                new Route(
                        HttpMethod.GET,
                        "/threads/loop",
                        "Items.loopThread",
                        Dispatch.eventLoop(),
                        0,
                        false,
                        this::loopThread),
                new Route(
                        HttpMethod.GET,
                        "/threads/default",
                        "Items.defaultThread",
                        Dispatch.worker("default"),
                        1,
                        false,
                        this::defaultThread),
                new Route(
                        HttpMethod.GET,
                        "/threads/reports",
                        "Items.reportsThread",
                        Dispatch.worker("reports"),
                        1,
                        false,
                        this::reportsThread),
                new Route(
                        HttpMethod.GET,
                        "/threads/after-worker",
                        "Items.afterWorker",
                        Dispatch.worker("reports"),
                        1,
                        false,
                        this::afterWorker),
                new Route(HttpMethod.GET, "/slow", "Items.slow", Dispatch.worker("default"), 1, false, this::slow),
                new Route(HttpMethod.GET, "/burger", "Items.burger", Dispatch.eventLoop(), 0, false, this::burger),
                new Route(HttpMethod.GET, "/file", "Items.file", Dispatch.worker("default"), 1, false, this::file),
                new Route(HttpMethod.HEAD, "/head", "Items.head", Dispatch.eventLoop(), 0, false, this::head),
                new Route(HttpMethod.GET, "/cookie", "Items.cookie", Dispatch.eventLoop(), 0, false, this::cookie),
                new Route(
                        HttpMethod.GET, "/greeting", "Items.greeting", Dispatch.eventLoop(), 0, false, this::greeting),
                new Route(HttpMethod.GET, "/after", "Items.after", Dispatch.worker("default"), 1, false, this::after),
                new Route(HttpMethod.POST, "/echo", "Items.echo", Dispatch.eventLoop(), 0, true, this::echo),
                new Route(HttpMethod.GET, "/block", "Items.block", Dispatch.worker("bulkhead"), 1, false, this::block),
                new Route(
                        HttpMethod.GET,
                        "/work/{millis}",
                        "Items.work",
                        Dispatch.worker("default"),
                        1,
                        false,
                        this::work),
                new Route(
                        HttpMethod.POST,
                        "/items-worker",
                        "Items.createOnWorker",
                        Dispatch.worker("default"),
                        1,
                        true,
                        this::create));
    }

    /** {@code GET /items/{itemId}}: event loop, returns Future. */
    private void read(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        Integer itemId = Params.required(ex.pathParam(0), Binders.INT, Loc.path("itemId"), errors);
        Optional<String> q = Params.optional(ex.query("q"), Binders.STRING, Loc.query("q"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // event loop: returns Future
        ex.reply(READ, ex.async(() -> Future.succeededFuture(new Item(itemId, q.orElse("Foo"), 10, List.of()))));
    }

    private void special(Exchange ex) {
        ex.reply(READ, ex.call(() -> new Item(0, "special", 0, List.of())));
    }

    /** {@code POST /items}: worker[default]: returns a plain value. */
    private void create(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        JsonNode json = Params.json(ex.body(), errors);
        ItemIn body = Params.body(json, ITEM_IN, true, errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(CREATE, ex.onWorker(defaultPool, () -> new Item(1, body.name(), body.price(), body.tags())));
    }

    /** {@code DELETE /items/{itemId}}: worker[reports]. */
    private void delete(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        java.util.UUID itemId = Params.required(ex.pathParam(0), Binders.UUID_, Loc.path("itemId"), errors);
        List<String> tag = Params.list(ex.queryAll("tag"), Binders.STRING, Loc.query("tag"), errors);
        Integer limit = Params.orDefault(ex.query("limit"), Binders.INT, Loc.query("limit"), errors, 10);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(DELETE, ex.onWorker(reportsPool, () -> {
            return null;
        }));
    }

    private void text(Exchange ex) {
        ex.reply(TEXT, ex.call(() -> "hello, world"));
    }

    private void response(Exchange ex) {
        dev.kiln.ResponseHeaders headers = ex.responseHeaders();
        ex.reply(RESPONSE, ex.onWorker(defaultPool, () -> {
            headers.header("X-From-Parameter", "yes");
            return Response.status(201)
                    .header("Location", "/items/7")
                    .header("X-Twice", "a")
                    .header("X-Twice", "b")
                    .cookie("session", "abc")
                    .body(new Item(7, "seven", 7, List.of()));
        }));
    }

    private void userHeaders(Exchange ex) {
        dev.kiln.ResponseHeaders headers = ex.responseHeaders();
        ex.reply(STRING, ex.call(() -> {
            headers.status(202)
                    .header("X-Custom", "v")
                    .cookie("flavour", "choc")
                    .deleteCookie("old");
            return "accepted";
        }));
    }

    /** Several parameters, to collect several errors at once. */
    private void search(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        Integer page = Params.required(ex.pathParam(0), Binders.INT, Loc.path("page"), errors);
        Integer size = Params.required(ex.query("size"), Binders.INT, Loc.query("size"), errors);
        Boolean exact = Params.orDefault(ex.query("exact"), Binders.BOOLEAN, Loc.query("exact"), errors, false);
        List<Integer> ids = Params.list(ex.queryAll("id"), Binders.INT, Loc.query("id"), errors);
        String token = Params.required(ex.header("x-token"), Binders.STRING, Loc.header("x-token"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(MAP, ex.call(() -> Map.of("page", page, "size", size, "exact", exact, "ids", ids, "token", token)));
    }

    private void unauthorized(Exchange ex) {
        ex.reply(STRING, ex.onWorker(defaultPool, () -> {
            throw new HttpException(401, "Not authenticated", Map.of("WWW-Authenticate", "Bearer"));
        }));
    }

    private void boom(Exchange ex) {
        ex.reply(STRING, ex.onWorker(defaultPool, () -> {
            throw new IllegalStateException("secret database password is hunter2");
        }));
    }

    private void boomLoop(Exchange ex) {
        throw new IllegalStateException("secret thrown by the endpoint itself");
    }

    private void teapot(Exchange ex) {
        ex.reply(STRING, ex.call(() -> {
            throw new TeapotException("short and stout");
        }));
    }

    private void loopThread(Exchange ex) {
        ex.reply(
                STRING,
                ex.async(() -> Future.succeededFuture(Thread.currentThread().getName())));
    }

    private void defaultThread(Exchange ex) {
        ex.reply(STRING, ex.onWorker(defaultPool, () -> Thread.currentThread().getName()));
    }

    private void reportsThread(Exchange ex) {
        ex.reply(STRING, ex.onWorker(reportsPool, () -> Thread.currentThread().getName()));
    }

    /** What runs after a worker hop (the next step of a plan) is back on the event loop. */
    private void afterWorker(Exchange ex) {
        ex.reply(
                STRING,
                ex.onWorker(reportsPool, () -> Thread.currentThread().getName())
                        .compose(worker -> ex.onWorker(
                                defaultPool,
                                () -> worker + " " + Thread.currentThread().getName()))
                        .map(workers -> workers + " " + Thread.currentThread().getName()));
    }

    private void slow(Exchange ex) {
        ex.reply(STRING, ex.onWorker(defaultPool, () -> {
            Probe.slowStarted.countDown();
            Thread.sleep(Probe.slowMillis);
            return "done";
        }));
    }

    /** Event loop: waits 200 ms on a Vert.x timer, never blocking the loop. */
    private void burger(Exchange ex) {
        ex.reply(STRING, ex.async(() -> {
            int now = Probe.burgersNow.incrementAndGet();
            Probe.burgersPeak.accumulateAndGet(now, Math::max);
            Promise<String> ready = Promise.promise();
            vertx.setTimer(200, t -> {
                Probe.burgersNow.decrementAndGet();
                ready.complete("burger");
            });
            return ready.future();
        }));
    }

    private void file(Exchange ex) {
        ex.reply(FILE, ex.onWorker(defaultPool, () -> Response.file(Probe.file)));
    }

    private void head(Exchange ex) {
        ex.reply(READ, ex.call(() -> new Item(1, "head", 1, List.of())));
    }

    private void cookie(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        String session = Params.required(ex.cookie("session"), Binders.STRING, Loc.cookie("session"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(STRING, ex.call(() -> session));
    }

    private void greeting(Exchange ex) {
        ex.reply(STRING, ex.call(() -> greeting == null ? "no override" : greeting.apply(ex.request())));
    }

    /** Two request-scoped "resources", cleaned up after the response, newest first. */
    private void after(Exchange ex) {
        ex.afterResponse(() -> Probe.afterResponse.add("first opened, closed last"));
        ex.afterResponse(() -> {
            Probe.afterResponse.add("second opened, closed first");
            throw new IllegalStateException("a failing cleanup does not stop the others");
        });
        ex.reply(STRING, ex.onWorker(defaultPool, () -> {
            Probe.afterResponse.add("operation");
            return "ok";
        }));
    }

    private void echo(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        JsonNode json = Params.json(ex.body(), errors);
        JsonNode body = Params.body(json, Binders.JSON_NODE, false, errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(Responder.json(200, Json.writerFor(JsonNode.class)), ex.call(() -> body));
    }

    /** Worker[bulkhead]: holds its thread until the test releases it. */
    private void block(Exchange ex) {
        ex.reply(STRING, ex.onWorker(bulkheadPool, () -> {
            Probe.blockStarted.incrementAndGet();
            if (!Probe.blockRelease.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return "released";
        }));
    }

    /** Worker[default]: works (sleeps) for {@code millis}. */
    private void work(Exchange ex) {
        ValidationErrors errors = new ValidationErrors();
        Integer millis = Params.required(ex.pathParam(0), Binders.INT, Loc.path("millis"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        ex.reply(STRING, ex.onWorker(defaultPool, () -> {
            Probe.working.incrementAndGet();
            Thread.sleep(millis);
            return "worked " + millis;
        }));
    }
}
