package dev.kiln.samples.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database the service's tests run on, empty for each test: H2 in a file of a temporary folder (always),
 * or a fresh schema of the PostgreSQL at {@code KILN_TEST_POSTGRES_URL}
 * ({@code postgresql://user:password@host:port/database}, the style of {@code APP_DATABASE_URL}; {@code .ci/run}
 * starts one and sets it).
 */
enum TestDatabase {
    H2,
    POSTGRESQL;

    static final String POSTGRES_URL = "KILN_TEST_POSTGRES_URL";

    /**
     * A new, empty database of this kind, as {@code APP_DATABASE_URL} names it; skips the test (saying why)
     * when PostgreSQL is not configured, except in CI, where that is a failure.
     */
    String create(Path folder) throws SQLException {
        if (this == H2) {
            return "jdbc:h2:" + folder.resolve("service").toAbsolutePath();
        }
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI must set " + POSTGRES_URL + " (.ci/run starts Debian's PostgreSQL)");
            }
            String reason = POSTGRES_URL + " is not set: the PostgreSQL run is skipped"
                    + " (e.g. postgresql://kiln:kiln@localhost:5432/kiln; see .ci/run)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        String schema = "kiln_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops what {@link #create} made in PostgreSQL (H2's file goes with its temporary folder). */
    void drop(String url) throws SQLException {
        if (this == POSTGRESQL && url != null) {
            String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
            try (Connection connection = connect(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static Connection connect(String url) throws SQLException {
        JdbcUrl jdbc = JdbcUrl.parse(url);
        Connection connection = DriverManager.getConnection(
                jdbc.jdbcUrl(), jdbc.user().orElse(null), jdbc.password().orElse(null));
        connection.setAutoCommit(true);
        return connection;
    }
}
