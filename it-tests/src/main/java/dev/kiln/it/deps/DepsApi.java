package dev.kiln.it.deps;

import dev.kiln.Blocking;
import dev.kiln.Depends;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Named;
import dev.kiln.Query;
import dev.kiln.Router;
import dev.kiln.it.deps.Values.Config;
import dev.kiln.it.deps.Values.Connection;
import dev.kiln.it.deps.Values.Counter;
import dev.kiln.it.deps.Values.CounterUser;
import dev.kiln.it.deps.Values.Doomed;
import dev.kiln.it.deps.Values.Flaky;
import dev.kiln.it.deps.Values.Greeting;
import dev.kiln.it.deps.Values.Repo;
import dev.kiln.it.deps.Values.Store;
import dev.kiln.it.deps.Values.User;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/** Operations that use dependencies; the class itself is built from singletons. */
@Router(prefix = "/deps")
public final class DepsApi {
    private final Store store;
    private final Config config;

    public DepsApi(Store store, Config config) {
        this.store = store;
        this.config = config;
    }

    /** The key assertion: an async provider, then blocking providers and the operation on one worker. */
    @Get("/threads")
    public Map<String, String> threads(Repo repo, Connection connection, User user) {
        return Map.of(
                "connection",
                connection.madeOn(),
                "repo",
                repo.madeOn(),
                "operation",
                Thread.currentThread().getName(),
                "user",
                user.name(),
                "db",
                connection.user());
    }

    @Get("/me")
    public Future<User> me(User user) {
        return Future.succeededFuture(user);
    }

    @Get("/greeting")
    public Greeting greeting(Greeting greeting) {
        return greeting;
    }

    /** Two uses share the request's counter (also through a sub-dependency); {@code cached = false} makes a fresh one. */
    @Get("/counters")
    public Future<Map<String, Integer>> counters(
            Counter a, Counter b, CounterUser user, @Depends(cached = false) Counter fresh) {
        return Future.succeededFuture(
                Map.of("a", a.id(), "b", b.id(), "sub", user.counter().id(), "fresh", fresh.id()));
    }

    @Get("/startup")
    public Map<String, Object> startup(@Named("motto") String motto) {
        return Map.of("events", Events.startup(), "store", store.name(), "config", config.name(), "motto", motto);
    }

    /** Cleanup tracing: First (event loop), Second (worker), Third (AutoCloseable), Flaky (cleanup throws). */
    @Get("/cleanup")
    public String cleanup(Flaky flaky) {
        return "ok";
    }

    /**
     * Settle tracing: {@code mode=ok} answers the events seen so far (no settle step ran yet),
     * {@code fail} throws a 409, {@code commit-fails} makes the transaction's commit throw.
     */
    @Get("/tx")
    public List<String> tx(Values.Tx tx, @Query String mode) {
        switch (mode) {
            case "fail" -> throw new HttpException(409, "Conflict");
            case "commit-fails" -> tx.failTheCommit();
            default -> {}
        }
        return Events.run(tx.run());
    }

    /** Holds one of two permits (a connection of a pool of two) for a moment; see {@code Deps.permit}. */
    @Get("/scarce")
    @Blocking(pool = "scarce")
    public String scarce(Values.Permit permit) throws InterruptedException {
        Thread.sleep(5);
        return permit.heldBy();
    }

    @Get("/doomed")
    public String doomed(Doomed doomed) {
        return "never";
    }

    @Get("/pools")
    public Map<String, String> pools(Values.PoolThread provider) {
        return Map.of(
                "provider", provider.name(), "operation", Thread.currentThread().getName());
    }

    @Get("/items/{itemId}")
    public Future<Values.ItemRef> item(Values.ItemRef ref) {
        return Future.succeededFuture(ref);
    }

    @Get("/events/{run}")
    public Future<List<String>> events(String run) {
        return Future.succeededFuture(Events.run(run));
    }
}
