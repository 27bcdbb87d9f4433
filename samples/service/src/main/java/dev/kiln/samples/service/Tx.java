package dev.kiln.samples.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database transaction: a pooled connection with auto-commit off, and what must happen once it is
 * committed (tell the event feed) or rolled back (delete a file written for it). A request gets one from
 * {@link Storage#transaction}, which commits it when the operation succeeded, before its response is
 * written, and rolls it back when the operation failed.
 */
public final class Tx implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tx.class);

    private final Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> afterRollback = new ArrayList<>();
    private boolean finished;

    private Tx(Connection connection) {
        this.connection = connection;
    }

    static Tx begin(Database database) throws SQLException {
        Connection connection = database.connection();
        connection.setAutoCommit(false);
        return new Tx(connection);
    }

    public Connection connection() {
        return connection;
    }

    /** Runs {@code action} once the transaction is committed (never when it is rolled back). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Runs {@code action} once the transaction is rolled back (never when it is committed). */
    public void afterRollback(Runnable action) {
        afterRollback.add(action);
    }

    public void commit() throws SQLException {
        connection.commit();
        finished = true;
        afterCommit.forEach(Tx::runLogged);
    }

    public void rollback() throws SQLException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            connection.rollback();
        } finally {
            afterRollback.forEach(Tx::runLogged);
        }
    }

    /** Rolls back what was not committed, then gives the connection back to the pool. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            rollback();
        }
    }

    private static void runLogged(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("an action after the transaction failed", e);
        }
    }
}
