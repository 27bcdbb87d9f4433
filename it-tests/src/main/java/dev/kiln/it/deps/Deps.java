package dev.kiln.it.deps;

import dev.kiln.Blocking;
import dev.kiln.Header;
import dev.kiln.HttpException;
import dev.kiln.Named;
import dev.kiln.NonBlocking;
import dev.kiln.Provides;
import dev.kiln.Query;
import dev.kiln.Resource;
import dev.kiln.Scope;
import dev.kiln.it.deps.Values.Config;
import dev.kiln.it.deps.Values.Connection;
import dev.kiln.it.deps.Values.Counter;
import dev.kiln.it.deps.Values.CounterUser;
import dev.kiln.it.deps.Values.Doomed;
import dev.kiln.it.deps.Values.First;
import dev.kiln.it.deps.Values.Flaky;
import dev.kiln.it.deps.Values.Outer;
import dev.kiln.it.deps.Values.Repo;
import dev.kiln.it.deps.Values.Second;
import dev.kiln.it.deps.Values.Store;
import dev.kiln.it.deps.Values.Third;
import dev.kiln.it.deps.Values.Token;
import dev.kiln.it.deps.Values.Tx;
import dev.kiln.it.deps.Values.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The providers of the dependency test app. */
public final class Deps {
    private static final AtomicInteger COUNTERS = new AtomicInteger();

    private Deps() {}

    @Provides(scope = Scope.SINGLETON)
    public static Config config() {
        Events.startup("config");
        return new Config("main");
    }

    /** An async singleton: startup waits for it before the server listens. */
    @Provides(scope = Scope.SINGLETON)
    public static Future<Store> store(Vertx vertx, Config config) {
        Events.startup("store started");
        return vertx.timer(100).map(done -> {
            Events.startup("store made");
            return new Store(config);
        });
    }

    @Provides(scope = Scope.SINGLETON)
    @Named("motto")
    public static String motto() {
        return "made at startup";
    }

    /** Async, reads a header: a bad token ends the request with 401 and its header. */
    @Provides
    public static Future<User> currentUser(@Header String authorization) {
        if (!authorization.startsWith("Bearer ")) {
            throw new HttpException(401, "Not authenticated", Map.of("WWW-Authenticate", "Bearer"));
        }
        return Future.succeededFuture(new User(authorization.substring("Bearer ".length())));
    }

    @Provides
    public static Future<Counter> counter() {
        return Future.succeededFuture(new Counter(COUNTERS.incrementAndGet()));
    }

    @Provides
    @NonBlocking
    public static CounterUser counterUser(Counter counter) {
        return new CounterUser(counter);
    }

    /** Blocking, needs the async user and a singleton. */
    @Provides
    public static Resource<Connection> connection(Store store, User user) {
        Connection connection = new Connection(
                user.name() + "@" + store.name(), Thread.currentThread().getName());
        return Resource.of(connection, c -> {});
    }

    @Provides
    public static Repo repo(Connection connection) {
        return new Repo(connection, Thread.currentThread().getName());
    }

    /** A router dependency: a missing token is a 422, a wrong one a 403. */
    @Provides
    public static Token token(@Header("x-token") String token) {
        if (!token.equals("secret")) {
            throw new HttpException(403, "Bad token");
        }
        return new Token(token);
    }

    /** {@code itemId} is a path parameter of the operations whose path has {@code {itemId}}. */
    @Provides
    @NonBlocking
    public static Values.ItemRef itemRef(int itemId) {
        return new Values.ItemRef(itemId);
    }

    /** A provider in a named pool: its hop runs there, apart from the default-pool operation's. */
    @Provides
    @dev.kiln.Blocking(pool = "reports")
    public static Values.PoolThread poolThread() {
        return new Values.PoolThread(Thread.currentThread().getName());
    }

    // ------------------------------------------------------------------ cleanup tracing

    @Provides
    public static Future<Resource<First>> first(@Header("x-run") String run) {
        return Future.succeededFuture(Resource.of(new First(run), f -> Events.run(f.run(), "first closed")));
    }

    @Provides
    public static Resource<Second> second(First first) {
        return Resource.of(new Second(first.run()), s -> Events.run(s.run(), "second closed"));
    }

    @Provides
    public static Third third(Second second) {
        return new Third(second.run());
    }

    @Provides
    public static Resource<Flaky> flaky(Third third, @Header("x-run") String run) {
        return Resource.of(new Flaky(run), f -> {
            Events.run(f.run(), "flaky cleanup throws");
            throw new IllegalStateException("flaky cleanup");
        });
    }

    /** Fails after {@link First} was made: {@code mode=http} with a 409 and a header, else a crash. */
    @Provides
    public static Doomed doomed(First first, @Query String mode) {
        if (mode.equals("http")) {
            throw new HttpException(409, "Doomed", Map.of("X-Reason", "doomed"));
        }
        throw new IllegalStateException("doomed");
    }

    // ------------------------------------------------------------------ settle tracing

    /** Event loop: rolled back or committed after {@link #tx}, as the older resource. */
    @Provides
    public static Future<Resource<Outer>> outer(@Header("x-run") String run) {
        return Future.succeededFuture(Resource.of(new Outer(run), o -> Events.run(run, "outer closed"))
                .onSuccess(o -> Events.run(run, "outer committed"))
                .onFailure(o -> Events.run(run, "outer rolled back")));
    }

    /** Worker: a transaction whose commit fails when the operation called {@code failTheCommit()}. */
    @Provides
    public static Resource<Tx> tx(Outer outer) {
        String run = outer.run();
        return Resource.of(new Tx(run), t -> Events.run(run, "tx closed"))
                .onSuccess(t -> {
                    if (t.commitFails()) {
                        Events.run(run, "tx commit throws");
                        throw new IllegalStateException("commit failed");
                    }
                    Events.run(run, "tx committed");
                })
                .onFailure(t -> Events.run(run, "tx rolled back"));
    }

    // ------------------------------------------------------------------ a scarce resource

    @Provides(scope = Scope.SINGLETON)
    public static Values.Scarce scarce() {
        return new Values.Scarce(new java.util.concurrent.Semaphore(2));
    }

    /**
     * Takes one of the two permits on the {@code scarce} pool (as a connection is taken from a pool), and
     * gives it back in its cleanup: the pool's threads may all be waiting for a permit while the requests
     * that hold them wait to run their cleanups.
     */
    @Provides
    @Blocking(pool = "scarce")
    public static Resource<Values.Permit> permit(Values.Scarce scarce) throws InterruptedException {
        if (!scarce.permits().tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("no permit within 10 s: the cleanups that give them back were starved");
        }
        return Resource.of(
                        new Values.Permit(Thread.currentThread().getName()),
                        p -> scarce.permits().release())
                .onSuccess(p -> {});
    }
}
