package dev.kiln.samples.service;

import dev.kiln.Blocking;
import dev.kiln.HealthCheck;
import dev.kiln.Provides;
import dev.kiln.Resource;
import dev.kiln.Scope;
import java.sql.SQLException;

/**
 * Where the database comes from: the pool (a singleton) and one transaction per request. Everything here
 * blocks, so it runs on the {@code db} worker pool, which has as many threads as the pool has connections
 * (see {@link ServiceApp#app}).
 */
@Blocking(pool = "db")
public final class Storage {
    private Storage() {}

    /** The connection pool, its schema migrated; closed at shutdown. */
    @Provides(scope = Scope.SINGLETON)
    public static Database database(ServiceSettings settings) {
        return Database.open(settings);
    }

    /**
     * The request's transaction, FastAPI's {@code get_session} dependency with {@code yield}: committed when
     * the operation succeeded, before its response is written (so a client never sees a success that was not
     * stored; a failing commit answers 500), rolled back when it failed, and its connection given back after
     * the response.
     */
    @Provides
    public static Resource<Tx> transaction(Database database, Faults faults) throws SQLException {
        faults.beforeTransaction();
        return Resource.of(Tx.begin(database), Tx::close).onSuccess(Tx::commit).onFailure(Tx::rollback);
    }

    /** The soak's fault injection, off unless {@code APP_FAULT_INJECTION=true}. */
    @Provides(scope = Scope.SINGLETON)
    public static Faults faults(ServiceSettings settings) {
        return new Faults(settings.faultInjection());
    }

    /** Accounts, in the request's transaction. */
    @Provides
    public static UserStore users(Tx tx) {
        return new UserStore(tx.connection());
    }

    /** The caller's items, in the request's transaction. */
    @Provides
    public static ItemStore items(Tx tx, User owner) {
        return new ItemStore(tx, owner);
    }

    /** Readiness: the database answers within a second. */
    @HealthCheck("database")
    public static boolean databaseReachable(Database database) throws SQLException {
        return database.inTransaction(connection -> connection.isValid(1));
    }
}
