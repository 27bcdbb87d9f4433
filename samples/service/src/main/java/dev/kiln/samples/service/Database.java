package dev.kiln.samples.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool (HikariCP, {@code APP_POOL_SIZE} connections, auto-commit off) on the database of
 * {@code APP_DATABASE_URL}, its schema migrated by Flyway ({@code db/migration}) when it opens. A singleton:
 * made before the server listens, closed at shutdown.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** What runs in a transaction of its own (a background task, a health check). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(ServiceSettings settings) {
        JdbcUrl url = JdbcUrl.parse(settings.databaseUrl());
        HikariConfig config = new HikariConfig();
        config.setPoolName("db");
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var result = Flyway.configure().dataSource(pool).load().migrate();
            LOG.info(
                    "database {}: schema at version {} ({} migrations applied now)",
                    JdbcUrl.withoutPassword(url.jdbcUrl()),
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /** A connection of the pool, auto-commit off; the caller commits or rolls back, then closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Tx tx = Tx.begin(this)) {
            T result = work.run(tx.connection());
            tx.commit();
            return result;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
